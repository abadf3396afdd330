// Build-time check that every evidence quote occurs in its source, and where.
// A quote that is not found fails the build with the claim file, the quote and
// the closest passage, so the fix is a copy-paste away.

import { fileOf, type Problem } from './problems.ts';
import { closestPassage, locateQuote, type Passage, type QuoteLocation } from '../quotes.ts';
import { routes } from '../paths.ts';

export interface ClaimForCheck {
  id: string;
  filePath?: string;
  data: { evidence: { source: { id: string }; quote: string }[] };
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
      const at = locateQuote(source.passages, ev.quote);
      if (at) {
        found.push(at);
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
