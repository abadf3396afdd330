// The engine builds a second, invented story (tests/fixtures/fictional-story/)
// with no code change: run by `npm run test:story` against its build, with the
// every-page sweep (budgets, links, axe). Nothing of the seed story may leak into it:
// not its site name, tagline, actors or glossary terms, in any page, data file,
// share image's text or search index file. Skipped in the seed's own run.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { DIST } from './built-pages.ts';

test.skip(!process.env.SECOND_STORY, 'runs on the invented story’s build: npm run test:story');

const ROOT = resolve(import.meta.dirname, '../..');
const STORY = process.env.CONTENT_ROOT ?? '';
const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));

/** The seed story's own words: its site name and tagline, every actor's name and every glossary term. */
function seedWords(): string[] {
  const seed = join(ROOT, 'content');
  const site = parse(readFileSync(join(seed, 'site.yaml'), 'utf8'));
  return [site.name, site.tagline, ...yamlIn(join(seed, 'actors')).map((a) => a.name), ...yamlIn(join(seed, 'glossary')).map((g) => g.term)];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A built file's text: Pagefind's index, fragment and metadata files are gzipped; images are read as the text around them. */
function textOf(file: string): string | undefined {
  const bytes = readFileSync(file);
  if (/\.pf_(index|fragment|meta|filter)$/.test(file)) return gunzipSync(bytes).toString('utf8');
  if (/\.(html|json|xml|txt|js|css|svg)$/.test(file) || file.endsWith('_headers')) return bytes.toString('utf8');
  return undefined;
}

test('no word of the seed story appears in any page, data file or search index file of the invented one', () => {
  const words = seedWords();
  expect(words.length).toBeGreaterThan(5);
  const leaks: string[] = [];
  let read = 0;
  for (const file of files(DIST)) {
    const text = textOf(file);
    if (text === undefined) continue;
    read++;
    for (const w of words) if (new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)) leaks.push(`${file.slice(DIST.length)}: ${w}`);
  }
  expect(read).toBeGreaterThan(50);
  expect(leaks, leaks.join('\n')).toEqual([]);
});

test('its claims, timeline and share images are its own', async ({ page }) => {
  const claims = readdirSync(join(STORY, 'claims')).length;
  const events = readdirSync(join(STORY, 'events')).length;
  const site = parse(readFileSync(join(STORY, 'site.yaml'), 'utf8'));
  await page.goto('claims/');
  await expect(page.locator('[data-list="claims"] > li')).toHaveCount(claims);
  await expect(page).toHaveTitle(new RegExp(` — ${site.name}$`));
  await page.goto('timeline/');
  await expect(page.locator('[data-list="events"] > li')).toHaveCount(events);
  await page.goto(`claims/${readdirSync(join(STORY, 'claims'))[0]!.replace(/\.yaml$/, '')}/`);
  // The share image is drawn from the statement, the status, the publishers and the site name.
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', site.name);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/claims\/.+\.png$/);
  await expect(page.locator('footer')).toContainText(site.disclaimer);
});

test('search finds its claims by a reader’s words', async ({ page }) => {
  const [first] = readdirSync(join(STORY, 'claims'));
  const statement: string = parse(readFileSync(join(STORY, 'claims', first!), 'utf8')).statement;
  // Two of the statement's longer words, as a reader might type them.
  const words = statement
    .split(/\W+/)
    .filter((w) => w.length > 6)
    .slice(0, 2)
    .join(' ')
    .toLowerCase();
  await page.goto(`search/?q=${encodeURIComponent(words)}`);
  const results = page.locator('[data-search-results] a');
  await expect(page.getByRole('link', { name: statement }).first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(0);
});

/** The sources of the invented story whose frontmatter has the field, by id. */
const sourcesWith = (field: string) =>
  readdirSync(join(STORY, 'sources'))
    .filter((f) => new RegExp(`^${field}:`, 'm').test(readFileSync(join(STORY, 'sources', f), 'utf8').split('---')[1] ?? ''))
    .map((f) => f.replace(/\.mdx$/, ''));

test('a source imported from a saved page says what the copy left out, the lines behind a disclosure, and keeps none of them in its text', async ({ page }) => {
  const [id] = sourcesWith('leftOut').filter((s) => readFileSync(join(STORY, 'sources', `${s}.mdx`), 'utf8').includes('.html"'));
  expect(id, 'the invented story has a source imported from a saved page').toBeTruthy();
  const front = parse(readFileSync(join(STORY, 'sources', `${id}.mdx`), 'utf8').split('---')[1]!);
  await page.goto(`sources/${id}/`);
  const notice = page.locator('[data-left-out]');
  await expect(notice).toContainText(/Left out of this copy, as not the article: .+\./);
  const text = page.getByRole('region', { name: 'Archived text' });
  for (const line of front.leftOut as { text: string }[]) {
    await expect(notice.getByText(line.text, { exact: true })).toBeHidden();
    await expect(text).not.toContainText(line.text);
  }
  await notice.locator('summary').click();
  for (const line of front.leftOut as { text: string }[]) await expect(notice.getByText(line.text, { exact: true })).toBeVisible();
  // Its date says where on the page it was read.
  await expect(page.locator('main')).toContainText('As the saved page gives it');
});

test('a cut-off copy says so beside the text and where the text stops', async ({ page }) => {
  const [id] = sourcesWith('incomplete');
  expect(id, 'the invented story has a cut-off copy').toBeTruthy();
  await page.goto(`sources/${id}/`);
  await expect(page.locator('[data-copy-incomplete]')).toContainText('Incomplete copy. The copy received ends mid-word');
  // The note comes straight after the last passage.
  const end = page.locator('[data-copy-ends]');
  await expect(end).toContainText('The copy ends here, as received.');
  const last = page.locator('.article-text .passage').last();
  expect(
    await end.evaluate((e, lastPassage) => lastPassage!.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING, await last.elementHandle()),
  ).toBeTruthy();
});
