// Ranking by rare words first. A query is searched one word at a time (Pagefind
// would require every word on a page); each word's hits keep Pagefind's BM25
// score, which already counts a word most pages hold for little, and that score
// is scaled down again for words everyday English uses most (by a word-frequency
// list), so "what", "my" or "listening" barely move a page. A page's score is the
// sum over the words it holds; pages far below the best, and pages that hold
// only words most pages hold while others hold a rarer one, are not shown.

export interface WordHit {
  id: string;
  score: number;
}

export interface SearchedWord<T extends WordHit> {
  word: string;
  /** 0–1: how much the word counts, by how common it is in everyday English (see englishWeight). */
  weight: number;
  hits: T[];
}

export interface Scored<T extends WordHit> {
  hit: T;
  score: number;
  /** The query's words this page holds. */
  words: string[];
}

/** Ranks at or below this in the frequency list count for nothing; the weight grows with the log of the rank up to COMMON_RANK. */
const NOISE_RANK = 50;
/** Words less frequent than this in everyday English count in full, and one the sources never use is named as missing (see missingWords). */
export const COMMON_RANK = 1500;

/**
 * How much a word counts: 0 for a function word, else by its rank in the
 * frequency list (1 = most frequent): log-scaled from 0 at NOISE_RANK to 1 at
 * COMMON_RANK; a word not in the list counts fully.
 */
export function englishWeight(word: string, rank: ReadonlyMap<string, number>, functionWords: ReadonlySet<string>): number {
  if (functionWords.has(word)) return 0;
  const r = rank.get(word);
  if (r === undefined) return 1;
  return Math.max(0, Math.min(1, Math.log(r / NOISE_RANK) / Math.log(COMMON_RANK / NOISE_RANK)));
}

export interface ScoreOptions {
  /** Pages indexed in all: a word on at least `commonShare` of them is common on this site. */
  pages: number;
  commonShare: number;
  /** A page scoring under this share of the best one is not shown. */
  cutoff: number;
  /**
   * Pagefind's term-frequency factor for a word once in a page's body text (BM25, about 1 on a page of
   * average length): a word's hits are scored against at least that times its IDF. 0: against the best hit alone.
   */
  bodyScore?: number;
}

/** BM25's inverse document frequency as Pagefind computes it: `pages` in the index, `holding` of them with the word. */
export const bm25Idf = (pages: number, holding: number) => Math.log((pages - holding + 0.5) / (holding + 0.5) + 1);

/** Each page once, with the weighted sum of its words' scores, best first; the cut of ScoreOptions applied. */
export function combineWords<T extends WordHit>(words: SearchedWord<T>[], o: ScoreOptions): Scored<T>[] {
  const pages = new Map<string, Scored<T> & { strongest: number }>();
  const common = new Set(words.filter((w) => w.hits.length >= o.pages * o.commonShare).map((w) => w.word));
  for (const w of words) {
    // Each word counts up to its weight times its rarity on this site; its pages share that by Pagefind's score,
    // measured against the best page's, or against what the word once in body text would score where that is
    // more: a word met only among a page's hidden related words (weighted low) then counts little.
    const once = (o.bodyScore ?? 0) * bm25Idf(o.pages, w.hits.length);
    const best = Math.max(once, ...w.hits.map((h) => h.score ?? 0));
    const rarity = Math.log(1 + o.pages / Math.max(1, w.hits.length));
    for (const hit of w.hits) {
      const page = pages.get(hit.id) ?? { hit, score: 0, words: [], strongest: -1 };
      const adds = best > 0 ? Math.min(1, (hit.score ?? 0) / best) * w.weight * rarity : 0;
      page.score += adds;
      page.words.push(w.word);
      // The page is shown as the word that counts most on it found it: its excerpt and passages are about that word.
      if (adds > page.strongest) Object.assign(page, { hit, strongest: adds });
      pages.set(hit.id, page);
    }
  }
  let ranked = [...pages.values()].sort((a, b) => b.score - a.score);
  // A word most pages hold says little about which page is meant, when another word says more.
  const informative = ranked.filter((p) => p.words.some((w) => !common.has(w)));
  if (informative.length) ranked = informative;
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((p) => p.score > 0 && p.score >= top * o.cutoff);
}

