// No explainer goes stale in silence. An explainer says in its own words what
// claims, events and sources say; when one of them changes after the editor
// last reread the explainer (an update, a correction, a new date), or the set
// of sources changes under its sentences about the sources as a whole, the
// build names the lines that rest on it and refuses until the editor records a
// new reading (`npm run reviewed -- <explainer>`, which stamps the lock).
import { findLinks, findMdxTags, stringAttr, withoutCode } from '../content/mdx-refs.ts';
import type { Problem } from '../content/problems.ts';
import { routes } from '../site/paths.ts';
import { aboutSourcesAsWhole } from './whole-sentences.ts';

/** What an explainer rested on when its editor last reread it: a fingerprint of each thing. */
interface ExplainerRecord {
  /** The day of that reading. */
  reviewed: string;
  restsOn: Record<string, string>;
}

export type ExplainerLock = Record<string, ExplainerRecord>;

/** The lines of an explainer that rest on each thing ("claim:x", "event:y", "source:z", "sources"), with a few words of each. */
export type Reliance = Map<string, { line: number; words: string }[]>;

/** The key of what an explainer may rest on. */
export const restKey = {
  claim: (id: string) => `claim:${id}`,
  event: (id: string) => `event:${id}`,
  source: (id: string) => `source:${id}`,
  /** The set of sources: what sentences about the sources as a whole rest on. */
  sources: 'sources',
};

const excerpt = (s: string, max = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** A line of an explainer as a reader reads it: tags, link targets and Markdown marks taken out. */
function proseOf(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#+|[-*+]|\d+\.|>)\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a line of prose (a full stop, question or exclamation mark, then a space and a capital). */
const sentencesOf = (prose: string) => prose.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?\p{Lu})/u).filter((s) => s.length > 0);

/**
 * What an explainer's body rests on, and where: each claim it marks or links,
 * each event it links on the timeline, each source it cites or links, and, for
 * each sentence about the sources as a whole, the set of sources.
 */
export function relianceOf(body: string): Reliance {
  // The same bodies are read on every check (npm run dev on each change, the fuzzer thousands of times).
  let found = relied.get(body);
  if (!found) {
    if (relied.size > 200) relied.clear();
    relied.set(body, (found = readReliance(body)));
  }
  return found;
}
const relied = new Map<string, Reliance>();

function readReliance(body: string): Reliance {
  const lines = withoutCode(body).split('\n');
  const at = (line: number) => ({ line, words: excerpt(proseOf(lines[line - 1] ?? '')) });
  const found: Reliance = new Map();
  const put = (key: string, line: number, words = at(line).words) => {
    const list = found.get(key) ?? [];
    if (!list.some((l) => l.line === line)) list.push({ line, words });
    found.set(key, list);
  };
  for (const t of findMdxTags(body)) {
    const id = stringAttr(t, t.name === 'Cite' ? 'source' : 'id');
    if (!id) continue;
    // A mark is quoted from its own words, not from the start of its line.
    if (t.name === 'Claim') {
      const line = lines[t.line - 1] ?? '';
      const from = line.indexOf(t.tag);
      put(
        restKey.claim(id),
        t.line,
        from >= 0 ? excerpt(proseOf(line.slice(from + t.tag.length).split('</Claim>')[0] ?? '')) || at(t.line).words : at(t.line).words,
      );
    }
    if (t.name === 'Cite') put(restKey.source(id), t.line);
    if (t.name === 'EventDate') put(restKey.event(id), t.line);
  }
  // The address up to an id: routes are built with the id in them.
  const before = (route: (id: string) => string) => route('\u0000').split('\u0000')[0]!;
  const claim = before(routes.claim);
  const source = before(routes.source);
  const event = before(routes.event);
  for (const { href, line } of findLinks(body)) {
    const id = (prefix: string) => (href.startsWith(prefix) ? /^[^/#?]+/.exec(href.slice(prefix.length))?.[0] : undefined);
    const c = id(claim);
    const s = id(source);
    const e = id(event);
    if (c) put(restKey.claim(c), line);
    if (s) put(restKey.source(s), line);
    if (e) put(restKey.event(e), line);
  }
  lines.forEach((raw, i) => {
    for (const sentence of sentencesOf(proseOf(raw))) if (aboutSourcesAsWhole(sentence)) put(restKey.sources, i + 1, excerpt(sentence, 100));
  });
  return found;
}

/** A short, stable fingerprint of a record (32-bit FNV-1a of its JSON). */
export function fingerprint(value: unknown): string {
  let h = 0x811c9dc5;
  for (const c of JSON.stringify(value)) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The fingerprints of what an explainer rests on now; a thing that no longer exists is "gone". */
export function restsOn(reliance: Reliance, records: ReadonlyMap<string, unknown>): Record<string, string> {
  return Object.fromEntries([...reliance.keys()].sort().map((k) => [k, records.has(k) ? fingerprint(records.get(k)) : 'gone']));
}

export interface CurrentExplainer {
  id: string;
  file: string;
  /** The body's line of each thing it rests on. */
  reliance: Reliance;
  /** What those things are now, by key (their fingerprints are compared with the lock's). */
  restsOn: Record<string, string>;
}

/** How a reader would name a thing an explainer rests on, for the editor. */
function nameOf(key: string, describe: (key: string) => string | undefined): string {
  const [kind, id] = key.split(':');
  const what = kind === 'sources' ? 'the set of sources' : `${kind} ${id}`;
  const how = describe(key);
  return how ? `${what} (${how})` : what;
}

const linesText = (lines: { line: number; words: string }[]) =>
  lines
    .slice(0, 4)
    .map((l) => `line ${l.line} ("${l.words}")`)
    .join(', ') + (lines.length > 4 ? ` and ${lines.length - 4} more` : '');

/**
 * Explainers whose things changed since their last reading: named with the
 * lines that rest on each changed thing. An explainer the lock has not seen
 * (a new one) is recorded by the next `npm run lock`.
 */
export function checkExplainerReviews(
  lock: ExplainerLock,
  current: CurrentExplainer[],
  lockFile: string,
  describe: (key: string) => string | undefined = () => undefined,
): Problem[] {
  return current.flatMap((e): Problem[] => {
    const was = lock[e.id];
    if (!was) return [];
    // A thing that is gone is refused where it went (a removed claim, a dangling reference), not here.
    const changed = Object.keys(e.restsOn).filter((k) => k in was.restsOn && e.restsOn[k] !== 'gone' && was.restsOn[k] !== e.restsOn[k]);
    if (!changed.length) return [];
    const what = changed.map((k) => `${nameOf(k, describe)}: reread ${linesText(e.reliance.get(k) ?? [])}`);
    return [
      {
        file: e.file,
        field: 'body',
        message: `rests on what changed since it was last reread on ${was.reviewed} (${lockFile}): ${what.join('; ')}`,
        fix: `reread those lines and rewrite what is no longer true (a count of sources or a date is better written as a component that reads it, such as <SourceCount />), then record the reading: npm run reviewed -- ${e.id}`,
      },
    ];
  });
}
