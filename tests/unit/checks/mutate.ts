// Seeded mistakes an editor (or a broken tool) could make in content files,
// for the content fuzzer (fuzz.test.ts, scripts/fuzz-content.ts). Each case
// changes one file of the real content in one way; the same seed and case
// number always make the same change, so a failing case can be replayed.
import type { ContentFile } from '../../../src/lib/checks/files/entries.ts';
import type { ContentFiles } from '../../../src/lib/checks/check-files.ts';

export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed, the same cases. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const lines = (t: string) => t.split('\n');

/** One change: what was done to which file, enough to read in a report. */
export interface Mutation {
  kind: string;
  /** The path of the file changed (or made). */
  file: string;
  detail: string;
}

const HOSTILE = [
  ['a byte-order mark', '\uFEFF'],
  ['a tab', '\t'],
  ['a Windows line end', '\r\n'],
  ['a zero-width space', '\u200B'],
  ['a right-to-left override', '\u202E'],
  ['a NUL byte', '\0'],
  ['a replacement character', '\uFFFD'],
  ['a zero-width joiner', '\u200D'],
] as const;

const RETYPED = ['42', '[a, b]', '', '{ x: 1 }', 'true', 'null', '"   "', '-1', '2021-04-15', '[]', '{}', '"<b>bold</b>"', '"**strong**"', 'https://'];
const MDX_BREAKS = [
  '<Claim id="missing-claim">',
  '</Claim>',
  '{',
  '}',
  'import fs from "node:fs"\n',
  'export const x = 1\n',
  '{process.exit(1)}',
  '<div>',
  '<script>alert(1)</script>',
  '<Cite source="x" p={1+1} />',
  '<Unknown />',
  '<Term id="nope">w</Term>',
  '<Cite {...props} />',
];
const DATES = ['2021-13', '2021-02-30', '2099-01-01', 'before April 2021', '21-04-15', 'as of', '2021-04-15T25:00'];

