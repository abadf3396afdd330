// Every word the search can find, for "Did you mean" (see src/lib/spelling.ts):
// the texts that are indexed, plus readers' aliases; one file per first letter.
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site.ts';
import { passages } from '../../../lib/article.ts';
import { buildVocabulary, byLetter } from '../../../lib/spelling.ts';
import type { VocabularyFile } from '../../../lib/search-data.ts';

export const getStaticPaths = (async () => {
  const { actors, topics, sources, blocksBySource, claims, events, explainers, glossary } = await site();
  const texts = [
    ...actors.flatMap((a) => [a.data.name, a.data.title ?? '', a.data.role, ...a.data.alsoKnownAs]),
    ...topics.map((t) => t.data.title),
    ...sources.flatMap((s) => [s.data.title, ...passages(blocksBySource.get(s.id) ?? []).map((p) => p.text)]),
    ...claims.flatMap((c) => [c.statement, ...c.evidence.map((e) => e.quote)]),
    ...events.flatMap((e) => [e.data.title, e.data.summary]),
    // MDX bodies without their component tags and attributes.
    ...explainers.flatMap((e) => [e.data.title, e.data.description, (e.body ?? '').replace(/<[^>]*>|\{[^}]*\}/g, ' ')]),
    ...glossary.flatMap((t) => [t.data.term, t.data.definition, ...t.data.alsoKnownAs]),
  ];
  return [...byLetter(buildVocabulary(texts))].map(([letter, words]) => ({ params: { letter }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file: VocabularyFile = { words: (props.words as string[]).join(' ') };
  return new Response(JSON.stringify(file));
};
