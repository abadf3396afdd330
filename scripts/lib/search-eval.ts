// Scores for a search evaluation: what the reader saw for each query, against
// what the query's writer expected. Used by the search-quality test, which
// types each query into the real search page.
import type { Half } from './query-half.ts';

/** One query as the search page answered it. */
export interface Answered {
  query: string;
  kind: string;
  half?: Half;
  /** Pages that answer it; empty for a question the sources do not answer. */
  expect: string[];
  /** Every result link shown, in order (query strings removed). */
  shown: string[];
  /** The claim shown as the answer, if one was. */
  answer?: string;
  /** How many results the page said it found. */
  total: number;
  /** The words the page said the sources say nothing about, if it said so. */
  absentWords: string[];
}

export interface Scores {
  n: number;
  recall3: number;
  top1: number;
  mrr: number;
  /** Share with an expected page anywhere among the results shown: what no reordering of them can pass. */
  anywhere: number;
}

const rank = (a: Answered) => a.shown.findIndex((u) => a.expect.includes(u)) + 1;

/** Recall@3, top-1 and mean reciprocal rank over the queries that have an answer. */
export function scores(rows: readonly Answered[]): Scores {
  const answered = rows.filter((r) => r.expect.length);
  const n = answered.length;
  if (!n) return { n, recall3: 0, top1: 0, mrr: 0, anywhere: 0 };
  const ranks = answered.map(rank);
  return {
    n,
    recall3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    top1: ranks.filter((r) => r === 1).length / n,
    mrr: ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / n,
    anywhere: ranks.filter((r) => r >= 1).length / n,
  };
}

/** A query the sources do not answer is handled honestly when nothing is shown or the missing word is named. */
export const honest = (a: Answered) => !a.expect.length && (a.total === 0 || a.absentWords.length > 0);

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A hit for the miss list: rank 1–3 is a hit. */
export const hitAt3 = (a: Answered) => {
  const r = rank(a);
  return r >= 1 && r <= 3;
};

export const fmt = (s: Scores) =>
  `recall@3 ${s.recall3.toFixed(3)}, top-1 ${s.top1.toFixed(3)}, MRR ${s.mrr.toFixed(3)}, shown at all ${s.anywhere.toFixed(3)} (n ${s.n})`;

/**
 * Whether a query's answer is within a word's reach: some word of it that fewer than `share` of the
 * `pages` hold (its informative words, as the search weighs them) is held by an expected page, in its
 * text or its hidden related words. `held` maps a word to the pages the index finds by it. A query
 * out of reach needs knowledge the index lacks; one within reach and still missed is a ranking miss.
 */
export function withinReach(
  expect: readonly string[],
  words: readonly string[],
  held: ReadonlyMap<string, readonly string[]>,
  pages: number,
  share = 0.5,
): boolean {
  const wanted = new Set(expect.map(pageOf));
  return words.some((w) => {
    const on = held.get(w) ?? [];
    return on.length < pages * share && on.some((u) => wanted.has(pageOf(u)));
  });
}

/** A result's page: a passage or glossary anchor is on its page. */
const pageOf = (url: string) => url.replace(/[?#].*$/, '');
