// The content collections: where each lives and its schema (src/lib/schemas.ts).
// Astro checks each entry against its schema; the content as a whole is checked
// in src/lib/checks/ (see src/data/content.ts).
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import { contentSchemas } from './lib/schemas.ts';

const root = contentRoot();
const DATA_FILES = '*.{yaml,yml,json}';
const from = (dir: string, pattern: string) => glob({ pattern, base: `${root}/${dir}` });
const schema = contentSchemas(reference);

export const collections = {
  actors: defineCollection({ loader: from('actors', DATA_FILES), schema: schema.actors }),
  topics: defineCollection({ loader: from('topics', DATA_FILES), schema: schema.topics }),
  sources: defineCollection({ loader: from('sources', '*.{md,mdx}'), schema: schema.sources }),
  claims: defineCollection({ loader: from('claims', DATA_FILES), schema: schema.claims }),
  events: defineCollection({ loader: from('events', DATA_FILES), schema: schema.events }),
  diagrams: defineCollection({ loader: from('diagrams', DATA_FILES), schema: schema.diagrams }),
  explainers: defineCollection({ loader: from('explainers', '*.{md,mdx}'), schema: schema.explainers }),
  glossary: defineCollection({ loader: from('glossary', DATA_FILES), schema: schema.glossary }),
};
