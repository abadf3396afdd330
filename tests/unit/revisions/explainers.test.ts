// An explainer goes stale in silence no more: what it rests on is fingerprinted
// at its last reading, and a change names its lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExplainerReviews, fingerprint, relianceOf, restsOn, type CurrentExplainer } from '../../../src/lib/revisions/explainers.ts';

const BODY = [
  '',
  'Amazon asked for the data, <Claim id="amazon-asked">the Journal reports</Claim>.',
  'See [the request](/timeline/#event-the-request) and <Cite source="verge" p={3} />.',
  'Nothing in the sources dates the request, and [one article](/sources/ac/#p-2) gives no day.',
  '`<Claim id="in-code">` is an example, not a use.',
  '',
].join('\n');

test('an explainer rests on the claims it marks or links, the events it links, the sources it cites, and the set of sources where it speaks of them as a whole', () => {
  const r = relianceOf(BODY);
  assert.deepEqual([...r.keys()].sort(), ['claim:amazon-asked', 'event:the-request', 'source:ac', 'source:verge', 'sources']);
  assert.deepEqual(r.get('claim:amazon-asked'), [{ line: 2, words: 'the Journal reports' }]);
  assert.deepEqual(
    r.get('sources')!.map((l) => l.line),
    [4],
  );
  assert.equal(r.get('sources')![0]!.words, 'Nothing in the sources dates the request, and one article gives no day.');
});

const records = (claim: unknown) =>
  new Map<string, unknown>([
    ['claim:amazon-asked', claim],
    ['event:the-request', { when: 'before 2021-04' }],
    ['source:verge', { title: 'T' }],
    ['source:ac', { title: 'A' }],
    ['sources', ['ac', 'verge']],
  ]);

function explainer(claim: unknown, sources = ['ac', 'verge']): CurrentExplainer {
  const reliance = relianceOf(BODY);
  const r = records(claim);
  r.set('sources', sources);
  return { id: 'the-story', file: 'content/explainers/the-story.mdx', reliance, restsOn: restsOn(reliance, r) };
}

test('nothing changed, nothing to reread; a changed claim or set of sources names the lines and the command that records a new reading', () => {
  const lock = { 'the-story': { reviewed: '2026-11-20', restsOn: explainer({ s: 1 }).restsOn } };
  assert.deepEqual(checkExplainerReviews(lock, [explainer({ s: 1 })], 'content/published-claims.json'), []);
  const [p] = checkExplainerReviews(lock, [explainer({ s: 2 }, ['ac', 'post', 'verge'])], 'content/published-claims.json', (k) =>
    k === 'sources' ? 'post added' : undefined,
  );
  assert.equal(p!.file, 'content/explainers/the-story.mdx');
  assert.equal(
    p!.message,
    'rests on what changed since it was last reread on 2026-11-20 (content/published-claims.json): claim amazon-asked: reread line 2 ("the Journal reports"); the set of sources (post added): reread line 4 ("Nothing in the sources dates the request, and one article gives no day.")',
  );
  assert.match(p!.fix, /npm run reviewed -- the-story$/);
  // A new explainer is recorded by the next lock; a thing that is gone is refused where it went.
  assert.deepEqual(checkExplainerReviews({}, [explainer({ s: 2 })], 'x'), []);
  const gone = explainer({ s: 1 });
  gone.restsOn['claim:amazon-asked'] = 'gone';
  assert.deepEqual(checkExplainerReviews(lock, [gone], 'x'), []);
});

test('fingerprints are short, stable and differ with their record', () => {
  assert.equal(fingerprint({ a: 1 }), fingerprint({ a: 1 }));
  assert.notEqual(fingerprint({ a: 1 }), fingerprint({ a: 2 }));
  assert.match(fingerprint([1, 2]), /^[0-9a-f]{8}$/);
});
