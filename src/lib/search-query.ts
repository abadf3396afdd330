// Turning what a reader types into what Pagefind should look for. Question
// words ("what did Amazon threaten") would rank pages by how often they say
// "what" and "did": they are dropped, unless nothing else is left.

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
  // One letter alone ("amazon s" from "Amazon's") finds nothing useful.
  const kept = words.filter((w) => !QUESTION_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return (kept.length ? kept : words).join(' ');
}

/** The words to highlight on the page a result opens. */
export function highlightWords(query: string): string[] {
  return [...new Set(searchTerms(query).split(' ').filter((w) => w.length > 1))];
}


/**
 * Queries to try when the words find too little: the words with one left out,
 * for each word (Pagefind needs every word to match, and a reader's word may
 * not be the article's: "buy" where it says "purchased").
 */
export function relaxedQueries(terms: string): string[] {
  const words = terms.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const dropOne = words.map((_, i) => words.filter((__, k) => k !== i).join(' '));
  // Three words or more: each word alone too, since two may be the reader's own.
  const single = words.length >= 3 ? words.filter((w) => w.length >= 3) : [];
  return [...new Set([...dropOne, ...single])];
}
