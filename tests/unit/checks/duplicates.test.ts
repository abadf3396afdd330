// The same claim or the same article filed twice, as an editor might: copied
// under a new id, then touched up. Each must be refused naming both files;
// two claims quoting one sentence for different points must not be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleBody, passages } from '../../../src/lib/content/article.ts';
import { checkContent } from '../../../src/lib/checks/content.ts';
import { checkDuplicateClaims, checkDuplicateSources, checkIdenticalEntries, checkSameNames, nearLimit } from '../../../src/lib/checks/duplicates.ts';
import { fixture, lines, ref } from './fixture.ts';

const REFUSED = 'The company refused to share its timetables, citing its passengers’ privacy.';

/** The fixture with a realistic statement on "company-refused" and a copy of it under `id`. */
function withCopy(id: string, statement = REFUSED) {
  const { input, ctx } = fixture();
  const original = input.claims[1]!;
  original.data.statement = REFUSED;
  const copy = structuredClone(original);
  copy.id = id;
  copy.filePath = `content/claims/${id}.yaml`;
  copy.data.statement = statement;
  input.claims.push(copy);
  ctx.files.claims!.push(`${id}.yaml`);
  return { input, ctx, copy };
}

test('the seed fixture has no duplicate claims or sources', () => {
  const { input, ctx } = fixture();
  assert.deepEqual(checkDuplicateClaims(input.claims), []);
  assert.deepEqual(checkDuplicateSources(input.sources, ctx.passages), []);
  assert.deepEqual(checkContent(input, ctx).problems, []);
});

test('a claim copied under a second id is refused once, naming both files, with the fix', () => {
  const { input, ctx } = withCopy('company-said-no');
  const problems = checkContent(input, ctx).problems;
  assert.deepEqual(problems, [
    {
      file: 'content/claims/company-refused.yaml and content/claims/company-said-no.yaml',
      field: 'statement',
      message: '"company-refused" and "company-said-no" are the same claim: the same evidence and the same statement',
      fix: 'keep one: remove content/claims/company-said-no.yaml, or, if the old id "company-said-no" was published, list it under `aliases` of the one kept',
    },
  ]);
});

test('a copy with one word of the statement changed is refused, saying by how much it differs', () => {
  const { input } = withCopy('company-declined', REFUSED.replace('refused', 'declined'));
  assert.deepEqual(lines(checkDuplicateClaims(input.claims)), [
    'content/claims/company-refused.yaml and content/claims/company-declined.yaml → statement: "company-refused" and "company-declined" are the same claim: the same evidence and statements that differ by 5 characters',
  ]);
});

test('white space, case, typographic quotes and the order of evidence do not make a different claim', () => {
  const { input, copy } = withCopy('company-said-no', REFUSED.replace('’', "'").replace('The company', 'the  company'));
  input.claims[1]!.data.evidence.push({ source: ref('sources', 'gazette-report'), quote: 'A spokesperson for the board declined to comment.' });
  copy.data.evidence = [
    { source: ref('sources', 'gazette-report'), quote: 'a spokesperson for the board declined to comment.' },
    { source: ref('sources', 'gazette-report'), quote: "The company said no,\n citing its passengers' privacy." },
  ];
  assert.deepEqual(
    checkDuplicateClaims(input.claims).map((p) => p.message),
    ['"company-refused" and "company-said-no" are the same claim: the same evidence and the same statement'],
  );
});

test('two claims quoting the same sentence for different points are accepted', () => {
  const { input } = withCopy('company-gave-a-reason', 'The company gave its passengers’ privacy as its reason.');
  input.claims[1]!.data.statement = 'The company refused the board’s request.';
  assert.deepEqual(checkDuplicateClaims(input.claims), []);
});

test('the same statement over different evidence is accepted: only the same evidence makes a copy', () => {
  const { input, copy } = withCopy('company-said-no');
  copy.data.evidence[0]!.quote = 'The company said no';
  assert.deepEqual(checkDuplicateClaims(input.claims), []);
});

test('"nearly" is at most 10% of the longer statement, and never less than 3 characters', () => {
  assert.equal(nearLimit('short', 'shorter'), 3);
  assert.equal(nearLimit('x'.repeat(76), 'x'.repeat(77)), 7);
  assert.equal(nearLimit('x'.repeat(200), ''), 20);
});

