// npm run fuzz:content [-- --seed N --cases M]: the content fuzzer of
// tests/unit/content/ over a larger range than `npm test` runs, printing the
// counts and every failing case (replay one with caseOf(content, seed, case)).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readContentFiles } from '../src/data/content/files.ts';
import { describeFailure, fuzz } from '../tests/unit/checks/fuzz.ts';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, cases: { type: 'string', default: '20000' }, content: { type: 'string', default: 'content' } },
});
const seed = Number(values.seed);
const started = performance.now();
const r = await fuzz(readContentFiles(resolve(values.content)), { seed, cases: Number(values.cases) });
console.log(
  `content fuzz, seed ${seed}: ${r.cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s: ${r.refused} refused, ${r.accepted} accepted, ${r.failures.length} failures`,
);
for (const [kind, v] of Object.entries(r.byKind)) console.log(`  ${kind.padEnd(22)} ${v.refused} of ${v.cases} refused`);
for (const f of r.failures.slice(0, 30)) console.log(describeFailure(f));
process.exitCode = r.failures.length ? 1 : 0;
