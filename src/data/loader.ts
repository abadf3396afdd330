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
  getRenderFunction?: unknown;
  contentModuleTypes?: unknown;
}
type EntryTypes = Map<string, EntryType>;

/**
 * How Astro reads the collection's files, changed in two ways. An empty data
 * file parses to no data at all, and Astro's glob loader then fails inside
 * itself naming no file: read as an empty object, it reaches the schema,
 * which names the file and every field it lacks. And a collection that is
 * never rendered as MDX (`rendered: false`: sources, whose text the site
 * parses itself) keeps only the file's data and body: otherwise Astro
 * compiles every entry's MDX into the build, some 20 seconds for the 500
 * sources of 10,000 generated claims.
 */
export function readEntries(entryTypes: EntryTypes | undefined, rendered: boolean): EntryTypes | undefined {
  if (!entryTypes) return entryTypes;
  return new Map(
    [...entryTypes].map(([ext, type]) => {
      // The glob loader asks whether these keys are present, not what they hold.
      const { getRenderFunction: _render, contentModuleTypes: _modules, ...plain } = type;
      return [
        ext,
        {
          ...(rendered ? type : plain),
          getEntryInfo: async (params: unknown) => {
            const info = await type.getEntryInfo(params);
            return info.data == null ? { ...info, data: {} } : info;
          },
        },
      ];
    }),
  );
}

export function collectingGlob(options: { pattern: string; base: string }, schema: Schema, { rendered = true } = {}): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        ...({ entryTypes: readEntries((context as { entryTypes?: EntryTypes }).entryTypes, rendered) } as object),
        parseData: async (props) => {
          const issues = await schemaIssues(schema, props.data);
          if (!issues.length) return context.parseData(props);
          return { ...props.data, [SCHEMA_PROBLEMS]: issues };
        },
      }),
  };
}
