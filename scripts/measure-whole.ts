// npm run measure:whole [-- --show tune]: how well explainer sentences about the
// sources as a whole are found, on sentences written blind to the detector, by
// half; only the tune half's mistakes can be listed.
import { scoreWhole } from './lib/whole-eval.ts';

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
if (show && show !== 'tune') {
  console.error('measure:whole: only the tune half’s mistakes are shown (--show tune)');
  process.exit(1);
}
for (const half of ['tune', 'holdout'] as const) {
  const s = scoreWhole(half);
  console.log(`${half}: ${s.cases} sentences, ${s.whole} about the sources as a whole: recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}`);
  if (show === half) for (const e of s.errors) console.log(`  ${e}`);
}
