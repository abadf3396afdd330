// Thousands of seeded mistakes in the real content, each through the whole
// content check (see fuzz.ts). SEED is fixed so a run is repeatable; a
// failure prints the case, which `caseOf(content, seed, case)` replays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readContentFiles } from '../../../src/data/content/files.ts';
import { checkContentFiles } from '../../../src/lib/checks/check-files.ts';
import { caseOf, describeFailure, fuzz } from './fuzz.ts';
import { MUTATION_KINDS } from './mutate.ts';

const SEED = 20261205;
const CASES = 2_000;
const content = readContentFiles(resolve(import.meta.dirname, '../../../content'));

test('the real content is accepted as it is', async () => {
  assert.deepEqual((await checkContentFiles(content, new Date().toISOString().slice(0, 10))).problems, []);
});

test(`${CASES} seeded mistakes each end accepted or in a report naming the file, never in a crash`, async () => {
  const r = await fuzz(content, { seed: SEED, cases: CASES });
  const kinds = Object.entries(r.byKind).map(([k, v]) => `${k} ${v.refused}/${v.cases}`);
  console.log(
    `content fuzz, seed ${SEED}: ${r.cases} cases, ${r.refused} refused, ${r.accepted} accepted, ${r.failures.length} failures\n  refused by kind: ${kinds.join(', ')}`,
  );
  assert.equal(r.failures.length, 0, r.failures.slice(0, 10).map(describeFailure).join('\n'));
  assert.ok(r.refused > CASES / 2, 'most mistakes are refused');
  assert.deepEqual(Object.keys(r.byKind).sort(), [...MUTATION_KINDS].sort(), 'every kind of mistake was made');
});

test('a planted bug, a check that throws a plain Error, fails the fuzzer and prints the case', async () => {
  let calls = 0;
  const r = await fuzz(content, {
    seed: SEED,
    cases: 50,
    check: async (c, today) => {
      if (++calls % 7 === 0) throw new Error('planted bug');
      return checkContentFiles(c, today);
    },
  });
  assert.equal(r.failures.length, 7);
  assert.match(describeFailure(r.failures[0]!), /seed 20261205 case 6: .* threw Error: planted bug\n {2}replay: caseOf\(content, 20261205, 6\)/);
});

test('a case is replayed from its seed and number', () => {
  assert.deepEqual(caseOf(content, SEED, 42).mutation, caseOf(content, SEED, 42).mutation);
  assert.notDeepEqual(caseOf(content, SEED, 42).mutation, caseOf(content, SEED, 43).mutation);
});
