// The collections' loader: Astro's glob loader, except that an entry failing
// its schema is kept, marked with its problems (checks/schema.ts), instead of
// stopping the build at the first one; src/data/content/checked.ts reports them all.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { SCHEMA_PROBLEMS, schemaIssues } from '../../lib/checks/schema.ts';

type Schema = Parameters<typeof schemaIssues>[0];

/** How Astro reads one kind of file: passed to loaders as `entryTypes`, which its public types leave out. */
interface EntryType {
  getEntryInfo: (params: unknown) => Promise<{ data?: unknown }>;
  getRenderFunction?: unknown;
  contentModuleTypes?: unknown;
}
type EntryTypes = Map<string, EntryType>;

/**
 * How Astro reads the collection's files, changed in two ways. A file that
 * is empty, not a set of fields or not readable at all makes Astro's glob
 * loader fail inside itself naming no file (and ends `npm run dev`): read as an
 * empty object, it reaches the schema, and the content check
 * (lib/content/) names the file and what is wrong with it. And a collection that is
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
            // A file Astro's reader cannot read (a tab in YAML, a key twice, a list) would stop `npm run dev`
            // for good: it is kept as an empty entry instead, and the content check names its problem.
            let info: { data?: unknown };
            try {
              info = await type.getEntryInfo(params);
            } catch {
              info = { data: {} };
            }
            return info.data == null || typeof info.data !== 'object' || Array.isArray(info.data) ? { ...info, data: {} } : info;
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
