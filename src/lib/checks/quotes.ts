// Build-time check that every evidence quote occurs in its source, and where.
// A quote that is not found fails the build with the claim file, the quote and
// the closest passage, so the fix is a copy-paste away.

import { fileOf, type Problem } from '../content/problems.ts';
import { closestPassage, locateAll, type Passage, type QuoteLocation } from '../content/quotes.ts';
import { routes } from '../site/paths.ts';

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

/**
 * Where a quote is, or why it cannot be placed: too short, in several places,
 * not in the paragraph named, or not found (with the closest passage). The
 * build and `npm run claim:new` decide the same way.
 */
export function placeQuote(
  sourceId: string,
  passages: Passage[],
  quote: string,
  paragraph?: number,
): { location: QuoteLocation } | { field: 'quote' | 'paragraph'; message: string; fix: string } {
  const all = locateAll(passages, quote);
  const words = quote.trim().split(/\s+/).length;
  if (all.length && words < MIN_WORDS) {
    return {
      field: 'quote',
      message: `"${short(quote)}" is ${words === 1 ? 'one word' : `${words} words`}: too short for a reader to find the passage, or to show what it supports`,
      fix: `quote at least ${MIN_WORDS} words from ${routes.passage(sourceId, all[0]!.n)}`,
    };
  }
  const where = paragraph === undefined ? all : all.filter((a) => a.n === paragraph);
  const paragraphs = [...new Set(all.map((a) => a.n))];
  if (paragraph !== undefined && all.length && !where.length) {
    return {
      field: 'paragraph',
      message: `the quote is not in ¶${paragraph} of sources/${sourceId}; it is in ¶${paragraphs.join(', ¶')}`,
      fix: `set paragraph to ${paragraphs.length === 1 ? paragraphs[0] : `one of ${paragraphs.join(', ')}`}`,
    };
  }
  if (where.length > 1) {
    return {
      field: 'quote',
      message: `"${short(quote)}" occurs ${where.length} times in sources/${sourceId} (¶${paragraphs.join(', ¶')}), so it does not say which passage it means`,
      fix: `quote more of the sentence you mean${paragraphs.length > 1 ? `, or add "paragraph: <n>" to this evidence (one of ${paragraphs.join(', ')})` : ''}`,
    };
  }
  if (where.length === 1) return { location: where[0]! };
  const edited = editedQuote(sourceId, passages, quote);
  if (edited) return edited;
  const near = closestPassage(passages, quote);
  return {
    field: 'quote',
    message:
      `quote not found in sources/${sourceId} (compared after normalising white space, quotes and dashes)\n` +
      `      quote:   "${short(quote)}"\n` +
      (near ? `      closest: ¶${near.n} "${short(near.excerpt)}"` : '      closest: (no similar passage)'),
    fix: `copy the words exactly from ${near ? routes.passage(sourceId, near.n) : routes.source(sourceId)}`,
  };
}

/** Words left out ("…", "...", "[…]") or put in ("[Amazon]"): what a printed quotation may do and a verbatim one may not. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/;
const INSERTION = /\[[^\]]*\]/;

/**
 * A quote not found because it was edited as a printed quotation is: the
 * message says what a verbatim quote cannot do, and where each run of the
 * source's words is, so the fix is to split it into evidence entries.
 */
function editedQuote(sourceId: string, passages: Passage[], quote: string): { field: 'quote'; message: string; fix: string } | undefined {
  if (ELLIPSIS.test(quote)) {
    const parts = quote
      .split(new RegExp(ELLIPSIS.source, 'g'))
      .map((p) => p.trim())
      .filter(Boolean);
    const placed = parts.map((p) => {
      const at = locateAll(passages, p);
      return at.length === 1 ? `"${short(p, 80)}" (¶${at[0]!.n})` : `"${short(p, 80)}" (${at.length ? `in ${at.length} places` : 'not found as written'})`;
    });
    return {
      field: 'quote',
      message: `"${short(quote)}" leaves words out with an ellipsis, but a quote is one unbroken run of the source's words (sources/${sourceId})`,
      fix:
        parts.length > 1 ? `make each part its own evidence entry: ${placed.join(' and ')}` : 'remove the ellipsis and quote the words as the source has them',
    };
  }
  const insertion = INSERTION.exec(quote)?.[0];
  if (insertion)
    return {
      field: 'quote',
      message: `"${short(quote)}" puts ${insertion} into the source's words, but a quote is the source's words alone (sources/${sourceId})`,
      fix: `quote the words as the source has them and say who or what is meant in the statement or in the evidence's note`,
    };
  return undefined;
}

/** A quote not in its source but word for word in another: the source was mistaken, not the words. */
function inOtherSource(sourceId: string, quote: string, sources: Map<string, SourceForCheck>): { message: string; fix: string } | undefined {
  for (const [id, other] of sources) {
    if (id === sourceId || quote.trim().split(/\s+/).length < MIN_WORDS) continue;
    const at = locateAll(other.passages, quote);
    if (at.length)
      return {
        message: `quote not found in sources/${sourceId}, but it is word for word in sources/${id} (¶${[...new Set(at.map((a) => a.n))].join(', ¶')})`,
        fix: `if that is the article you quote, write source: ${id}; the attribution may change with it`,
      };
  }
  return undefined;
}

export function checkQuotes(claims: ClaimForCheck[], sources: Map<string, SourceForCheck>): QuoteCheck {
  const problems: Problem[] = [];
  const locations = new Map<string, QuoteLocation[]>();
  for (const claim of claims) {
    const found: QuoteLocation[] = [];
    claim.data.evidence.forEach((ev, i) => {
      const file = fileOf('claims', claim);
      const source = sources.get(ev.source.id);
      if (!source) return; // a dangling source id is reported by checkIntegrity
      if (source.kind !== 'article' || source.passages.length === 0) {
        problems.push({
          file,
          field: `evidence[${i}].source`,
          message: `"${ev.source.id}" has no archived text, so nothing can be quoted from it`,
          fix: "quote the archived article that relays it, and name the cited report in the claim's attribution",
        });
        return;
      }
      const placed = placeQuote(ev.source.id, source.passages, ev.quote, ev.paragraph);
      if ('location' in placed) found.push(placed.location);
      else {
        const elsewhere = locateAll(source.passages, ev.quote).length ? undefined : inOtherSource(ev.source.id, ev.quote, sources);
        problems.push({ file, field: `evidence[${i}].${placed.field}`, message: elsewhere?.message ?? placed.message, fix: elsewhere?.fix ?? placed.fix });
      }
    });
    locations.set(claim.id, found);
  }
  return { problems, locations };
}
