// Cross-collection checks Astro's schemas cannot make: every reference points
// at an entry that exists, every id can be a URL.

import { isKebabId, meantId, slugify } from '../content/ids.ts';
import { fileOf, newFileFor, type EntryLike, type Problem } from '../content/problems.ts';

export type Corpus = Record<string, EntryLike[]>;

interface DataRef {
  collection: string;
  id: string;
}

function isRef(v: unknown): v is DataRef {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as DataRef).collection === 'string' && typeof (v as DataRef).id === 'string';
}

/** Every reference() inside an entry's data, with the field path it sits at ("evidence[1].source"). */
export function findDataRefs(data: unknown, path = ''): { field: string; ref: DataRef }[] {
  if (isRef(data)) return [{ field: path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findDataRefs(v, `${path}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => findDataRefs(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The fix for an id no entry has: the id it most likely meant, else the ids there are when they are few. */
export function unknownIdFix(id: string, known: ReadonlySet<string>, otherwise: string): string {
  const meant = meantId(id, known);
  if (meant) return `write "${meant}" if that is the one meant, or ${otherwise}`;
  const all = [...known].sort();
  return all.length && all.length <= 8 ? `use one of ${all.join(', ')}, or ${otherwise}` : `correct the id, or ${otherwise}`;
}

/** `aliases` maps old claim ids to current ones, so a stale reference can name its fix. */
export function checkReferences(corpus: Corpus, aliases: Map<string, string> = new Map()): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map(Object.entries(corpus).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));

  for (const [collection, entries] of Object.entries(corpus)) {
    for (const entry of entries) {
      const file = fileOf(collection, entry);
      if (!isKebabId(entry.id)) {
        problems.push({
          file,
          field: 'id',
          message: `id "${entry.id}" is not lowercase kebab-case, so it cannot be a stable URL`,
          fix: `rename the file to ${slugify(entry.id)} (ids are the file name)`,
        });
      }
      // A list that names one entry twice shows it twice ("Backed by 4 claims", a topic repeated).
      const listed = new Map<string, string>();
      for (const { field, ref } of findDataRefs(entry.data)) {
        const list = /^(.*)\[\d+\]$/.exec(field)?.[1];
        if (list) {
          const first = listed.get(`${list} ${ref.id}`);
          if (first) problems.push({ file, field, message: `lists "${ref.id}" twice (also ${first})`, fix: `remove one of them from ${list}` });
          else listed.set(`${list} ${ref.id}`, field);
        }
        const known = ids.get(ref.collection);
        if (ref.collection === collection && ref.id === entry.id) {
          // A claim "related" to itself would link to the page it is on.
          problems.push({ file, field, message: `refers to its own entry "${entry.id}"`, fix: `remove "${entry.id}" from ${field.replace(/\[\d+\]$/, '')}` });
        } else if (!known) {
          problems.push({ file, field, message: `refers to an unknown collection "${ref.collection}"`, fix: 'check the schema in src/content.config.ts' });
        } else if (!known.has(ref.id) && ref.collection === 'claims' && aliases.has(ref.id)) {
          problems.push({
            file,
            field,
            message: `"${ref.id}" is an old id of the claim now called "${aliases.get(ref.id)}"`,
            fix: `refer to "${aliases.get(ref.id)}"`,
          });
        } else if (!known.has(ref.id)) {
          problems.push({
            file,
            field,
            message: `no ${ref.collection} entry has the id "${ref.id}"`,
            fix: unknownIdFix(ref.id, known, `add ${newFileFor(ref.collection, ref.id)}`),
          });
        }
      }
    }
  }
  return problems;
}
