import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datePart, PageError, readSavedPage } from '../../../../src/lib/content/archive/saved-page.ts';

const BODY = '<p>The harbour board met on Tuesday and asked Tidewright Ferries for its ticket records again, its minutes show.</p>'.repeat(3);
/** A page with the given head and an article; the body's extra HTML goes before the text. */
const page = (head: string, extra = '', after = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry row deepens | The Harbour Post</title>${head}</head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Ferry row deepens</h1>${extra}${BODY}${after}</article></main><footer>© The Harbour Post</footer></body></html>`;
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test('the date comes from JSON-LD, then article:published_time, then the byline’s <time>, and says which', () => {
  const meta = '<meta property="article:published_time" content="2025-03-19T23:00:00Z">';
  const time = '<p class="byline">By Jane Roe <time datetime="2025-03-18">18 March</time></p>';
  assert.deepEqual(readSavedPage(page(ld({ '@type': 'NewsArticle', datePublished: '2025-03-20T00:30:00+01:00' }) + meta, time)).published, {
    date: '2025-03-20',
    from: 'json-ld',
    value: '2025-03-20T00:30:00+01:00',
  });
  assert.equal(readSavedPage(page(meta, time)).published?.from, 'meta');
  assert.deepEqual(readSavedPage(page('', time)).published, { date: '2025-03-18', from: 'time', value: '2025-03-18' });
  // An "Updated" time is not the publication date.
  assert.equal(readSavedPage(page('', '<p class="byline">Updated <time datetime="2025-04-01">1 April</time></p>')).published, undefined);
});

test('a JSON-LD @graph and a publisher given by @id are followed', () => {
  const graph = ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'NewsMediaOrganization', '@id': 'https://post.test/#org', name: 'The Harbour Post' },
      { '@type': 'NewsArticle', headline: 'Ferry row deepens', datePublished: '2025-03-20', publisher: { '@id': 'https://post.test/#org' } },
    ],
  });
  const r = readSavedPage(page(graph));
  assert.equal(r.siteName, 'The Harbour Post');
  assert.equal(r.headline, 'Ferry row deepens');
  assert.equal(r.published?.date, '2025-03-20');
});

test('headline, address and site name: og tags and the canonical link first, the <title> last', () => {
  const r = readSavedPage(page('<link rel="canonical" href="https://post.test/ferry"><meta property="og:url" content="https://post.test/ferry?utm=x"><meta property="og:title" content="Ferry row deepens | The Harbour Post">'));
  assert.equal(r.canonical, 'https://post.test/ferry');
  // No og:site_name: the <title>'s end names the site, and og:title loses it.
  assert.equal(r.siteName, 'The Harbour Post');
  assert.equal(r.headline, 'Ferry row deepens');
});

test(`the article's blocks, with figures, boxes and named parts marked; scripts and buttons have no text`, () => {
  const r = readSavedPage(
    page(
      '',
      '<figure><img src="q.jpg" alt="The quay"><figcaption>The quay at dawn. <span>Photo: Jane Roe</span></figcaption></figure><div class="share-bar"><a>Share on Facebook</a></div>',
      '<ul><li>The board meets again in April.</li><li>The licence is due in the autumn.</li></ul><h2>What next</h2><p>It waits for the board&rsquo;s word.<script>x()</script><button>Copy</button></p>',
    ),
  );
  const lines = r.blocks.map((b) => [b.type, b.text, b.within ?? b.named ?? ''].join(' | '));
  assert.ok(lines.includes('paragraph | The quay at dawn. Photo: Jane Roe | figure'), lines.join('\n'));
  assert.ok(lines.includes('item | The board meets again in April. | '), lines.join('\n'));
  assert.ok(lines.includes('heading | What next | '), lines.join('\n'));
  assert.ok(lines.includes('paragraph | It waits for the board’s word. | '), lines.join('\n'));
});

test('a page with no article in it is refused', () => {
  assert.throws(() => readSavedPage('<!doctype html><html><body><nav>Home</nav></body></html>'), PageError);
});

test('a machine date gives its calendar day as written', () => {
  assert.equal(datePart('2024-11-05T21:48:00-05:00'), '2024-11-05');
  assert.equal(datePart('2025-03'), '2025-03');
  assert.equal(datePart('March 5, 2025'), undefined);
});
