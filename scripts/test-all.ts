// npm test: every check, in order, each stage timed; a table of the stages at
// the end (what CI prints), and the first failure ends the run with its code.
import { spawn } from 'node:child_process';

/**
 * Groups run one after another; the stages of a group run two at a time. Only the
 * static checks and the unit tests share a group: each is one Node process that
 * leaves the other core idle, and none writes what another reads. Builds share
 * the project's .astro/ folder and the browser suites use both cores, so they
 * run alone.
 */
const GROUPS: string[][] = [
  ['check', 'test:unit', 'lint', 'format:check', 'knip'],
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
const PARALLEL = 2;

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

/** Runs the stages, at most PARALLEL at once, each starting as soon as a place is free. */
async function group(stages: string[]): Promise<boolean> {
  const queue = [...stages];
  let ok = true;
  const lane = async () => {
    for (let stage = queue.shift(); stage; stage = queue.shift()) ok = (await run(stage)) && ok;
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, stages.length) }, lane));
  return ok;
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
