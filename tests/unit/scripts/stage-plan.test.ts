import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan, startable, type Stage } from '../../../scripts/lib/stage-plan.ts';

const plan: Stage[] = [
  { name: 'check', cores: 1, lock: 'astro' },
  { name: 'unit', cores: 1 },
  { name: 'build', cores: 1, lock: 'astro' },
  { name: 'lint', cores: 1 },
  { name: 'e2e', cores: 2, after: ['build'] },
  { name: 'audit', cores: 1, after: ['build'] },
];
const names = (done: string[], running: string[]) => startable(plan, { done: new Set(done), running: new Set(running) }, 2).map((s) => s.name);

test('stages start in order, two cores at a time, one holder of a lock at a time', () => {
  assert.deepEqual(names([], []), ['check', 'unit']);
  assert.deepEqual(names(['unit'], ['check']), ['lint'], 'build waits for the lock check holds');
  assert.deepEqual(names(['check', 'unit'], ['lint']), ['build']);
});

test('a stage waits for the stages it needs, and one that needs both cores holds back those after it', () => {
  assert.deepEqual(names(['check', 'unit'], ['build']), ['lint'], 'e2e and audit wait for the build');
  assert.deepEqual(names(['check', 'unit', 'build'], ['lint']), [], 'audit does not take the core e2e is waiting for');
  assert.deepEqual(names(['check', 'unit', 'build', 'lint'], []), ['e2e']);
  assert.deepEqual(names(['check', 'unit', 'build', 'lint', 'e2e'], []), ['audit']);
});

test('a plan that names an unknown or later stage in after is refused', () => {
  assert.throws(
    () =>
      checkPlan([
        { name: 'a', cores: 1, after: ['b'] },
        { name: 'b', cores: 1 },
      ]),
    /stage a: "b" in after must be a stage listed before it/,
  );
  assert.doesNotThrow(() => checkPlan(plan));
});
