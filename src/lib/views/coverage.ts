// How completely the claims cover their sources: per article, the sentences
// some claim quotes (a quote touching a sentence covers it), those the editor
// marked as no claim, with why (an aside, the outlet's own promotion), and
// those left. `npm run coverage` prints it for editors; the method page shows
// readers the same figures and the marked sentences.
import { uncoveredSentences, sentences } from '../content/marks.ts';
import { normalizeQuote, type Passage } from '../content/quotes.ts';

export interface SourceCoverage {
  sentences: number;
  covered: number;
  /** Sentences no claim quotes that the source marks as no claim (notClaims), with why. */
  marked: { n: number; text: string; why: string }[];
  uncovered: { n: number; text: string }[];
}

/** A sentence a source marks as no claim: its words, in the source's own characters or straight quotes. */
export interface NotClaim {
  text: string;
  why: string;
}

/** The mark a sentence is under, if any: its words hold the mark's, or the mark's hold the sentence's. */
export function markOf(sentence: string, marks: readonly NotClaim[]): NotClaim | undefined {
  const s = normalizeQuote(sentence);
  return marks.find((m) => {
    const t = normalizeQuote(m.text);
    return t.length > 0 && (s.includes(t) || t.includes(s));
  });
}

/** `spans` are the located quotes in this source, by paragraph number; `marks` its sentences marked as no claim. */
export function sourceCoverage(passages: Passage[], spans: { n: number; start: number; end: number }[], marks: readonly NotClaim[] = []): SourceCoverage {
  let total = 0;
  const uncovered: SourceCoverage['uncovered'] = [];
  const marked: SourceCoverage['marked'] = [];
  for (const p of passages) {
    total += sentences(p.text).length;
    for (const s of uncoveredSentences(
      p.text,
      spans.filter((q) => q.n === p.n),
    )) {
      const mark = markOf(s.text, marks);
      if (mark) marked.push({ n: p.n, text: s.text, why: mark.why });
      else uncovered.push({ n: p.n, text: s.text });
    }
  }
  return { sentences: total, covered: total - uncovered.length - marked.length, marked, uncovered };
}

/** "97%" (rounded down, so 99.6% is never shown as complete). */
export function percent(covered: number, total: number): string {
  return `${total ? Math.floor((covered / total) * 100) : 100}%`;
}

/** Several sources' coverage, added up. */
export function totalCoverage(all: SourceCoverage[]): { sentences: number; covered: number } {
  return all.reduce((t, c) => ({ sentences: t.sentences + c.sentences, covered: t.covered + c.covered }), { sentences: 0, covered: 0 });
}
