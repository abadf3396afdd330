// Two files that give the same id (claims/x.yaml and claims/x.json) would
// silently replace each other: refuse them.
import type { Problem } from './problems.ts';

/** `files` lists each collection's file names relative to its folder. */
export function checkDuplicateIds(files: Record<string, string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, names] of Object.entries(files)) {
    const byId = new Map<string, string[]>();
    for (const name of names) {
      const id = name.replace(/\.[^.]+$/, '');
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
