// What a reader is told about a source, derived from its frontmatter.
import { LEFT_OUT, PUBLISHER_BASIS, SOURCE_KINDS, type LeftOutKind, type PublisherBasis, type SourceKind } from '../content/vocab.ts';

/** "theverge.com" from a full address: what a reader recognises. */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function publisherBasisText(basis: PublisherBasis): string {
  return PUBLISHER_BASIS[basis].meaning;
}

export function kindText(kind: SourceKind): string {
  return SOURCE_KINDS[kind];
}

/** A count in words a reader scans: "1 passage", "9 passages". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as prose writes it: "one article", "two articles", "12 articles". */
export function countInWords(n: number, one: string, many = `${one}s`): string {
  return `${NUMBER_WORDS[n] ?? n} ${n === 1 ? one : many}`;
}

/** Items joined as a sentence runs them: "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What a copy left out, counted by kind in the order the page had them:
 * "a date line, an advertising notice and two photo credits".
 */
export function leftOutSummary(leftOut: readonly { kind: LeftOutKind }[]): string {
  const counts = new Map<LeftOutKind, number>();
  for (const { kind } of leftOut) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return listInWords([...counts].map(([kind, n]) => (n === 1 ? LEFT_OUT[kind].one : countInWords(n, '', LEFT_OUT[kind].many))));
}

/** A left-out line's kind as the list of lines names it: "a photo credit". */
export function leftOutKindText(kind: LeftOutKind): string {
  return LEFT_OUT[kind].one;
}
