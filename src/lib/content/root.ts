// Where content lives. CONTENT_ROOT points the build (and the importer) at
// another tree: test fixtures and the scale benchmark use it.
import { relative, resolve, sep } from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_ROOT ?? 'content');
}

/** The content folder as an editor names it, from the project's root: content, or the CONTENT_ROOT given. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return relative(process.cwd(), contentRoot(env)).split(sep).join('/') || '.';
}
