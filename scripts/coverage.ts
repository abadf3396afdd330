// npm run coverage — per archived article, the share of its sentences some
// claim quotes, those marked as no claim (notClaims, with why), and the
// sentences left: where the next claim could come from, or the next mark.
// Quotes are placed as the build places them (src/lib/checks/quotes.ts).
import { contentRoot } from '../src/lib/content/root.ts';
import { placeQuote } from '../src/lib/checks/quotes.ts';
import { percent, sourceCoverage, totalCoverage } from '../src/lib/views/coverage.ts';
import { readClaims, readSources } from './lib/read-content.ts';

const root = contentRoot();
const sources = readSources(root).filter((s) => s.passages.length);
if (!sources.length) {
  console.error(
    `coverage: no archived article in ${root}/sources/, so there is nothing to cover.\n  Fix: import one first (npm run import -- <article.txt> …), or set CONTENT_ROOT to a story's content folder`,
  );
  process.exit(1);
}
const claims = readClaims(root);
const rows = sources.map((s) => {
  const spans = claims.flatMap((c) =>
    c.evidence
      .filter((e) => e.source === s.id)
      .flatMap((e) => {
        const placed = placeQuote(s.id, s.passages, e.quote, e.paragraph);
        return 'location' in placed ? [placed.location] : [];
      }),
  );
  return { id: s.id, ...sourceCoverage(s.passages, spans, s.notClaims) };
});
const total = totalCoverage(rows);
console.log(
  `coverage: ${total.covered} of ${total.sentences} sentences in ${rows.length} archived article(s) are quoted by a claim (${percent(total.covered, total.sentences)})`,
);
const width = Math.max(...rows.map((r) => r.id.length), 6);
for (const r of rows) {
  console.log(`  ${r.id.padEnd(width)}  ${`${r.covered}/${r.sentences}`.padStart(7)}  ${percent(r.covered, r.sentences).padStart(4)}`);
  for (const u of r.uncovered) console.log(`      ¶${u.n}  ${u.text}`);
  if (r.marked.length) console.log(`      marked as no claim: ${r.marked.map((m) => `¶${m.n} (${m.why})`).join('; ')}`);
}
const left = rows.reduce((n, r) => n + r.uncovered.length, 0);
if (left)
  console.log(
    `\n${left} sentence(s) neither quoted nor marked. Quote one in a claim (npm run claim:new), or mark it as no claim in its source: notClaims: [{ text: "…", why: "…" }]`,
  );
