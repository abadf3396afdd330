// The content fuzzer: thousands of seeded mistakes in the real content, each
// run through the whole content check in-process (lib/checks/check-files.ts).
// A case passes when the content is accepted, or refused with a report whose
// every problem names a file, a field, a message and a fix, and one of them
// names the file the mistake was made in. It fails on an exception, on a case
// that takes too long, or on a report that does not name the file.
import { checkContentFiles, type ContentFiles } from '../../../src/lib/checks/check-files.ts';
import type { Problem } from '../../../src/lib/content/problems.ts';
import { mutate, random, type Mutation } from './mutate.ts';

/** Longer than any case should take: a check this slow on one mistake is as bad as a hang. */
const SLOW_MS = 2_000;

export interface FuzzFailure {
  seed: number;
  case: number;
  mutation: Mutation;
  why: string;
}

export interface FuzzResult {
  cases: number;
  accepted: number;
  refused: number;
  failures: FuzzFailure[];
  /** Cases by the kind of mistake, and how many were refused. */
  byKind: Record<string, { cases: number; refused: number }>;
}

type Check = (content: ContentFiles, today: string) => Promise<{ problems: Problem[] }>;

/**
 * Whether a report names the file: as the file of a problem, or by its entry's id in a message (a quote that no
 * longer matches the source it was changed in names that source).
 */
function names(problems: Problem[], file: string): boolean {
  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return problems.some((p) => p.file.includes(file) || p.message.includes(id));
}

/** Case `index` of `seed`: the same two numbers always make the same mistake. */
export const caseOf = (content: ContentFiles, seed: number, index: number) => mutate(content, random(seed * 1_000_003 + index));

export async function fuzz(
  content: ContentFiles,
  { seed, cases, check = checkContentFiles }: { seed: number; cases: number; check?: Check },
): Promise<FuzzResult> {
  const result: FuzzResult = { cases, accepted: 0, refused: 0, failures: [], byKind: {} };
  for (let i = 0; i < cases; i++) {
    const { content: changed, mutation } = caseOf(content, seed, i);
    const kind = (result.byKind[mutation.kind] ??= { cases: 0, refused: 0 });
    kind.cases++;
    const fail = (why: string) => result.failures.push({ seed, case: i, mutation, why });
    const started = performance.now();
    let problems: Problem[];
    try {
      ({ problems } = await check(changed, new Date().toISOString().slice(0, 10)));
    } catch (e) {
      fail(`threw ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}`);
      continue;
    }
    const ms = performance.now() - started;
    if (ms > SLOW_MS) fail(`took ${ms.toFixed(0)} ms`);
    if (!problems.length) {
      result.accepted++;
      continue;
    }
    result.refused++;
    kind.refused++;
    const incomplete = problems.find((p) => !p.file || !p.field || !p.message || !p.fix);
    if (incomplete) fail(`a problem lacks its file, field, message or fix: ${JSON.stringify(incomplete)}`);
    else if (!names(problems, mutation.file)) fail(`the report does not name ${mutation.file}: ${problems.map((p) => `${p.file} → ${p.field}`).join('; ')}`);
  }
  return result;
}

export const describeFailure = (f: FuzzFailure) =>
  `seed ${f.seed} case ${f.case}: ${f.mutation.kind} in ${f.mutation.file} (${f.mutation.detail}): ${f.why}\n  replay: caseOf(content, ${f.seed}, ${f.case})`;