test('a source archived twice is refused naming both files; a different text, or another cited report, is accepted', () => {
  const { input, ctx } = fixture();
  const original = input.sources[0]!;
  const copy = { ...structuredClone(original), id: 'gazette-copy', filePath: 'content/sources/gazette-copy.mdx' };
  // The same article, pasted with straight quotes and a reflowed paragraph.
  copy.body = original.body.replace('’', "'").replace('declined to', 'declined\nto');
  const other = { ...structuredClone(copy), id: 'gazette-other', filePath: 'content/sources/gazette-other.mdx', body: 'Another article entirely.' };
  const cited = input.sources[1]!;
  const report = {
    ...structuredClone(cited),
    id: 'board-notes',
    filePath: 'content/sources/board-notes.mdx',
    data: { ...structuredClone(cited.data), title: 'Board notes' },
  };
  input.sources.push(copy, other, report);
  for (const s of [copy, other, report]) ctx.passages.set(s.id, passages(parseArticleBody(s.body)));
  assert.deepEqual(checkDuplicateSources(input.sources, ctx.passages), [
    {
      file: 'content/sources/gazette-report.mdx and content/sources/gazette-copy.mdx',
      field: 'body',
      message: '"gazette-report" and "gazette-copy" archive the same text',
      fix: 'keep one: remove content/sources/gazette-copy.mdx and make the claims that quote "gazette-copy" cite "gazette-report"',
    },
  ]);
});

test('10,000 distinct claims, pairs of them quoting one sentence, are checked without comparing all pairs', () => {
  const claims = Array.from({ length: 10_000 }, (_, i) => ({
    id: `claim-${i}`,
    data: {
      statement: i % 2 ? `Claim ${i}: the board asked the ferry company for its timetables.` : `Claim ${i}: the company said no, citing privacy.`,
      evidence: [{ source: ref('sources', `source-${Math.floor(i / 2) % 50}`), quote: `Sentence ${Math.floor(i / 2)} of the article.` }],
    },
  }));
  const started = performance.now();
  assert.deepEqual(checkDuplicateClaims(claims), []);
  const ms = performance.now() - started;
  // No timing assertion (machines differ); the figure is for whoever reads the log.
  console.log(`checkDuplicateClaims: 10,000 claims in ${ms.toFixed(0)} ms`);
  // The same pairs, made copies of each other: each is found, once.
  for (const c of claims) c.data.statement = c.data.statement.replace(/:.*/, '') + ': the same point.';
  assert.equal(checkDuplicateClaims(claims).length, 5_000);
});

test('an actor, event or term filed twice under two names is refused, naming both files', () => {
  const actor = (id: string) => ({ id, filePath: `content/actors/${id}.yaml`, data: { name: 'Harbour Board', kind: 'regulator' } });
  assert.deepEqual(
    checkIdenticalEntries('actors', [actor('board'), actor('board-copy')]).map((p) => `${p.file} → ${p.field}`),
    ['content/actors/board.yaml and content/actors/board-copy.yaml → id'],
  );
  assert.deepEqual(checkIdenticalEntries('actors', [actor('board'), { ...actor('gazette'), data: { name: 'The Gazette', kind: 'publication' } }]), []);
});

test('a cited report (no text) filed twice with the same fields is refused', () => {
  const { input, ctx } = fixture();
  const cited = input.sources[1]!;
  const copy = { ...structuredClone(cited), id: 'cited-copy', filePath: 'content/sources/cited-copy.mdx' };
  ctx.passages.set(copy.id, []);
  assert.deepEqual(
    checkDuplicateSources([...input.sources, copy], ctx.passages).map((p) => `${p.file} → ${p.field}: ${p.message}`),
    [`${cited.filePath} and content/sources/cited-copy.mdx → id: "${cited.id}" and "cited-copy" hold the same fields: one cited report filed twice`],
  );
});

test('two entries under one name, with different words, are refused naming both; a whole copy is left to the identical-entry rule', () => {
  const term = (id: string, term: string, definition: string) => ({ id, filePath: `content/glossary/${id}.yaml`, data: { term, definition } });
  assert.deepEqual(
    checkSameNames('glossary', 'term', [
      term('proactive-state', 'Proactive state', 'One.'),
      term('proactive-state-data', 'Proactive  State', 'Two.'),
      term('x', 'Other', 'Three.'),
    ]),
    [
      {
        file: 'content/glossary/proactive-state.yaml and content/glossary/proactive-state-data.yaml',
        field: 'term',
        message: 'both are called "Proactive state", so readers would meet one name twice with different words',
        fix: 'keep one and merge what the other says into it, or name each for what sets it apart',
      },
    ],
  );
  assert.deepEqual(checkSameNames('glossary', 'term', [term('a', 'Same', 'One.'), term('b', 'Same', 'One.')]), []);
});
