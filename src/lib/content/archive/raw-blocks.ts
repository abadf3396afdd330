// Raw pasted text → blocks (paragraphs, "- " lists, short heading lines). The
// importer and the archive check both read a seed through here, so the archive
// check expects exactly the blocks an import would have written.

export type RawBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

/** The text of every block in reading order: headings, paragraphs and list items alike. */
export function blockTexts(blocks: readonly RawBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items : [b.text]));
}

/** A seed's lines, with a byte-order mark dropped and any line end read as "\n". */
export function rawLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

const LEADING_DATE = /^\s*(date\s+(\d{4}-\d{2}-\d{2}))(?:[ \t]+|\s*\n|\s*$)/;

/** Removes a leading `date YYYY-MM-DD` metadata token (a scraper's, not the article's); returns it and the date. */
export function takeLeadingDate(text: string): { date?: string; token?: string; rest: string } {
  const m = LEADING_DATE.exec(text.replace(/^\uFEFF/, ''));
  return m ? { date: m[2], token: m[1], rest: text.replace(/^\uFEFF/, '').slice(m[0].length) } : { rest: text };
}

const LIST_ITEM = /^[-•*]\s+(.*)$/;
const ENDS_SENTENCE = /[.!?:;"”’)\]…]$/;

/**
 * A short line with no closing punctuation that introduces what follows, such
 * as "What you need to know", reads as a heading rather than a paragraph.
 */
export function isHeadingLike(line: string, hasNext: boolean): boolean {
  const t = line.trim();
  if (!hasNext || t.length === 0 || t.length > 60) return false;
  if (t.split(/\s+/).length > 8) return false;
  if (/[.!?,;:"”’)\]]$/.test(t)) return false;
  if (/^-\s/.test(t)) return false;
  return /^\p{Lu}/u.test(t);
}

/**
 * Whether `next` continues `line` (a hard wrap) rather than starting a block of
 * its own. A browser's copy puts every paragraph, caption and credit on a line
 * of its own, so two lines join only when the first stops mid-sentence and is
 * long as a wrapped line is, or the second goes on in lower case.
 */
export function continuesLine(line: string, next: string): boolean {
  if (ENDS_SENTENCE.test(line) || LIST_ITEM.test(next)) return false;
  return /^\p{Ll}/u.test(next) || line.length >= 50;
}

/**
 * Splits raw text into blocks. Scraped texts come in two styles: one paragraph
 * per line, or paragraphs separated by blank lines (where a line may be hard
 * wrapped). The presence of a blank line between two lines of text tells which.
 */
export function splitRawBlocks(text: string): RawBlock[] {
  const lines = rawLines(text).map((l) => l.trim().replace(/\s+/g, ' '));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const blankSeparated = lines.includes('');
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: para.join(' ') });
    if (list) blocks.push({ type: 'list', items: list });
    para = [];
    list = null;
  };
  lines.forEach((line, i) => {
    if (line === '') return flush();
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (para.length) flush();
      (list ??= []).push(item[1]!);
      return;
    }
    const hasNext = lines.slice(i + 1).some((l) => l !== '');
    // With blank-line paragraphs, a heading stands alone or directly above a list.
    const next = lines[i + 1] ?? '';
    const standsAlone = !blankSeparated || next === '' || LIST_ITEM.test(next);
    if (para.length === 0 && standsAlone && isHeadingLike(line, hasNext)) {
      flush();
      blocks.push({ type: 'heading', text: line });
      return;
    }
    if (list) flush();
    if (para.length && !continuesLine(para[para.length - 1]!, line)) flush();
    para.push(line);
    if (!blankSeparated) flush();
  });
  flush();
  return blocks;
}
