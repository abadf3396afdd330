// Schema problems of every entry, reported together. Astro stops at the first
// entry that fails its schema; the collections' loader (src/data/content/loader.ts)
// instead keeps such an entry, marked with what is wrong, and the build then
// reports every marked entry of every collection at once, before other checks.
import { fileOf, type Problem } from '../content/problems.ts';

/** The field of a stored entry that holds its schema problems. */
export const SCHEMA_PROBLEMS = '__schemaProblems';

export interface SchemaIssue {
  field: string;
  message: string;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  /** Zod's unrecognized_keys issue: the fields the schema does not have. */
  keys?: string[];
}
interface Parse {
  safeParseAsync(data: unknown): Promise<{ success: true } | { success: false; error: { issues: Issue[] } }>;
}

/** What is wrong with `data` under `schema`, field by field ([] when it is valid). */
export async function schemaIssues(schema: Parse, data: unknown): Promise<SchemaIssue[]> {
  const r = await schema.safeParseAsync(data);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    // Field paths as the rest of the report writes them: evidence[0].quote.
    const at = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('');
    // An unknown field is named as the field, not as the object that holds it.
    const field = i.keys?.length ? i.keys.map((k) => (at ? `${at}.${k}` : k)).join(', ') : at;
    // Zod words a field left out as a type mismatch ("expected number, received undefined").
    const message = /received undefined$/.test(i.message) ? 'is missing: this field is required' : i.message;
    return { field: field || '(the whole entry)', message };
  });
}

const FIX: [RegExp, string][] = [
  [/^is missing/, 'add the field'],
  [/is not a (real day|date)/, 'write the date as the message says'],
  [/^Unrecognized key/, 'remove or rename the field (docs/EDITING.md lists the fields of each kind of file)'],
  [/^Invalid option/, 'use one of the values the message lists'],
  // A field written with nothing after its colon ("differences:") reads as null.
  [/received null$/, 'write its value after the colon, or remove the line'],
  [/expected array, received (string|object)$/, 'write a list, even of one: [a] or [a, b], or one "- " line per item'],
  [/expected number, received string$/, 'write the number without quotes'],
  [/must be a web address/, 'write the full address, starting with https://'],
  [/remove the markup$/, 'write it as plain text'],
  [/^must be text/, 'write it as text; a value YAML would read as a number or yes/no goes in quotes ("1843")'],
  [/one sentence/, 'write one sentence in your own words, ending with a full stop; say the rest in another claim'],
  [/shown as a heading/, 'shorten it to a heading; what it leaves out goes in the summary, description or definition'],
  [/characters long/, 'shorten it to one plain sentence; say the rest in another claim'],
  [/at least one (quote|claim)|backed by at least one/, 'add one: claims are listed by id, quotes as "- source: … quote: …" under evidence'],
];

/** The fix for a schema message. */
export const schemaFix = (message: string) =>
  FIX.find(([re]) => re.test(message))?.[1] ?? 'correct the field as the message says (docs/EDITING.md describes each field)';

/** Problems of every entry the loader marked, with a fix for each kind of message. */
export function checkSchemas(collections: Record<string, { id: string; filePath?: string; data: unknown }[]>): Problem[] {
  return Object.entries(collections).flatMap(([collection, entries]) =>
    entries.flatMap((e) =>
      ((e.data as Record<string, SchemaIssue[] | undefined>)[SCHEMA_PROBLEMS] ?? []).map((i) => ({
        file: fileOf(collection, e),
        field: i.field,
        message: i.message,
        fix: schemaFix(i.message),
      })),
    ),
  );
}