/** An id the content uses, so a swap makes a reference point at another entry (or a near miss). */
const ID_LINE = /^(\s*(?:-\s*)?(?:source|claim|actor|from|to|id)?:?\s*\[?)([a-z0-9]+(?:-[a-z0-9]+)+)/;

function ids(files: ContentFile[]): string[] {
  return files.map((f) => f.name.replace(/\.[^.]+$/, ''));
}

type Change = (r: Random, f: ContentFile, all: ContentFile[]) => { text: string; detail: string; name?: string } | undefined;

const CHANGES: Record<string, Change> = {
  'delete a line': (r, f) => {
    const ls = lines(f.text);
    const i = Math.floor(r() * ls.length);
    return { text: [...ls.slice(0, i), ...ls.slice(i + 1)].join('\n'), detail: `line ${i + 1}: ${JSON.stringify(ls[i]?.slice(0, 60))}` };
  },
  'duplicate a key': (r, f) => {
    const ls = lines(f.text);
    const keyed = ls.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[A-Za-z]+:/.test(l));
    if (!keyed.length) return undefined;
    const [l, i] = pick(r, keyed);
    return { text: [...ls.slice(0, i + 1), l, ...ls.slice(i + 1)].join('\n'), detail: `line ${i + 1} twice: ${JSON.stringify(l.slice(0, 60))}` };
  },
  'retype a value': (r, f) => {
    const ls = lines(f.text);
    const keyed = ls.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[A-Za-z]+:/.test(l));
    if (!keyed.length) return undefined;
    const [l, i] = pick(r, keyed);
    const value = pick(r, RETYPED);
    const changed = l.replace(/^(\s*-?\s*[A-Za-z]+:).*$/, `$1 ${value}`);
    return { text: [...ls.slice(0, i), changed, ...ls.slice(i + 1)].join('\n'), detail: `line ${i + 1}: ${JSON.stringify(changed.slice(0, 60))}` };
  },
  truncate: (r, f) => {
    const at = Math.floor(r() * f.text.length);
    return { text: f.text.slice(0, at), detail: `cut at character ${at} of ${f.text.length}` };
  },
  'insert hostile bytes': (r, f) => {
    const [what, bytes] = pick(r, HOSTILE);
    const at = Math.floor(r() * (f.text.length + 1));
    return { text: f.text.slice(0, at) + bytes + f.text.slice(at), detail: `${what} at character ${at}` };
  },
  'break an MDX tag': (r, f) => {
    if (!f.name.endsWith('.mdx')) return undefined;
    const insert = pick(r, MDX_BREAKS);
    const tags = [...f.text.matchAll(/<\/?[A-Z][A-Za-z]*[^>]*>/g)];
    if (tags.length && r() < 0.5) {
      const m = pick(r, tags);
      return { text: f.text.slice(0, m.index) + f.text.slice(m.index + m[0].length), detail: `removed ${m[0].slice(0, 50)}` };
    }
    const at = f.text.indexOf('\n---', 4) + 5 + Math.floor(r() * Math.max(1, f.text.length - f.text.indexOf('\n---', 4) - 5));
    return { text: f.text.slice(0, at) + insert + f.text.slice(at), detail: `inserted ${JSON.stringify(insert)} at character ${at}` };
  },
  'swap an id': (r, f, all) => {
    const ls = lines(f.text);
    const refs = ls.map((l, i) => [l, i] as const).filter(([l]) => ID_LINE.test(l));
    if (!refs.length) return undefined;
    const [l, i] = pick(r, refs);
    const other = pick(r, [...ids(all), 'no-such-entry', l.match(ID_LINE)![2]!.toUpperCase(), `${l.match(ID_LINE)![2]}-`]);
    const changed = l.replace(ID_LINE, `$1${other}`);
    return { text: [...ls.slice(0, i), changed, ...ls.slice(i + 1)].join('\n'), detail: `line ${i + 1}: ${JSON.stringify(changed.slice(0, 70))}` };
  },
  'shift a date': (r, f) => {
    const dates = [...f.text.matchAll(/\b\d{4}-\d{2}(-\d{2})?\b/g)];
    if (!dates.length) return undefined;
    const m = pick(r, dates);
    const to = pick(r, DATES);
    return { text: f.text.slice(0, m.index) + to + f.text.slice(m.index + m[0].length), detail: `${m[0]} → ${to}` };
  },
  'add an alias': (_r, f) => {
    if (/\.mdx?$/.test(f.name)) return undefined;
    return { text: `${f.text}\nextra: &a [x, x, x]\nmore: [*a, *a]\n`, detail: 'an anchor and aliases at the end' };
  },
  'copy under a new name': (_r, f) => ({
    text: f.text,
    name: f.name.replace(/(\.[^.]+)$/, `-copy$1`),
    detail: `copied to ${f.name.replace(/(\.[^.]+)$/, '-copy$1')}`,
  }),
  'rename badly': (r, f) => {
    const name = pick(r, [f.name.toUpperCase(), f.name.replace(/\.[^.]+$/, '.txt'), f.name.replace(/-/g, ' '), f.name.replace(/\.[^.]+$/, '.json')]);
    return name === f.name ? undefined : { text: f.text, name, detail: `renamed to ${name}` };
  },
};

/** The kinds of change the fuzzer makes. */
export const MUTATION_KINDS = Object.keys(CHANGES);

/**
 * The content with one file changed in one way, and what was done. A kind
 * that does not apply to the chosen file (an MDX break in a YAML file) is
 * replaced by another.
 */
export function mutate(content: ContentFiles, r: Random): { content: ContentFiles; mutation: Mutation } {
  for (;;) {
    const file = pick(r, content.files);
    const kind = pick(r, MUTATION_KINDS);
    const change = CHANGES[kind]!(r, file, content.files);
    if (!change) continue;
    const name = change.name ?? file.name;
    const changed: ContentFile = { ...file, name, path: file.path.replace(/[^/]+$/, name), text: change.text, bytes: Buffer.byteLength(change.text) };
    const copy = kind === 'copy under a new name';
    const files = copy ? [...content.files, changed] : content.files.map((f) => (f === file ? changed : f));
    return { content: { ...content, files }, mutation: { kind, file: changed.path, detail: change.detail } };
  }
}
