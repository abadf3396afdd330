import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importArticle, ImportError } from '../../../src/lib/content/importer.ts';
import { takeLeadingDate } from '../../../src/lib/content/archive/raw-blocks.ts';
import { parseArticleBody, passages } from '../../../src/lib/content/article.ts';

const seed = (name: string) => readFileSync(new URL(`../../../content/seeds/${name}`, import.meta.url), 'utf8');
const VERGE = seed('000_6ce41bf959fd6d3b.txt');
const AC = seed('003_e7b328a352b39bf4.txt');
const base = { id: 'x', title: 'T', publisher: 'p' };

/** The body of an imported file, read back the way source pages read it. */
const readBack = (mdx: string) => parseArticleBody(mdx.split(/^---$/m).slice(2).join('---'));

test('Verge seed: the leading date line becomes the published date, leaves the text and is recorded as left out', () => {
  const r = importArticle(VERGE, base);
  assert.equal(r.frontmatter.published, '2021-04-15');
  assert.ok(!r.mdx.split('---').slice(2).join('---').includes('date 2021-04-15'));
  assert.deepEqual(r.frontmatter.leftOut, [{ text: 'date 2021-04-15', kind: 'date-line' }]);
  const ps = passages(readBack(r.mdx));
  assert.equal(ps.length, 6);
  assert.match(ps[0]!.text, /^Amazon tried to use its power to coerce Ecobee/);
  assert.match(ps[5]!.text, /doesn’t talk about agreements with partners\.$/);
});

test('Verge seed: typographic apostrophes and the em dash survive unchanged', () => {
  const text = passages(readBack(importArticle(VERGE, base).mdx))
    .map((p) => p.text)
    .join('\n');
  assert.ok(text.includes('Ecobee’s ability'));
  assert.ok(text.includes('develop products — something that’s come up'));
});

test('Android Central seed: heading, list of three, six paragraphs; the comment counter is left out and recorded', () => {
  const r = importArticle(AC, { ...base, published: '2021-04' });
  const blocks = readBack(r.mdx);
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['paragraph', 'heading', 'list', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
  );
  assert.equal(blocks[1]!.type === 'heading' && blocks[1]!.text, 'What you need to know');
  assert.equal(blocks[2]!.type === 'list' && blocks[2]!.items.length, 3);
  assert.ok(!r.mdx.split('---').slice(2).join('---').includes('Commentaires'));
  assert.deepEqual(r.frontmatter.leftOut, [{ text: '0 Commentaires', kind: 'comment-counter' }]);
  assert.deepEqual(
    r.leftOut.map((l) => l.where),
    ['line 11'],
  );
  assert.match(r.mdx, /^## What you need to know$/m);
  assert.match(r.mdx, /^- A new report from The Wall Street Journal/m);
});

test('every word of a seed survives the round trip, in order', () => {
  for (const [raw, opts] of [
    [VERGE, base],
    [AC, { ...base, published: '2021-04' }],
  ] as const) {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const blocks = readBack(importArticle(raw, opts).mdx);
    const back = blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => `- ${i.text}`) : [b.text])).join(' ');
    const expected = takeLeadingDate(raw).rest.replace(/0 Commentaires\s*$/, '');
    assert.deepEqual(words(back), words(expected));
  }
});

test('MDX syntax in the text is escaped and reads back literally', () => {
  const raw = 'date 2021-01-02\nUse {props} and <script>alert(1)</script> & *stars* _under_ [link](x) `code`.\n# not a heading\n1. not a list\n> not a quote';
  const r = importArticle(raw, base);
  const body = r.mdx.split('---\n').slice(2).join('---\n');
  assert.ok(!/(^|[^\\])[{<]/.test(body), `unescaped { or < in:\n${body}`);
  const texts = passages(readBack(r.mdx)).map((p) => p.text);
  assert.deepEqual(texts, [
    'Use {props} and <script>alert(1)</script> & *stars* _under_ [link](x) `code`.',
    '# not a heading',
    '1. not a list',
    '> not a quote',
  ]);
});

test('refuses an empty article and names missing fields', () => {
  assert.throws(
    () => importArticle('date 2021-04-15\n\n0 Comments\n', base),
    (e: Error) => e instanceof ImportError && /empty/.test(e.message),
  );
  assert.throws(() => importArticle('Text.', { id: 'x' }), /missing required fields: --title, --publisher, --published/);
  assert.throws(() => importArticle('Text.', { ...base, published: '2021-02-30' }), /--published: .*not a real day/);
  assert.throws(() => importArticle('Text.', { ...base, id: 'Bad_Id', published: '2021' }), /--id "Bad_Id" must be lowercase kebab-case/);
  assert.throws(() => importArticle('Text.', { ...base, published: '2021', url: 'not a url' }), /--url/);
});

test('frontmatter strings stay strings: a title with a colon, a month-only date', () => {
  const r = importArticle('Text.', { ...base, title: 'Amazon: yes', published: '2021-04', url: 'https://example.com/a' });
  assert.match(r.mdx, /^title: "Amazon: yes"$/m);
  assert.match(r.mdx, /^published: "2021-04"$/m);
});

test('a date basis is kept with the date', () => {
  const r = importArticle('Text.', { ...base, published: '2021-04', publishedBasis: 'month only' });
  assert.match(r.mdx, /^published:\n {2}date: "2021-04"\n {2}basis: "month only"$/m);
});
