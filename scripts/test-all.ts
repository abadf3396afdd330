// npm test: every check, in order, each stage timed; a table of the stages at
// the end (what CI prints), and the first failure ends the run with its code.
// Stages in one group run side by side: each is a single Node process that
// leaves the machine's other core idle, and none writes what another reads.
import { spawn } from 'node:child_process';

/** Groups run one after another; the stages of a group run at once. */
const GROUPS: string[][] = [
  ['check', 'lint', 'format:check', 'knip'],
  ['test:unit'],
  ['test:build'],
  ['build'],
  ['test:e2e'],
  ['test:engines'],
  ['audit'],
  ['build:base'],
  ['test:base'],
  ['build:story'],
  ['test:story'],
];
const PARALLEL = Number(process.env.TEST_PARALLEL ?? 1);

const times: { stage: string; seconds: number; ok: boolean }[] = [];

function run(stage: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', stage], { stdio: 'inherit' });
    child.on('exit', (code) => {
      times.push({ stage, seconds: (performance.now() - started) / 1000, ok: code === 0 });
      done(code === 0);
    });
  });
}

async function group(stages: string[]): Promise<boolean> {
  const results: boolean[] = [];
  for (let i = 0; i < stages.length; i += PARALLEL) results.push(...(await Promise.all(stages.slice(i, i + PARALLEL).map(run))));
  return results.every(Boolean);
}

const started = performance.now();
let ok = true;
for (const stages of GROUPS) {
  if (!(await group(stages))) {
    ok = false;
    break;
  }
}
const table = times.map((t) => `  ${t.stage.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)} s${t.ok ? '' : '  FAILED'}`).join('\n');
console.log(`\nstages:\n${table}\n  ${'all'.padEnd(14)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
process.exitCode = ok ? 0 : 1;
