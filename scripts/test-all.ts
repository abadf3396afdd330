// npm test: every check, each stage timed; a table of the stages at the end
// (what CI prints), and the first failure ends the run with its code.
import { spawn } from 'node:child_process';
import { checkPlan, startable, type Stage } from './lib/stage-plan.ts';

/**
 * The order is the priority. The single-process stages run two at a time; the
 * Astro commands (check, the builds, test:build's fixture builds and dev
 * servers) write the project's .astro/ folder, so one at a time, and every
 * build is made before the browser suite starts, while the other core lints.
 * The main browser suite uses both cores and runs alone, so nothing slows it:
 * its waits are for a reader's pace, not a loaded machine's; so are the dev
 * server's, which runs alone next. After it, five one-core stages share the two cores: test:build (the longest) on one, the
 * audit, the engine journeys and the base-path and second-story suites (one
 * browser worker each) on the other as they come free, so neither core idles
 * while the other finishes.
 */
const ASTRO = '.astro';
/** One browser worker, and a results folder of its own: Playwright empties its folder as a run starts, and two run at once here. */
const ONE_WORKER = (stage: string) => ['--workers=1', `--output=test-results/${stage.replace(':', '-')}`];
const PLAN: Stage[] = [
  { name: 'check', cores: 1, lock: ASTRO },
  { name: 'test:unit', cores: 1 },
  { name: 'build', cores: 1, lock: ASTRO },
  { name: 'build:paged', cores: 1, lock: ASTRO },
  { name: 'build:base', cores: 1, lock: ASTRO },
  { name: 'build:story', cores: 1, lock: ASTRO },
  { name: 'lint', cores: 1 },
  // The editor's command-line tools on scratch content folders: no Astro, so beside the builds.
  { name: 'test:tools', cores: 1 },
  { name: 'format:check', cores: 1 },
  { name: 'knip', cores: 1 },
  { name: 'test:e2e', cores: 2, after: ['build', 'build:paged', 'build:base', 'build:story'] },
  // The dev server and a browser under it wait for a reader's pace: alone on both cores, or a loaded machine outruns their waits.
  { name: 'test:dev', cores: 2, lock: ASTRO, after: ['test:e2e'] },
  { name: 'test:build', cores: 1, lock: ASTRO, after: ['test:e2e'] },
  { name: 'audit', cores: 1, after: ['test:e2e'] },
  // One browser at a time (the engines run in turn): one core.
  { name: 'test:engines', cores: 1, after: ['test:e2e'] },
  // The longer of the two first, to the core that comes free first.
  { name: 'test:base', cores: 1, after: ['test:e2e'], args: ONE_WORKER('test:base') },
  { name: 'test:story', cores: 1, after: ['test:e2e'], args: ONE_WORKER('test:story') },
];
checkPlan(PLAN);
/** As on CI: two at a time, whatever the machine (two Playwright runs at once would share test-results/). */
const CORES = 2;

const times: { stage: string; start: number; seconds: number; ok: boolean }[] = [];
const started = performance.now();
const clock = () => (performance.now() - started) / 1000;

function run(stage: string): Promise<boolean> {
  const start = clock();
  const args = PLAN.find((s) => s.name === stage)?.args ?? [];
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', stage, ...(args.length ? ['--', ...args] : [])], { stdio: 'inherit' });
    child.on('exit', (code) => {
      times.push({ stage, start, seconds: clock() - start, ok: code === 0 });
      done(code === 0);
    });
  });
}

const done = new Set<string>();
const running = new Set<string>();
let failed = false;
await new Promise<void>((finish) => {
  const next = () => {
    if (!failed) for (const s of startable(PLAN, { done, running }, CORES)) launch(s.name);
    if (!running.size) finish();
  };
  const launch = (stage: string) => {
    running.add(stage);
    void run(stage).then((ok) => {
      running.delete(stage);
      done.add(stage);
      failed ||= !ok;
      next();
    });
  };
  next();
});

const table = times
  .sort((a, b) => a.start - b.start)
  .map((t) => `  ${t.stage.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)} s  from ${t.start.toFixed(0).padStart(4)} s${t.ok ? '' : '  FAILED'}`)
  .join('\n');
const skipped = PLAN.filter((s) => !done.has(s.name)).map((s) => s.name);
console.log(
  `\nstages:\n${table}\n  ${'all'.padEnd(14)} ${clock().toFixed(1).padStart(6)} s${skipped.length ? `\n  not run after the failure: ${skipped.join(', ')}` : ''}`,
);
process.exitCode = failed ? 1 : 0;
