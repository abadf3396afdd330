// How completely the claims cover their sources: per article, the sentences
// some claim quotes (a quote touching a sentence covers it) and those none does.
// `npm run coverage` prints it for editors; the method page shows readers the same figures.
import { uncoveredSentences, sentences } from '../content/marks.ts';
import type { Passage } from '../content/quotes.ts';

export interface SourceCoverage {
  sentences: number;
  covered: number;
  uncovered: { n: number; text: string }[];
}

/** `spans` are the located quotes in this source, by paragraph number. */
export function sourceCoverage(passages: Passage[], spans: { n: number; start: number; end: number }[]): SourceCoverage {
  let total = 0;
  const uncovered: SourceCoverage['uncovered'] = [];
  for (const p of passages) {
    total += sentences(p.text).length;
    for (const s of uncoveredSentences(
      p.text,
      spans.filter((q) => q.n === p.n),
    ))
      uncovered.push({ n: p.n, text: s.text });
  }
  return { sentences: total, covered: total - uncovered.length, uncovered };
}

/** "97%" (rounded down, so 99.6% is never shown as complete). */
export function percent(covered: number, total: number): string {
  return `${total ? Math.floor((covered / total) * 100) : 100}%`;
}

/** Several sources' coverage, added up. */
export function totalCoverage(all: SourceCoverage[]): { sentences: number; covered: number } {
  return all.reduce((t, c) => ({ sentences: t.sentences + c.sentences, covered: t.covered + c.covered }), { sentences: 0, covered: 0 });
}
