import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSources, type SourceLike } from '../../../src/lib/checks/sources.ts';
import { parseArticleBody, passages } from '../../../src/lib/content/article.ts';
import type { Seed } from '../../../src/lib/content/archive/seed.ts';

const text = (t: string): Seed => ({ kind: 'text', text: t });

test('articles need text, cited reports have none, seed files must exist', () => {
  const problems = checkSources(
    [
      { id: 'a', data: { kind: 'article' }, body: '  ' },
      { id: 'b', data: { kind: 'cited-report' }, body: 'Some text' },
      { id: 'c', data: { kind: 'article', seedFile: 'gone.txt' }, body: 'Text' },
      { id: 'd', data: { kind: 'article', seedFile: 'here.txt' }, body: 'Text' },
      { id: 'e', data: { kind: 'cited-report' } },
    ],
    (name) => (name === 'here.txt' ? text('Text') : undefined),
  );
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.field}`),
    ['content/sources/a:body', 'content/sources/b:kind', 'content/sources/c:seedFile'],
  );
  assert.match(problems[0]!.fix, /npm run import/);
});

/** Checks one archived article, its body the paragraphs given, against a seed. */
function check(seed: Seed, paragraphs: string[], leftOut: SourceLike['data']['leftOut'] = []) {
  const body = paragraphs.join('\n\n');
  return checkSources(
    [{ id: 'v', filePath: 'content/sources/v.mdx', data: { kind: 'article', seedFile: 'v.txt', leftOut }, body }],
    () => seed,
    new Map([['v', passages(parseArticleBody(body))]]),
  );
}

test('every paragraph of an archived article is word for word in its seed; one an editor added or changed is refused', () => {
  const seed = text('Ecobee said no.\n\nIt cited “privacy”  concerns.\n\n0 Comments');
  const declared = [{ text: '0 Comments', kind: 'comment-counter' }];
  // Quotes and spacing may differ.
  assert.deepEqual(check(seed, ['Ecobee said no.', 'It cited "privacy" concerns.'], declared), []);
  const [added] = check(seed, ['Ecobee said no.', 'It cited "privacy" concerns.', 'Update: Amazon replied.'], declared);
  assert.equal(added!.field, 'body, paragraph 3');
  assert.match(added!.message, /is not in the article as archived \(content\/seeds\/v\.txt\): "Update: Amazon replied\."/);
});

test('a paragraph of the seed missing from the archive is refused, naming the file, the line and the words; declared, it passes', () => {
  const seed = text('We may earn a commission from links on this page.\n\nEcobee said no.\n\nIt cited privacy concerns.\n\nAmazon declined to comment.');
  const [missing, ...rest] = check(
    seed,
    ['Ecobee said no.', 'Amazon declined to comment.'],
    [{ text: 'We may earn a commission from links on this page.', kind: 'advertising' }],
  );
  assert.equal(rest.length, 0);
  assert.equal(missing!.file, 'content/sources/v.mdx');
  assert.equal(missing!.field, 'body');
  assert.match(missing!.message, /misses a paragraph of the article as received \(content\/seeds\/v\.txt, line 5\): "It cited privacy concerns\."/);
  assert.match(missing!.fix, /restore the paragraph .*or, if it is not the article .*declare it under leftOut/);
  // The advertising notice, undeclared, is missing too.
  const undeclared = check(seed, ['Ecobee said no.', 'It cited privacy concerns.', 'Amazon declined to comment.']);
  assert.equal(undeclared.length, 1);
  assert.match(undeclared[0]!.message, /line 1\): "We may earn a commission/);
});

test('a declared line the seed lacks, or one the archive still holds, is refused at its entry', () => {
  const seed = text('Photo: Jane Roe\n\nEcobee said no.');
  const problems = check(
    seed,
    ['Ecobee said no.'],
    [
      { text: 'Photo: Jane Roe', kind: 'credit' },
      { text: 'Photo: Jane Doe', kind: 'credit' },
      { text: 'Ecobee said no.', kind: 'other' },
    ],
  );
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    [
      'leftOut[1]: "Photo: Jane Doe" is not a line of content/seeds/v.txt, so it cannot have been left out',
      'leftOut[2]: "Ecobee said no." is declared as left out (other), but the archive still holds it',
    ],
  );
});

test('a line left out from inside a hard-wrapped paragraph leaves the paragraph whole', () => {
  // Pasted with blank lines between paragraphs: a credit glued under the first line.
  const seed = text('Image for article titled Ecobee says no\nEcobee said no to the request on Monday.\n\nIt cited privacy concerns.');
  assert.deepEqual(
    check(
      seed,
      ['Ecobee said no to the request on Monday.', 'It cited privacy concerns.'],
      [{ text: 'Image for article titled Ecobee says no', kind: 'image-text' }],
    ),
    [],
  );
});

test('two paragraphs an editor joined lose no words; more than five missing paragraphs are counted', () => {
  const seed = text(['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', 'Eight.'].join('\n'));
  assert.deepEqual(check(seed, ['One. Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', 'Eight.']), []);
  const problems = check(seed, ['One.']);
  assert.equal(problems.length, 6);
  assert.match(problems[5]!.message, /misses 2 more paragraphs/);
});

test('a saved page is checked block by block, and one no article can be read from is named', () => {
  const page: Seed = {
    kind: 'page',
    blocks: [
      { type: 'paragraph', text: 'The quay at dawn. Photo: Jane Roe', within: 'figure' },
      { type: 'paragraph', text: 'The board met on Tuesday.' },
      { type: 'item', text: 'It meets again in April.' },
    ],
  };
  assert.deepEqual(
    check(page, ['The board met on Tuesday.', '- It meets again in April.'], [{ text: 'The quay at dawn. Photo: Jane Roe', kind: 'caption' }]),
    [],
  );
  const [missing] = check(page, ['The board met on Tuesday.'], [{ text: 'The quay at dawn. Photo: Jane Roe', kind: 'caption' }]);
  assert.match(missing!.message, /block 3 of the page's article\): "It meets again in April\."/);
  const [unreadable] = check({ kind: 'unreadable', reason: 'no article text was found in the page' }, ['Text.']);
  assert.equal(unreadable!.field, 'seedFile');
  assert.match(unreadable!.message, /read as a saved web page, and no article text was found/);
});

test('a sentence marked as no claim must be in the archived text', () => {
  const body = 'Ecobee said no.';
  const problems = checkSources(
    [{ id: 'v', filePath: 'content/sources/v.mdx', data: { kind: 'article', notClaims: [{ text: 'Ecobee said no' }, { text: 'Amazon said yes' }] }, body }],
    () => undefined,
    new Map([['v', passages(parseArticleBody(body))]]),
  );
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    ['notClaims[1].text: "Amazon said yes" is not in the archived text, so it marks no sentence'],
  );
});
