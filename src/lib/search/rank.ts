// One ranked list from the several searches one reader query becomes: the
// words as typed, the words with readers' aliases replaced (reader-words.ts),
// and the words without a question's verbs (search/intent.ts). Pagefind
// itself ranks pages that hold only some of the words too.

export interface Hit {
  id: string;
  score: number;
}

export interface Variant<T extends Hit> {
  hits: T[];
  /** Scales this variant's scores (an alias or a stripped question is a little less sure than the words typed). */
  weight: number;
}

/** Each page once, at its best weighted score over the variants, best first (ties keep first-seen order). */
export function mergeVariants<T extends Hit>(variants: Variant<T>[]): { hit: T; score: number }[] {
  const best = new Map<string, { hit: T; score: number }>();
  for (const v of variants) {
    for (const hit of v.hits) {
      const score = (hit.score ?? 0) * v.weight;
      const had = best.get(hit.id);
      if (!had || score > had.score) best.set(hit.id, { hit, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
