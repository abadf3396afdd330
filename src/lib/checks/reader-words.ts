// A reader's word must lead to one entry: an alias that is another actor's,
// term's or topic's name or alias would send a search to two places at once.
import { normalizeWords } from '../content/words.ts';
import { fileOf, type Problem } from '../content/problems.ts';

export interface NamedEntryLike {
  id: string;
  filePath?: string;
  collection: 'actors' | 'glossary' | 'topics';
  name: string;
  alsoKnownAs: string[];
}

export function checkReaderWords(entries: NamedEntryLike[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, NamedEntryLike>();
  for (const e of entries) if (!names.has(normalizeWords(e.name))) names.set(normalizeWords(e.name), e);
  const aliasOwner = new Map<string, NamedEntryLike>();
  for (const e of entries) {
    const own = normalizeWords(e.name);
    const seen = new Set<string>();
    e.alsoKnownAs.forEach((alias, i) => {
      const phrase = normalizeWords(alias);
      const problem = (message: string, fix: string) => problems.push({ file: fileOf(e.collection, e), field: `alsoKnownAs[${i}]`, message, fix });
      const other = aliasOwner.get(phrase);
      const named = names.get(phrase);
      if (!phrase) problem(`"${alias}" has no letters or digits`, 'remove it');
      else if (phrase === own) problem(`"${alias}" is this entry's own name`, 'remove it: the name is searched already');
      else if (seen.has(phrase)) problem(`"${alias}" is listed twice`, 'keep one');
      else if (named && named !== e)
        problem(`"${alias}" is the name of ${fileOf(named.collection, named)}`, `remove it here; a search for "${alias}" already finds that entry`);
      else if (other && other !== e)
        problem(
          `"${alias}" is also listed under alsoKnownAs in ${fileOf(other.collection, other)}`,
          'keep it on the one entry a reader means by it, and remove it from the other',
        );
      seen.add(phrase);
      if (!aliasOwner.has(phrase)) aliasOwner.set(phrase, e);
    });
  }
  return problems;
}
