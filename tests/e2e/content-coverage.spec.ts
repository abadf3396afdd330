import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArticleBody, passages } from '../../src/lib/content/article.ts';
import { locateQuote } from '../../src/lib/content/quotes.ts';
import { uncoveredSentences } from '../../src/lib/content/marks.ts';
import { markOf } from '../../src/lib/views/coverage.ts';
import { parse } from 'yaml';
import { claimsJson } from './site-env.ts';
import { chunked } from './built-pages.ts';

// Journalism check: every sentence of every archived article is quoted by at
// least one claim, or marked in its source as no claim with why (notClaims:
// an aside, the outlet's own promotion), so nothing the sources say is left
// out of the claims unaccounted for.
// One test per chunk of sources, so no test's time grows with the corpus.
const dir = resolve(import.meta.dirname, '../../content/sources');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();

for (const chunk of chunked(files, 5, (f) => f.replace(/\.mdx$/, ''), 'sources')) {
  test(`every sentence of every archived article is quoted by a claim or marked as no claim: ${chunk.name}`, () => {
    const { claims } = claimsJson();
    const uncovered: string[] = [];
    for (const file of chunk.items) {
      const id = file.replace(/\.mdx$/, '');
      const [, front = '', ...rest] = readFileSync(join(dir, file), 'utf8').split(/^---$/m);
      const body = rest.join('---');
      const marks = ((parse(front) ?? {}) as { notClaims?: { text: string; why: string }[] }).notClaims ?? [];
      const ps = passages(parseArticleBody(body));
      if (!ps.length) continue;
      const quotes = claims.flatMap((c) => c.evidence.filter((e) => e.source === id).map((e) => locateQuote(ps, e.quote)!));
      for (const p of ps) {
        for (const s of uncoveredSentences(
          p.text,
          quotes.filter((q) => q.n === p.n),
        ))
          if (!markOf(s.text, marks)) uncovered.push(`${id} ¶${p.n}: ${s.text}`);
      }
    }
    expect(uncovered, uncovered.join('\n')).toEqual([]);
  });
}

test('the method page shows readers the coverage figures `npm run coverage` prints', async ({ page }) => {
  const cli = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/coverage.ts')], { encoding: 'utf8', env: { ...process.env } });
  const [, covered, total] = /coverage: (\d+) of (\d+) sentences/.exec(cli.stdout)!;
  await page.goto('explainers/method/');
  await expect(page.getByText(`Of the ${total} sentences in the archived articles, ${covered} (`)).toBeVisible();
  const perArticle = cli.stdout.match(/^ {2}\S+ +\d+\/\d+ +\d+%$/gm) ?? [];
  const items = page.locator('[data-coverage] > li');
  await expect(items).toHaveCount(perArticle.length);
  for (const line of perArticle) {
    const [, c, t, share] = /(\d+)\/(\d+) +(\d+%)/.exec(line)!;
    await expect(items.filter({ hasText: `${c} of ${t} sentences quoted (${share})` })).toHaveCount(1);
  }
});
