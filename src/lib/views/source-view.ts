// What a reader is told about a source, derived from its frontmatter.
import { PUBLISHER_BASIS, SOURCE_KINDS, type PublisherBasis, type SourceKind } from '../content/vocab.ts';

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
