// The same claim filed twice (copied under a new id, then edited a little), or
// the same article archived twice, would be shown and searched as two: the
// reader sees one fact counted twice and the two copies drift apart. Refuse
// both, naming the two files.
//
// "Nearly the same claim": the same set of evidence (each source id and quote,
// compared after normalising white space, case and typographic quotes and
// dashes) and statements, normalised the same way, within an edit distance of
// max(3, 10% of the longer statement's length, rounded down). One changed word
// stays inside it; two claims quoting one sentence for different points do not.
import { editDistance } from '../content/words.ts';
import { normalizeQuote, type Passage } from '../content/quotes.ts';
import { fileOf, type EntryLike, type Problem } from '../content/problems.ts';

export interface ClaimForDuplicates {
  id: string;
  filePath?: string;
  data: { statement: string; evidence: { source: { id: string }; quote: string }[] };
}

/** Compared text: typographic quotes and dashes as typed, one space, one case. */
export const comparable = (s: string) => normalizeQuote(s).toLowerCase();

/** The most two statements of the same evidence may differ by and still be one claim. */
export function nearLimit(a: string, b: string): number {
  return Math.max(3, Math.floor(Math.max(a.length, b.length) / 10));
}

/** Two comparable statements' edit distance when it is within nearLimit (one claim), else undefined. */
export function nearDistance(a: string, b: string): number | undefined {
  const limit = nearLimit(a, b);
  const distance = editDistance(a, b, limit);
  return distance <= limit ? distance : undefined;
}

/** One key per set of evidence (source id and quote): order and repeats do not make a different claim. */
export function evidenceKey(evidence: { source: string; quote: string }[]): string {
  const items = new Set(evidence.map((e) => `${e.source}\u0000${comparable(e.quote)}`));
  return [...items].sort().join('\u0001');
}

/** Items grouped by key, in input order; an empty key is left out. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Each unordered pair of a group once, earlier item first. */
function* pairs<T>(group: T[]): Generator<[T, T]> {
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) yield [group[i]!, group[j]!];
}

export function checkDuplicateClaims(claims: ClaimForDuplicates[]): Problem[] {
  const problems: Problem[] = [];
  // Grouped by evidence first: statements are compared only within a group, never all pairs.
  for (const group of groupBy(claims, (c) => evidenceKey(c.data.evidence.map((e) => ({ source: e.source.id, quote: e.quote }))))) {
    const statements = new Map(group.map((c) => [c, comparable(c.data.statement)]));
    for (const [kept, copy] of pairs(group)) {
      const distance = nearDistance(statements.get(kept)!, statements.get(copy)!);
      if (distance !== undefined) problems.push(duplicateClaim(kept, copy, distance));
    }
  }
  return problems;
}

function duplicateClaim(kept: ClaimForDuplicates, copy: ClaimForDuplicates, distance: number): Problem {
  const copyFile = fileOf('claims', copy);
  const same = distance === 0 ? 'the same statement' : `statements that differ by ${distance} character${distance === 1 ? '' : 's'}`;
  return {
    file: `${fileOf('claims', kept)} and ${copyFile}`,
    field: 'statement',
    message: `"${kept.id}" and "${copy.id}" are the same claim: the same evidence and ${same}`,
    fix: `keep one: remove ${copyFile}, or, if the old id "${copy.id}" was published, list it under \`aliases\` of the one kept`,
  };
}

/** A source's archived text as compared: its passages normalised, one per line; '' when it has none. */
function archivedText(passages: Passage[] | undefined): string {
  return (passages ?? [])
    .map((p) => comparable(p.text))
    .filter(Boolean)
    .join('\n');
}

/**
 * `passages` is each source's archived passages by source id. Two sources with the same text are one
 * article archived twice; two without text (reports the articles cite) are one when their fields are the same.
 */
export function checkDuplicateSources(sources: EntryLike[], passages: Map<string, Passage[]>): Problem[] {
  return groupBy(sources, (s) => archivedText(passages.get(s.id)) || `\u0000${JSON.stringify(s.data)}`).flatMap((group) =>
    [...pairs(group)].map(([kept, copy]) => {
      const copyFile = fileOf('sources', copy);
      const cited = !archivedText(passages.get(kept.id));
      return {
        file: `${fileOf('sources', kept)} and ${copyFile}`,
        field: cited ? 'id' : 'body',
        message: cited
          ? `"${kept.id}" and "${copy.id}" hold the same fields: one cited report filed twice`
          : `"${kept.id}" and "${copy.id}" archive the same text`,
        fix: `keep one: remove ${copyFile} and make the claims that quote "${copy.id}" cite "${kept.id}"`,
      };
    }),
  );
}

/** A stable text of an entry's data and body: equal for two files that say the same. */
const sameness = (e: EntryLike & { body?: string }) => JSON.stringify([e.data, e.body ?? '']);

/**
 * Two entries of one collection (actors, events, terms…) that hold the same
 * fields and body: a file copied under a new name. Claims and sources have
 * their own, looser rules above.
 */
export function checkIdenticalEntries(collection: string, entries: (EntryLike & { body?: string })[]): Problem[] {
  return groupBy(entries, sameness).flatMap((group) =>
    [...pairs(group)].map(([kept, copy]) => ({
      file: `${fileOf(collection, kept)} and ${fileOf(collection, copy)}`,
      field: 'id',
      message: `"${kept.id}" and "${copy.id}" hold the same fields: one entry filed twice`,
      fix: `keep one: remove ${fileOf(collection, copy)}`,
    })),
  );
}

/**
 * Two entries a reader tells apart by one name (two glossary terms "Proactive
 * state", two actors "Amazon"): listed twice under one name, with different
 * words. `nameField` is the field the pages show as the entry's name.
 */
export function checkSameNames(collection: string, nameField: string, entries: (EntryLike & { body?: string })[]): Problem[] {
  const nameOf = (e: EntryLike) => (e.data as Record<string, unknown>)[nameField];
  const named = entries.filter((e) => typeof nameOf(e) === 'string');
  return groupBy(named, (e) => comparable(nameOf(e) as string)).flatMap((group) =>
    [...pairs(group)]
      // A file copied whole is told so by checkIdenticalEntries.
      .filter(([kept, copy]) => sameness(kept) !== sameness(copy))
      .map(([kept, copy]) => ({
        file: `${fileOf(collection, kept)} and ${fileOf(collection, copy)}`,
        field: nameField,
        message: `both are called "${nameOf(kept) as string}", so readers would meet one name twice with different words`,
        fix: 'keep one and merge what the other says into it, or name each for what sets it apart',
      })),
  );
}
