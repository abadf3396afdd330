// Readers' words for what the articles name otherwise ("AWS" for web hosting,
// "spokesperson" for spokesman, a country for a nationality). Editors list
// them under `alsoKnownAs` on actors and glossary terms; the search looks for
// the entry's own name as well whenever a reader types one of them.

/** One of a reader's words and the name the content uses for the same thing, both normalised. */
export interface ReaderWord {
  phrase: string;
  means: string;
}

export interface NamedEntry {
  name: string;
  alsoKnownAs: string[];
}

/** Lower case, no accents, letters and digits only, single spaces: how phrases are compared. */
export function normalizeWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every alias of every entry, longest first so "amazon web services" wins over "amazon". */
export function readerWords(entries: NamedEntry[]): ReaderWord[] {
  return entries
    .flatMap((e) => e.alsoKnownAs.map((a) => ({ phrase: normalizeWords(a), means: normalizeWords(e.name) })))
    .filter((w) => w.phrase && w.phrase !== w.means)
    .sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

/**
 * The query with each reader's word replaced by the content's name for it, or
 * undefined when it has none. Whole words only: "eu" does not match "eureka".
 */
export function expandQuery(query: string, words: readonly ReaderWord[]): string | undefined {
  let text = ` ${normalizeWords(query)} `;
  const found: string[] = [];
  for (const w of words) {
    const at = text.indexOf(` ${w.phrase} `);
    if (at < 0) continue;
    // A placeholder keeps a replaced name from being matched again by a shorter alias.
    text = `${text.slice(0, at)} \u0000${found.length} ${text.slice(at + w.phrase.length + 1)}`;
    found.push(w.means);
  }
  if (!found.length) return undefined;
  return text.replace(/\u0000(\d+)/g, (_, i: string) => found[Number(i)]!).replace(/\s+/g, ' ').trim();
}
