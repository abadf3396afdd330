// The content collections: where each lives and its schema (src/lib/content/schemas.ts).
// Schema problems of all entries, then the rules about the content as a whole
// (src/lib/checks/), are reported together by src/data/content/checked.ts.
import { defineCollection, reference } from 'astro:content';
import { contentRoot } from './lib/content/root.ts';
import { contentSchemas } from './lib/content/schemas.ts';
import { collectingGlob } from './data/content/loader.ts';

const root = contentRoot();
const DATA_FILES = '*.{yaml,yml,json}';
const schema = contentSchemas(reference);
// Every entry is checked against its schema by the loader, which reports them all at once.
const from = (dir: keyof typeof schema, pattern: string, rendered = true) => collectingGlob({ pattern, base: `${root}/${dir}` }, schema[dir], { rendered });

export const collections = {
  actors: defineCollection({ loader: from('actors', DATA_FILES), schema: schema.actors }),
  topics: defineCollection({ loader: from('topics', DATA_FILES), schema: schema.topics }),
  sources: defineCollection({ loader: from('sources', '*.{md,mdx}', false), schema: schema.sources }),
  claims: defineCollection({ loader: from('claims', DATA_FILES), schema: schema.claims }),
  events: defineCollection({ loader: from('events', DATA_FILES), schema: schema.events }),
  diagrams: defineCollection({ loader: from('diagrams', DATA_FILES), schema: schema.diagrams }),
  explainers: defineCollection({ loader: from('explainers', '*.{md,mdx}'), schema: schema.explainers }),
  glossary: defineCollection({ loader: from('glossary', DATA_FILES), schema: schema.glossary }),
};
