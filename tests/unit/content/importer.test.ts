import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importArticle, importPage, ImportError } from '../../../src/lib/content/importer.ts';
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

test('pasted furniture is left out and recorded with its kind and line; --keep keeps a line read wrongly', () => {
  const raw = [
    'THE HARBOUR POST',
    'Ferry row deepens',
    'By Jane Roe',
    'We may earn a commission from links on this page.',
    '',
    'The harbour board has asked Tidewright Ferries for two years of ticket records.',
    'Image for article titled Ferry row deepens',
    'The company has refused, citing its passengers’ privacy.',
    '',
    'Read also: Quay shelter plans unveiled',
    '',
    'The board meets again in April.',
    '12 Comments',
  ].join('\n');
  const opts = { ...base, title: 'Ferry row deepens', published: '2025-03-20', publisherNames: ['The Harbour Post'] };
  const r = importArticle(raw, opts);
  assert.deepEqual(
    r.leftOut.map((l) => `${l.where} ${l.kind}`),
    ['line 1 tagline', 'line 2 headline', 'line 3 byline', 'line 4 advertising', 'line 7 image-text', 'line 10 related-link', 'line 13 comment-counter'],
  );
  // The alt line sat inside a paragraph's lines: the two lines around it stay two paragraphs, with no furniture in them.
  assert.deepEqual(
    passages(readBack(r.mdx)).map((p) => p.text),
    [
      'The harbour board has asked Tidewright Ferries for two years of ticket records.',
      'The company has refused, citing its passengers’ privacy.',
      'The board meets again in April.',
    ],
  );
  assert.equal((r.frontmatter.leftOut as unknown[]).length, 7);

  const kept = importArticle(raw, { ...opts, keep: ['quay shelter'] });
  assert.deepEqual(
    kept.kept.map((l) => l.text),
    ['Read also: Quay shelter plans unveiled'],
  );
  // Kept, it is text again (a short line on its own reads as a heading).
  assert.match(kept.mdx, /^## Read also: Quay shelter plans unveiled$/m);
  assert.throws(() => importArticle(raw, { ...opts, keep: ['no such words'] }), /--keep "no such words": no line left out holds these words\. The lines left out:\n {2}line 1: "THE HARBOUR POST"/);
});

test('a copy cut off mid-word is recorded as incomplete, with its last words', () => {
  const words = { has: (w: string) => ['alexa', 'receiving'].includes(w), hasPrefix: (p: string) => 'certification'.startsWith(p) };
  const r = importArticle('Amazon threatened to stop receiving Alexa certificat', { ...base, published: '2021-04', words });
  assert.deepEqual(r.cutOff, { how: 'mid-word', tail: 'to stop receiving Alexa certificat' });
  assert.match(r.mdx, /^incomplete:\n {2}note: "The copy received ends mid-word \(“…to stop receiving Alexa certificat”\); the rest of the article is not archived here\."$/m);
  assert.equal(importArticle('It ended.', { ...base, published: '2021' }).frontmatter.incomplete, undefined);
});

test('a saved page gives the title, date and its basis, and address; a flag wins over the page', async () => {
  const { readSavedPage } = await import('../../../src/lib/content/archive/saved-page.ts');
  const html = readFileSync(new URL('../../fixtures/fictional-story/content/seeds/harbour-post-2025-03-20.html', import.meta.url), 'utf8');
  const page = readSavedPage(html);
  const r = importPage(page, { id: 'hp', publisher: 'harbour-post', publisherNames: ['The Harbour Post'] });
  assert.equal(r.frontmatter.title, 'Saltmere ferry firm refuses to give harbour board its passenger records');
  assert.deepEqual(r.frontmatter.published, { date: '2025-03-20', basis: 'As the saved page gives it (its JSON-LD datePublished: 2025-03-20T07:30:00+00:00).' });
  assert.equal(r.frontmatter.url, 'https://www.harbour-post.test/news/2025/03/20/saltmere-ferry-firm-refuses-passenger-records');
  assert.deepEqual(
    r.leftOut.map((l) => l.kind),
    ['caption', 'advertising', 'related-link'],
  );
  assert.ok(!r.mdx.includes('Photo: The Harbour Post'.replace(':', '\\:')));
  const flagged = importPage(page, { id: 'hp', publisher: 'harbour-post', title: 'Our title', published: '2025-03', url: 'https://example.com/x' });
  assert.equal(flagged.frontmatter.title, 'Our title');
  assert.equal(flagged.frontmatter.published, '2025-03');
  assert.equal(flagged.frontmatter.url, 'https://example.com/x');
  assert.throws(() => importPage({ ...page, published: undefined }, { id: 'hp', publisher: 'p' }), /missing required field: --published \(the page gives no date/);
});
