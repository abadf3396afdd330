// Build-time check that every evidence quote occurs in its source, and where.
// A quote that is not found fails the build with the claim file, the quote and
// the closest passage, so the fix is a copy-paste away.

import { fileOf, type Problem } from './problems.ts';
import { closestPassage, locateAll, type Passage, type QuoteLocation } from '../quotes.ts';
import { routes } from '../paths.ts';

export interface ClaimForCheck {
  id: string;
  filePath?: string;
  data: { evidence: { source: { id: string }; quote: string; paragraph?: number }[] };
}

export interface SourceForCheck {
  kind: string;
  passages: Passage[];
}

export interface QuoteCheck {
  problems: Problem[];
  /** Location of each evidence item, keyed by claim id, in evidence order. */
  locations: Map<string, QuoteLocation[]>;
}

/** A quote shorter than this cannot show what it supports ("the", "Amazon"). */
const MIN_WORDS = 3;

const short = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function checkQuotes(claims: ClaimForCheck[], sources: Map<string, SourceForCheck>): QuoteCheck {
  const problems: Problem[] = [];
  const locations = new Map<string, QuoteLocation[]>();
  for (const claim of claims) {
    const found: QuoteLocation[] = [];
    claim.data.evidence.forEach((ev, i) => {
      const field = `evidence[${i}].quote`;
      const file = fileOf('claims', claim);
      const source = sources.get(ev.source.id);
      if (!source) return; // a dangling source id is reported by checkIntegrity
      if (source.kind !== 'article' || source.passages.length === 0) {
        problems.push({
          file,
          field: `evidence[${i}].source`,
          message: `"${ev.source.id}" has no archived text, so nothing can be quoted from it`,
          fix: 'quote the archived article that relays it, and name the cited report in the claim\'s attribution',
        });
        return;
      }
      const all = locateAll(source.passages, ev.quote);
      const words = ev.quote.trim().split(/\s+/).length;
      if (all.length && words < MIN_WORDS) {
        problems.push({ file, field, message: `"${short(ev.quote)}" is ${words === 1 ? 'one word' : `${words} words`}: too short for a reader to find the passage, or to show what it supports`, fix: `quote at least ${MIN_WORDS} words from ${routes.passage(ev.source.id, all[0]!.n)}` });
        return;
      }
      const where = ev.paragraph === undefined ? all : all.filter((a) => a.n === ev.paragraph);
      const paragraphs = [...new Set(all.map((a) => a.n))];
      if (ev.paragraph !== undefined && all.length && !where.length) {
        problems.push({ file, field: `evidence[${i}].paragraph`, message: `the quote is not in ¶${ev.paragraph} of sources/${ev.source.id}; it is in ¶${paragraphs.join(', ¶')}`, fix: `set paragraph to ${paragraphs.length === 1 ? paragraphs[0] : `one of ${paragraphs.join(', ')}`}` });
        return;
      }
      if (where.length > 1) {
        problems.push({
          file,
          field,
          message: `"${short(ev.quote)}" occurs ${where.length} times in sources/${ev.source.id} (¶${paragraphs.join(', ¶')}), so it does not say which passage it means`,
          fix: `quote more of the sentence you mean${paragraphs.length > 1 ? `, or add "paragraph: <n>" to this evidence (one of ${paragraphs.join(', ')})` : ''}`,
        });
        return;
      }
      if (where.length === 1) {
        found.push(where[0]!);
        return;
      }
      const near = closestPassage(source.passages, ev.quote);
      problems.push({
        file,
        field,
        message:
          `quote not found in sources/${ev.source.id} (compared after normalising white space, quotes and dashes)\n` +
          `      quote:   "${short(ev.quote)}"\n` +
          (near ? `      closest: ¶${near.n} "${short(near.excerpt)}"` : '      closest: (no similar passage)'),
        fix: `copy the words exactly from ${near ? routes.passage(ev.source.id, near.n) : routes.source(ev.source.id)}`,
      });
    });
    locations.set(claim.id, found);
  }
  return { problems, locations };
}
