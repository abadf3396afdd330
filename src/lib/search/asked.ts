// What one query is searched by: the reader's words, and the names their
// aliases stand for (reader-words.ts), each weighed by how common it is in
// everyday English (score.ts). The engine searches these; the search quality
// test reads the same words.
import { searchTerms } from './query.ts';
import { expandQuery } from './reader-words.ts';
import { askedWords, englishWeight, type AskedWord } from './score.ts';
import type { SearchWords } from './data.ts';

export function askedFor(query: string, sw: SearchWords): AskedWord[] {
  const terms = searchTerms(query);
  if (!terms) return [];
  const forms = [
    ...new Set(
      [query, expandQuery(query, sw.aliases)]
        .filter((f): f is string => !!f)
        .map(searchTerms)
        .filter(Boolean),
    ),
  ];
  return askedWords(terms, forms, (w) => englishWeight(w, sw.rank, sw.functionWords));
}
