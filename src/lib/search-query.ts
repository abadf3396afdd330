// Turning what a reader types into what Pagefind should look for. Pagefind
// returns only pages that contain every word, so question words ("what did
// Amazon threaten") would make natural questions find nothing: they are
// dropped, unless nothing else is left.

const QUESTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'about', 'from', 'by', 'at',
  'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where',
  'did', 'does', 'do', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'can', 'could', 'would', 'should', 'will', 'it', 'its', 'that', 'this', 'there', 'their', 'they',
  'i', 'me', 'my', 'we', 'us', 'you', 'your', 'any', 'some', 'if', 'so',
]);

export function searchTerms(query: string): string {
  const words = query
    .toLowerCase()
    .replace(/[“”"‘’?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !QUESTION_WORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** The words to highlight on the page a result opens. */
export function highlightWords(query: string): string[] {
  return [...new Set(searchTerms(query).split(' ').filter((w) => w.length > 1))];
}


/**
 * Queries to try when the full query finds too little: the query with one
 * word left out, for each word (Pagefind needs every word to match, and a
 * reader's word may not be the article's: "buy" where it says "purchased").
 */
export function relaxedQueries(terms: string): string[] {
  const words = terms.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  return words.map((_, i) => words.filter((__, k) => k !== i).join(' '));
}

/**
 * Full matches first, in their order; then results found only by relaxed
 * queries, those matched by more of them first (ties keep first-seen order).
 */
export function mergeRelaxed<T>(full: T[], relaxed: T[][], key: (t: T) => string): T[] {
  const seen = new Set(full.map(key));
  const votes = new Map<string, { item: T; n: number; first: number }>();
  let order = 0;
  for (const list of relaxed) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      const v = votes.get(k);
      if (v) v.n++;
      else votes.set(k, { item, n: 1, first: order++ });
    }
  }
  const extra = [...votes.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((v) => v.item);
  return [...full, ...extra];
}
