// Splitting a passage into plain and quoted segments, so a source page can mark
// every quoted span and say which claims quote it. Overlapping quotes from
// different claims are merged into segments that list all of them.
import { modelSentenceEnds } from './sentence-ends.ts';

export interface Span {
  start: number;
  end: number;
  claim: string;
}

export interface Segment {
  text: string;
  /** Claims whose quotes cover this segment; empty for unquoted text. */
  claims: string[];
}

export function segmentPassage(text: string, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (a === b) continue;
    const claims = [...new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.claim))].sort();
    const last = segments[segments.length - 1];
    if (last && last.claims.join() === claims.join()) last.text += text.slice(a, b);
    else segments.push({ text: text.slice(a, b), claims });
  }
  return segments;
}

/**
 * Sentences with their offsets: the unit the coverage check works in. A
 * sentence may end at . ! or ? (and any closing quote) followed by white space
 * and a capital letter or an opening quote; where the text holds such a place,
 * an English model confirms it, so an abbreviation or an initial ("Mr. Jones",
 * "U.S. regulators") does not end one (sentence-ends.ts).
 */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  const boundary = /[.!?]+["'”’]*(?=\s+["“‘']?\p{Lu})/gu;
  const candidates = [...text.matchAll(boundary)].map((m) => m.index + m[0].length);
  const confirmed = candidates.length ? modelSentenceEnds(text) : undefined;
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const start = from + (raw.length - raw.trimStart().length);
    if (raw.trim()) out.push({ start, end: start + raw.trim().length, text: raw.trim() });
  };
  for (const end of candidates) {
    if (confirmed && !confirmed.has(end)) continue;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

/** Sentences of a passage that no quote touches: what a claim writer has not yet covered. */
export function uncoveredSentences(text: string, spans: { start: number; end: number }[]) {
  return sentences(text).filter((s) => !spans.some((q) => q.start < s.end && q.end > s.start));
}
