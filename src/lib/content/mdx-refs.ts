// Reads the components an explainer's MDX uses (<Claim id>, <Cite source p>,
// <Term id>, <Diagram id>, …) with their attributes and line numbers, so every
// reference is checked before anything renders and a bad one is reported at its
// line — and so the page can list "claims on this page" in reading order.

/** The components an explainer may use, with the attributes each needs. */
export const MDX_COMPONENTS = {
  Claim: { required: ['id'], optional: ['card'] },
  Cite: { required: ['source', 'p'], optional: [] },
  Term: { required: ['id'], optional: [] },
  Diagram: { required: ['id'], optional: [] },
  StatusList: { required: [], optional: [] },
  Coverage: { required: [], optional: [] },
  /** How many articles the story is told from, in words ("two articles"), read from the content so it never goes stale. */
  SourceCount: { required: [], optional: [] },
  /** A timeline event's date as the timeline gives it ("before April 2021"), read from the content. */
  EventDate: { required: ['id'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;
export type MdxComponent = keyof typeof MDX_COMPONENTS;

/** An attribute as written: a string ("x"), an expression ({2}), or present without a value. */
type AttrValue = { kind: 'string'; value: string } | { kind: 'expression'; value: string } | { kind: 'flag' };

export interface MdxTag {
  /** The component's name as written: "Claim", or an unknown one like "Claims". */
  name: string;
  attrs: Record<string, AttrValue>;
  line: number;
  /** The tag as written, for messages: <Claim id="x">. */
  tag: string;
}

// A capitalised JSX tag; attribute values may hold ">" inside quotes or braces.
const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTR = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

function parseAttrs(text: string): Record<string, AttrValue> {
  const attrs: Record<string, AttrValue> = {};
  for (const m of text.matchAll(ATTR)) {
    const [, name, dq, sq, expr] = m;
    if (dq !== undefined || sq !== undefined) attrs[name!] = { kind: 'string', value: (dq ?? sq)! };
    else if (expr !== undefined) attrs[name!] = { kind: 'expression', value: expr.trim() };
    else attrs[name!] = { kind: 'flag' };
  }
  return attrs;
}

/**
 * The body with code and {/* comments *\/} blanked out, lines kept: a tag or a
 * link shown as an example, or left in a note, is not taken for a use.
 */
export function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```|`[^`\n]*`|\{\/\*[\s\S]*?\*\/\}/g, (code) => code.replace(/[^\n]/g, ' '));
}

/** Every capitalised component tag in an MDX body, in document order. Code spans, fences and comments are skipped. */
export function findMdxTags(body: string): MdxTag[] {
  const text = withoutCode(body);
  return [...text.matchAll(TAG)].map((m) => ({
    name: m[1]!,
    attrs: parseAttrs(m[2] ?? ''),
    line: text.slice(0, m.index).split('\n').length,
    tag: m[0],
  }));
}

/** The string value of an attribute, if it was written as one ("x" or {"x"}). */
export function stringAttr(tag: MdxTag, name: string): string | undefined {
  const a = tag.attrs[name];
  if (a?.kind === 'string') return a.value;
  if (a?.kind === 'expression') return /^(["'])(.*)\1$/.exec(a.value)?.[2];
  return undefined;
}

/** The integer value of an attribute, if it was written as one ({3} or "3"). */
export function integerAttr(tag: MdxTag, name: string): number | undefined {
  const a = tag.attrs[name];
  const raw = a?.kind === 'string' || a?.kind === 'expression' ? a.value : undefined;
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Claims in order of first mention. */
export function claimOrder(tags: MdxTag[]): string[] {
  return [...new Set(tags.filter((t) => t.name === 'Claim').flatMap((t) => stringAttr(t, 'id') ?? []))];
}

/** A Markdown link to one of the site's own pages, at its line. */
export interface MdxLink {
  href: string;
  line: number;
}

// [words](/path "title") and [label]: /path
const LINK = /\]\(\s*(\/[^)\s]*)[^)]*\)|^\s{0,3}\[[^\]]+\]:\s*(\/\S+)/gm;

/** Every link from an MDX body to a path of the site, in document order; code, fences and comments are skipped. */
export function findLinks(body: string): MdxLink[] {
  const text = withoutCode(body);
  return [...text.matchAll(LINK)].map((m) => {
    const href = (m[1] ?? m[2])!;
    return { href, line: text.slice(0, m.index + m[0].indexOf(href)).split('\n').length };
  });
}
