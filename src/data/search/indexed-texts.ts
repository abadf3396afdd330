// The texts the search index holds, plus readers' aliases, and their words
// counted: the spelling vocabulary, and the search's heaviest words.
import { site } from '../site.ts';
import { passages } from '../../lib/content/article.ts';
import { wordCounts } from '../../lib/search/spelling.ts';

/** The indexed texts; without the explainers, only what the sources and the claims, events and names drawn from them say. */
async function indexedTexts(withExplainers = true): Promise<string[]> {
  const { actors, topics, sources, blocksBySource, claims, events, explainers, glossary } = await site();
  return [
    ...actors.flatMap((a) => [a.data.name, a.data.title ?? '', a.data.role, ...a.data.alsoKnownAs]),
    ...topics.map((t) => t.data.title),
    ...sources.flatMap((s) => [s.data.title, ...passages(blocksBySource.get(s.id) ?? []).map((p) => p.text)]),
    ...claims.flatMap((c) => [c.statement, ...c.evidence.map((e) => e.quote)]),
    ...events.flatMap((e) => [e.data.title, e.data.summary]),
    // MDX bodies without their component tags and attributes.
    ...(withExplainers ? explainers : []).flatMap((e) => [e.data.title, e.data.description, (e.body ?? '').replace(/<[^>]*>|\{[^}]*\}/g, ' ')]),
    ...glossary.flatMap((t) => [t.data.term, t.data.definition, ...t.data.alsoKnownAs]),
  ];
}

let counts: Promise<[string, number][]> | undefined;
/** Every word of the indexed texts with how often it occurs, most frequent first: counted once a build, for both files that need it. */
export function indexedWordCounts(): Promise<[string, number][]> {
  counts ??= indexedTexts().then(wordCounts);
  return counts;
}

let sourceCounts: Promise<[string, number][]> | undefined;
/**
 * The words of every indexed text but the explainers, most frequent first: the
 * words the search tells a reader the sources use (it never counts our own
 * explainers' words as the sources').
 */
export function sourceWordCounts(): Promise<[string, number][]> {
  sourceCounts ??= indexedTexts(false).then(wordCounts);
  return sourceCounts;
}
