// A content file's bytes as an editor's tools leave them. What an editor
// would expect to work does: a byte-order mark is dropped, Windows line ends
// read as line ends. What cannot be meant is refused with where it is: a NUL
// byte or bytes that are not UTF-8 (a binary or damaged file), a file too large
// to be content, and characters that cannot be seen — zero-width spaces and
// joiners, direction controls — which make a copied quote differ from its
// source, or make text read differently from how it is stored.

/** Larger than any article or claim: a file this size is not content (an export, an image, a paste gone wrong). */
export const MAX_FILE_BYTES = 1_000_000;

export interface Spot {
  /** 0-based offset in the cleaned text. */
  offset: number;
  line: number;
  column: number;
}

export interface TextProblem {
  spot: Spot;
  message: string;
  fix: string;
}

/** Invisible characters, by code point, with their Unicode names. */
const INVISIBLE = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)'],
]);
const INVISIBLE_RE = new RegExp(`[${[...INVISIBLE.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** "U+200B ZERO WIDTH SPACE". */
export const describeChar = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${INVISIBLE.get(ch.codePointAt(0)!) ?? ''}`.trim();

/** Line and column (1-based) of an offset. */
export function spotAt(text: string, offset: number): Spot {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { offset, line, column: offset - start + 1 };
}

/** The few words before an offset, so an editor can find an invisible character: “…its customer”. */
function before(text: string, offset: number): string {
  const words = text
    .slice(Math.max(0, offset - 40, text.lastIndexOf('\n', offset - 1) + 1), offset)
    .replace(/\s+/g, ' ')
    .trim();
  return `“…${words.split(' ').slice(-4).join(' ')}”`;
}

/**
 * The text to parse, and what in it is refused before anything reads it:
 * `bytes` is the file's size. Invisible characters are reported separately
 * (invisibleChars), where the caller can name the field that holds them.
 */
export function cleanText(raw: string, bytes: number): { text: string; problems: TextProblem[] } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: TextProblem[] = [];
  const at = (offset: number) => spotAt(text, offset);
  if (bytes > MAX_FILE_BYTES) {
    problems.push({
      spot: at(0),
      message: `is ${(bytes / 1e6).toFixed(1)} MB, more than any content file needs (at most ${MAX_FILE_BYTES / 1e6} MB)`,
      fix: 'keep only the article or entry in it; images and exports do not belong in content/',
    });
    return { text, problems };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0)
    problems.push({ spot: at(nul), message: 'holds a NUL byte, so it is not a text file (or it is damaged)', fix: 'save it again as plain UTF-8 text' });
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0)
    problems.push({ spot: at(bad), message: 'holds bytes that are not UTF-8 text (shown as �)', fix: 'save the file as UTF-8 and retype the character there' });
  const garbled = mojibake(text);
  if (garbled)
    problems.push({
      spot: at(garbled.offset),
      message: `holds "${garbled.seen}", which is how "${garbled.meant}" looks when UTF-8 text is read as Windows-1252 (after ${before(text, garbled.offset)})`,
      fix: `write "${garbled.meant}" there, and wherever else the text shows such pairs (copy it again from a UTF-8 source, or save it as UTF-8)`,
    });
  return { text, problems };
}

// Windows-1252's characters for the bytes 0x80–0xFF, to turn garbled text back into the bytes it came from.
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(new TextDecoder('windows-1252').decode(Uint8Array.of(b)), b);
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const FOLLOW = [...CP1252_BYTE]
  .filter(([, b]) => b <= 0xbf)
  .map(([c]) => escape(c))
  .join('');
// A UTF-8 lead byte (0xC2–0xF4) read as one character, then its continuation bytes (0x80–0xBF) read as others.
const GARBLED = new RegExp(`[\\u00c2-\\u00f4][${FOLLOW}]{1,3}`, 'g');

/** The first run of characters that are UTF-8 bytes read as Windows-1252 ("â€™" for "’"), if any. */
export function mojibake(text: string): { offset: number; seen: string; meant: string } | undefined {
  for (const m of text.matchAll(GARBLED)) {
    try {
      const meant = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from([...m[0]].map((c) => CP1252_BYTE.get(c)!)));
      if ([...meant].length === 1) return { offset: m.index, seen: m[0], meant };
    } catch {
      // Not one UTF-8 character: the text means what it says ("naïve", "Château").
    }
  }
  return undefined;
}

/** Every invisible character of a text, with its offset. */
export function invisibleChars(text: string): { offset: number; char: string }[] {
  return [...text.matchAll(INVISIBLE_RE)].map((m) => ({ offset: m.index, char: m[0] }));
}

/** The message and fix for an invisible character at `offset` of `text`. */
export function invisibleProblem(text: string, offset: number, char: string): { message: string; fix: string } {
  const { line, column } = spotAt(text, offset);
  return {
    message: `holds an invisible character, ${describeChar(char)}, at line ${line}, column ${column} (after ${before(text, offset)})`,
    fix: 'delete it (it cannot be seen: put the cursor after the words shown and delete once); a quote with it would not match its source',
  };
}
