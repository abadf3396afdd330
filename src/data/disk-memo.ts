// Results a build works out from its inputs alone, kept between builds in
// node_modules/.cache: a build (or a dev server start) whose inputs did not
// change reads the result instead of working it out again, which for the
// search's word links and English near-words took some 5 s of every build.
// The key holds the code of the functions that work the result out, so a
// change to them is a new key, never a stale result.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Results kept per name, newest first: enough for a few stories and content states side by side. */
const KEEP = 12;

const memoDir = () => resolve(process.env.BUILD_MEMO_DIR ?? 'node_modules/.cache/explainer-memo');

/** The key of `inputs` worked out by `code`: the same inputs and code give the same key. */
export function memoKey(code: readonly ((...args: never[]) => unknown)[], inputs: unknown): string {
  return createHash('sha256')
    .update(code.map((f) => f.toString()).join('\n'))
    .update('\0')
    .update(JSON.stringify(inputs))
    .digest('hex')
    .slice(0, 24);
}

/**
 * `compute()`, or what it returned for the same `inputs` and `code` before. The
 * value must survive JSON (arrays and plain objects; no Maps). Written aside and
 * renamed, so two builds at once never read half a file.
 */
export function memoOnDisk<T>(name: string, code: readonly ((...args: never[]) => unknown)[], inputs: unknown, compute: () => T): T {
  const dir = memoDir();
  const file = join(dir, `${name}-${memoKey(code, inputs)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // Not worked out yet (or unreadable): work it out.
  }
  const value = compute();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
  prune(dir, name);
  return value;
}

/** Drops all but the newest KEEP results of `name`. */
function prune(dir: string, name: string) {
  const mine = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP)) unlinkSync(join(dir, f));
}
