// Finds the claims, sources, terms and diagrams an explainer's MDX names, with
// line numbers, so an unknown id fails the build pointing at the line — and
// so the page can list "claims on this page" in reading order.

export type RefKind = 'claim' | 'source' | 'term' | 'diagram';

export interface Ref {
  kind: RefKind;
  id: string;
  line: number;
  /** The tag as written, for messages: <Claim id="x">. */
  tag: string;
}

const TAGS: { re: RegExp; kind: RefKind }[] = [
  { re: /<Claim\b[^>]*?\bid=["']([^"']+)["'][^>]*>/g, kind: 'claim' },
  { re: /<Cite\b[^>]*?\bsource=["']([^"']+)["'][^>]*>/g, kind: 'source' },
  { re: /<Term\b[^>]*?\bid=["']([^"']+)["'][^>]*>/g, kind: 'term' },
  { re: /<Diagram\b[^>]*?\bid=["']([^"']+)["'][^>]*>/g, kind: 'diagram' },
];

export function findRefs(body: string): Ref[] {
  const found: (Ref & { at: number })[] = [];
  for (const { re, kind } of TAGS) {
    for (const m of body.matchAll(re)) {
      found.push({ kind, id: m[1]!, line: body.slice(0, m.index).split('\n').length, tag: m[0], at: m.index });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...ref }) => ref);
}

/** Claims in order of first mention. */
export function claimOrder(refs: Ref[]): string[] {
  return [...new Set(refs.filter((r) => r.kind === 'claim').map((r) => r.id))];
}
