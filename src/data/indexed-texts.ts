// The texts the search index holds, plus readers' aliases: what the spelling
// vocabulary is made of, and where the search counts its heaviest words.
import { site } from './site.ts';
import { passages } from '../lib/article.ts';

export async function indexedTexts(): Promise<string[]> {
  const { actors, topics, sources, blocksBySource, claims, events, explainers, glossary } = await site();
  return [
    ...actors.flatMap((a) => [a.data.name, a.data.title ?? '', a.data.role, ...a.data.alsoKnownAs]),
    ...topics.map((t) => t.data.title),
    ...sources.flatMap((s) => [s.data.title, ...passages(blocksBySource.get(s.id) ?? []).map((p) => p.text)]),
    ...claims.flatMap((c) => [c.statement, ...c.evidence.map((e) => e.quote)]),
    ...events.flatMap((e) => [e.data.title, e.data.summary]),
    // MDX bodies without their component tags and attributes.
    ...explainers.flatMap((e) => [e.data.title, e.data.description, (e.body ?? '').replace(/<[^>]*>|\{[^}]*\}/g, ' ')]),
    ...glossary.flatMap((t) => [t.data.term, t.data.definition, ...t.data.alsoKnownAs]),
  ];
}
