// Where content lives. CONTENT_ROOT points the build (and the importer) at
// another tree: test fixtures and the scale benchmark use it.
import { resolve } from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_ROOT ?? 'content');
}
