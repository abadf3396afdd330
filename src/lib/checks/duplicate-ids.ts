// Two files that give the same id (claims/x.yaml and claims/x.json, or
// Amazon.yaml beside amazon.yaml) would silently replace each other, and a file
// name that is not an id ("Jeff Bezos.yaml") becomes another one: refuse both.
import type { Problem } from '../content/problems.ts';
import { slugify } from '../content/ids.ts';

/** `files` lists each collection's file names relative to its folder. */
export function checkDuplicateIds(files: Record<string, string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, names] of Object.entries(files)) {
    const byId = new Map<string, string[]>();
    for (const name of names) {
      const base = name.replace(/\.[^.]+$/, '');
      // Astro's loader makes the id from the file name this way.
      const id = slugify(base);
      if (id !== base) {
        problems.push({
          file: `content/${collection}/${name}`,
          field: 'id',
          message: `the file name is not an id: its entry would be "${id}" without saying so`,
          fix: `rename the file to ${id}${name.slice(base.length)} (lowercase, words joined by hyphens)`,
        });
      }
      byId.set(id, [...(byId.get(id) ?? []), name]);
    }
    for (const [id, same] of byId) {
      if (same.length > 1) {
        problems.push({
          file: same.map((n) => `content/${collection}/${n}`).join(' and '),
          field: 'id',
          message: `${same.length} files give the id "${id}"`,
          fix: 'keep one file per id (rename or remove the others)',
        });
      }
    }
  }
  return problems;
}
