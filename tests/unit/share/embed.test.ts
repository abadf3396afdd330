import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedHeight, embedSnippet, oembed, EMBED_WIDTH } from '../../../src/lib/share/embed.ts';

test('the snippet is one iframe, its attributes escaped', () => {
  const s = embedSnippet('https://x.example/claims/a/embed/', 'Amazon said "no" & <left>', 400);
  assert.equal(
    s,
    `<iframe src="https://x.example/claims/a/embed/" title="Amazon said &quot;no&quot; &amp; &lt;left>" width="${EMBED_WIDTH}" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>`,
  );
});

test('the height grows with the quotes and the correction line, within bounds', () => {
  const one = embedHeight('A short claim.', ['three words here'], false);
  const two = embedHeight('A short claim.', ['three words here', 'x'.repeat(200)], false);
  assert.ok(two > one + 100, `${one} → ${two}`);
  assert.equal(embedHeight('A short claim.', ['three words here'], true), one + 30);
  assert.equal(embedHeight('x'.repeat(5000), Array(40).fill('y'.repeat(500)), true), 1200);
  assert.equal(one % 10, 0);
});

test('the oEmbed response has the fields the spec requires of a rich type', () => {
  const o = oembed({ embedUrl: 'https://x.example/claims/a/embed/', title: 'A claim.', height: 300, providerName: 'Site', providerUrl: 'https://x.example/' });
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  assert.match(o.html, /^<iframe src="https:\/\/x\.example\/claims\/a\/embed\/"/);
  assert.equal(o.width, EMBED_WIDTH);
  assert.equal(o.height, 300);
  assert.equal(typeof o.provider_name, 'string');
});
