// The collections' loader: Astro's glob loader, except that an entry failing
// its schema is kept, marked with its problems (checks/schema.ts), instead of
// stopping the build at the first one; src/data/content.ts reports them all.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { SCHEMA_PROBLEMS, schemaIssues } from '../lib/checks/schema.ts';

type Schema = Parameters<typeof schemaIssues>[0];

export function collectingGlob(options: { pattern: string; base: string }, schema: Schema): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const issues = await schemaIssues(schema, props.data);
          if (!issues.length) return context.parseData(props);
          return { ...props.data, [SCHEMA_PROBLEMS]: issues };
        },
      }),
  };
}
