// The collections' loader: Astro's glob loader, except that an entry failing
// its schema is kept, marked with its problems (checks/schema.ts), instead of
// stopping the build at the first one; src/data/content.ts reports them all.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { SCHEMA_PROBLEMS, schemaIssues } from '../lib/checks/schema.ts';

type Schema = Parameters<typeof schemaIssues>[0];

/** How Astro reads one kind of file: passed to loaders as `entryTypes`, which its public types leave out. */
interface EntryType {
  getEntryInfo: (params: unknown) => Promise<{ data?: unknown }>;
}
type EntryTypes = Map<string, EntryType>;

/**
 * An empty data file parses to no data at all, and Astro's glob loader then
 * fails inside itself naming no file. Read as an empty object, it reaches the
 * schema, which names the file and every field it lacks.
 */
function emptyAsObject(entryTypes: EntryTypes | undefined): EntryTypes | undefined {
  if (!entryTypes) return entryTypes;
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo: async (params: unknown) => {
          const info = await type.getEntryInfo(params);
          return info.data == null ? { ...info, data: {} } : info;
        },
      },
    ]),
  );
}

export function collectingGlob(options: { pattern: string; base: string }, schema: Schema): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        ...({ entryTypes: emptyAsObject((context as { entryTypes?: EntryTypes }).entryTypes) } as object),
        parseData: async (props) => {
          const issues = await schemaIssues(schema, props.data);
          if (!issues.length) return context.parseData(props);
          return { ...props.data, [SCHEMA_PROBLEMS]: issues };
        },
      }),
  };
}
