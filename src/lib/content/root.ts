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

/**
 * A message as the editor's folder has it: messages name files as content/…
 * (the project's own folder); under another CONTENT_ROOT they name that one.
 */
export function inContentDir(text: string, dir = contentDir()): string {
  return dir === 'content' ? text : text.replace(/(^|[\s("'`[])content\//g, `$1${dir}/`);
}
