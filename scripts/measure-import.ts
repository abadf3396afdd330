// npm run measure:import [-- --show tune]: how well the importer tells an
// article from its page's furniture, on cases written blind to its code, by
// half. Only the tune half's mistakes can be listed: the held-out half is
// scored, never read while tuning.
import { parseArgs } from 'node:util';
import { scorePages, scorePasted, type Half } from './lib/import-eval.ts';

const { values } = parseArgs({ options: { show: { type: 'string' } } });
if (values.show && values.show !== 'tune') {
  console.error('measure:import: only the tune half’s mistakes are shown (--show tune); the held-out half stays unread');
  process.exit(1);
}
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '–');

for (const half of ['tune', 'holdout'] as Half[]) {
  const p = scorePasted(half);
  console.log(`\n${half}: pasted texts (${p.cases} cases, ${p.furniture} furniture lines, ${p.article} article lines)`);
  console.log(
    `  furniture left out     ${p.found}/${p.furniture} (${pct(p.found, p.furniture)}); with the right kind ${p.rightKind} (${pct(p.rightKind, p.furniture)})`,
  );
  console.log(`  article lines lost     ${p.articleLost}/${p.article} (${pct(p.articleLost, p.article)})`);
  console.log(
    `  by kind                ${Object.entries(p.byKind)
      .map(([k, v]) => `${k} ${v.found}/${v.lines}`)
      .join(', ')}`,
  );
  const g = scorePages(half);
  console.log(`${half}: saved pages (${g.pages})`);
  console.log(
    `  fields right           ${Object.entries(g.fields)
      .map(([k, v]) => `${k} ${v}/${g.pages}`)
      .join(', ')}`,
  );
  console.log(
    `  passages               ${g.passages}; lost ${g.lost}, kept that are not the article ${g.extra}; furniture inside kept passages ${g.leaks}; pages exact ${g.exact}/${g.pages}`,
  );
  if (values.show === half) for (const e of [...p.errors, ...g.errors]) console.log(`    ${e}`);
}