/** Words that count at least this much (see englishWeight) say what a query is about. */
export const INFORMATIVE = 0.5;
/** A query of this many informative words or more is a question or a description, not a name or a phrase. */
const MANY_WORDS = 3;

/**
 * The share of the best page's score a page needs to be shown. A page's score
 * sums its words', so the more informative words a query has, the further ahead
 * the pages holding several of them are and the more pages hold just one: a
 * question ("why did the thermostat maker refuse amazon") cuts at `many`, a
 * name or a phrase at `few`, where a page with one of two words is often meant.
 * Only the words typed count: an alias's words ("ftc" → antitrust regulators)
 * do not make a name a question.
 */
export function cutoffFor(asked: readonly AskedWord[], typed: readonly string[], share: { few: number; many: number }): number {
  return asked.filter((a) => a.weight >= INFORMATIVE && typed.includes(a.word)).length >= MANY_WORDS ? share.many : share.few;
}

/**
 * Whether the first result may be shown as the answer: it stands out from the
 * second by `margin`, and its own text (`shown`, the share of the query's
 * informative words it shows) holds at least `holds` of them. A claim ahead
 * only by related words it is indexed with is often not the one meant.
 */
export function isClearAnswer(
  first: { score: number; shown: number } | undefined,
  second: number | undefined,
  { margin, holds }: { margin: number; holds: number },
): boolean {
  return first !== undefined && first.score > 0 && first.shown >= holds && (second === undefined || first.score >= second * margin);
}

export interface AskedWord {
  word: string;
  weight: number;
}

/**
 * The distinct words to search, each with how much it counts: the words typed
 * by englishWeight, and the words a reader's alias stands for (`forms`
 * besides `terms`, see reader-words.ts) a little less. A query of function
 * words only ("who is it") counts each word in full rather than find nothing.
 */
export function askedWords(terms: string, forms: readonly string[], weightOf: (word: string) => number): AskedWord[] {
  const typed = new Set(terms.split(' ').filter(Boolean));
  const out = new Map<string, number>();
  for (const w of typed) out.set(w, weightOf(w));
  for (const f of forms) for (const w of f.split(' ')) if (w && !out.has(w)) out.set(w, 0.9 * weightOf(w));
  const asked = [...out].map(([word, weight]) => ({ word, weight }));
  return asked.some((a) => a.weight > 0) ? asked.filter((a) => a.weight > 0) : asked.map((a) => ({ ...a, weight: 1 }));
}

/** How a typed word met the pages: on any page at all, and on one that shows it (not only among its hidden related words). */
export interface WordUse {
  word: string;
  found: boolean;
  shown: boolean;
}

/** Everyday words a question is built with ("does amazon know", "what really happened"): never named as absent. */
const QUESTION_FRAME = new Set(
  'know knew known want wanted tell told think thought mean meant happen happened happening matter matters mattered really actually ever still exactly true anything something everything kind sort thing things stuff someone anyone people'.split(
    ' ',
  ),
);

/**
 * The typed words to tell the reader the sources never use: `absent`, no page
 * holds them even among the related words each claim is indexed with (the
 * sources say nothing about them); `unused`, only hidden related words do (the
 * results are for words like them). A rare word of any length from three
 * letters, an everyday one from four ("garage", "safe", "listening"), so that a
 * question is never quietly answered without it. Never a function word, nor a
 * word questions are framed with ("know", "matter").
 */
export function unsaidWords(
  words: readonly WordUse[],
  rank: ReadonlyMap<string, number>,
  functionWords: ReadonlySet<string>,
): { absent: string[]; unused: string[] } {
  const content = words.filter(({ word }) => word.length >= 3 && !functionWords.has(word) && !QUESTION_FRAME.has(word));
  const rare = (word: string) => (rank.get(word) ?? Infinity) > COMMON_RANK;
  return {
    absent: content.filter((w) => !w.found && (rare(w.word) || w.word.length >= 4)).map((w) => w.word),
    unused: content.filter((w) => w.found && !w.shown && (rare(w.word) || w.word.length >= 4)).map((w) => w.word),
  };
}
