import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExplainerRefs, checkHome, checkRequiredExplainers, type MdxTargets } from '../../../src/lib/checks/explainers.ts';
import { lines } from './fixture.ts';

const targets = (): MdxTargets => ({
  claims: new Set(['c1']),
  glossary: new Set(['t1']),
  diagrams: new Set(['d1']),
  events: new Set(['e1']),
  passageCount: new Map([
    ['article', 4],
    ['report', 0],
  ]),
  claimAliases: new Map([['old-c1', 'c1']]),
});
const check = (body: string) => lines(checkExplainerRefs([{ id: 'x', filePath: 'content/explainers/x.mdx', body }], targets()));
const fixOf = (body: string) => checkExplainerRefs([{ id: 'x', body }], targets()).map((p) => p.fix);

test('known ids and paragraphs in range pass, in every attribute form', () => {
  assert.deepEqual(
    check('<Claim id="c1">a</Claim> <Claim id=\'c1\' card /> <Term id={"t1"}>t</Term> <Diagram id="d1" /> <Cite source="article" p={4} /> <StatusList />'),
    [],
  );
});

test('an unknown claim, term, diagram or source is reported at its line with the tag', () => {
  assert.deepEqual(check('<Claim id="c2">a</Claim>\n<Term id="t2">t</Term>\n\n<Diagram id="d2" /> <Cite source="nope" p={1} />'), [
    'content/explainers/x.mdx → body, line 1, <Claim id="c2">: no claims entry has the id "c2"',
    'content/explainers/x.mdx → body, line 2, <Term id="t2">: no glossary entry has the id "t2"',
    'content/explainers/x.mdx → body, line 4, <Diagram id="d2" />: no diagrams entry has the id "d2"',
    'content/explainers/x.mdx → body, line 4, <Cite source="nope" p={1} />: no sources entry has the id "nope"',
  ]);
});

test('<Cite> past the last paragraph, without a number, or of a report without text is refused with the range', () => {
  assert.deepEqual(check('<Cite source="article" p={99} />'), [
    'content/explainers/x.mdx → body, line 1, <Cite source="article" p={99} />: "article" has 4 paragraphs, so there is no paragraph 99',
  ]);
  assert.deepEqual(fixOf('<Cite source="article" p={99} />'), ['pick the paragraph (1–4) from /sources/article/']);
  assert.deepEqual(fixOf('<Cite source="article" p={0} />'), ['write p={N} with N from 1 to 4']);
  assert.deepEqual(fixOf('<Cite source="article" p={n} />'), ['write p={N} with N from 1 to 4']);
  assert.deepEqual(check('<Cite source="report" p={1} />'), [
    'content/explainers/x.mdx → body, line 1, <Cite source="report" p={1} />: "report" has no archived text, so no paragraph of it can be cited',
  ]);
});

test('a missing or unknown attribute, an id given as an expression, and an unknown component are refused', () => {
  assert.deepEqual(check('<Cite source="article" />'), ['content/explainers/x.mdx → body, line 1, <Cite source="article" />: <Cite> needs p=…']);
  assert.deepEqual(fixOf('<Cite source="article" />'), ['write it as <Cite source="…" p={3} />']);
  assert.deepEqual(check('<Claim>x</Claim>'), ['content/explainers/x.mdx → body, line 1, <Claim>: <Claim> needs id=…']);
  assert.deepEqual(check('<Term id="t1" href="/x/">t</Term>'), [
    'content/explainers/x.mdx → body, line 1, <Term id="t1" href="/x/">: <Term> has no attribute href',
  ]);
  assert.deepEqual(check('<Claim id={someId}>x</Claim>'), [
    'content/explainers/x.mdx → body, line 1, <Claim id={someId}>: the claim id must be written as text',
  ]);
  assert.deepEqual(check('<Claims id="c1">x</Claims>'), [
    'content/explainers/x.mdx → body, line 1, <Claims id="c1">: <Claims> is not a component explainers can use',
  ]);
});

test("an old claim id names the claim's new id", () => {
  assert.deepEqual(fixOf('<Claim id="old-c1">x</Claim>'), ['write id="c1"']);
});

test('a tag shown as code is not a use', () => {
  assert.deepEqual(check('Write `<Claim id="c9">` in a sentence.\n\n```\n<Term id="t9" />\n```\n'), []);
});

test('exactly one explainer is the home page', () => {
  const e = (id: string, home: boolean) => ({ id, filePath: `content/explainers/${id}.mdx`, data: { home } });
  assert.deepEqual(checkHome([e('a', true), e('b', false)]), []);
  assert.deepEqual(lines(checkHome([e('a', false)])), [
    'content/explainers/a.mdx → home: no explainer is marked as the home page (this one comes first in the reading order)',
  ]);
  assert.deepEqual(lines(checkHome([e('a', true), e('b', true)])), [
    'content/explainers/a.mdx, content/explainers/b.mdx → home: more than one explainer is marked as the home page',
  ]);
  assert.deepEqual(checkHome([]), []);
});

test('a required explainer must exist, not be the home page, and keep what links point at', () => {
  const req = [{ id: 'method', why: 'status badges', body: /<StatusList\b/, bodyHint: 'keep <StatusList />' }];
  const m = (home: boolean, body: string) => [{ id: 'method', filePath: 'content/explainers/method.mdx', body, data: { home } }];
  assert.deepEqual(checkRequiredExplainers(m(false, '<StatusList />'), req), []);
  assert.deepEqual(lines(checkRequiredExplainers([], req)), ['content/explainers/method.mdx → file: this explainer is missing, and status badges link to it']);
  assert.deepEqual(lines(checkRequiredExplainers(m(true, '<StatusList />'), req)), [
    'content/explainers/method.mdx → home: this explainer cannot be the home page: status badges link to /explainers/method/',
  ]);
  assert.deepEqual(lines(checkRequiredExplainers(m(false, 'No list.'), req)), ['content/explainers/method.mdx → body: keep <StatusList />']);
});

test('what MDX would read otherwise is refused at its line: p as text, card with a value, an empty Term, a lowercase component, a brace in prose', () => {
  const out = check(
    [
      'Intro with a {/* comment */} and <Claim id="c1">words</Claim>.',
      '<Cite source="article" p="3" />',
      '<Claim id="c1" card="false" />',
      'A <Term id="t1" /> here.',
      'Amazon <claim id="c1">asked</claim>, as <cite>The Verge</cite> put it.',
      'It wants {temperature, locks} and \\{escaped\\} braces.',
      '```',
      'code {is} fine',
      '```',
    ].join('\n'),
  );
  assert.deepEqual(out, [
    'content/explainers/x.mdx → body, line 2, <Cite source="article" p="3" />: p is written as text ("3"), which MDX passes on as text',
    'content/explainers/x.mdx → body, line 3, <Claim id="c1" card="false" />: card is a switch, not a value: any value, even "false", shows the card',
    'content/explainers/x.mdx → body, line 4, <Term id="t1" />: <Term> links the words inside it, and this one has none',
    'content/explainers/x.mdx → body, line 5, <claim id="c1">: <claim> in lowercase is a plain HTML element, so the claim would not show',
    'content/explainers/x.mdx → body, line 6, {temperature, locks}: a brace in the text starts code in MDX, and this code would fail while the page renders',
  ]);
  assert.deepEqual(fixOf('<Cite source="article" p="3" /> <claim id="c1">x</claim>'), ['write p={3}', 'write <Claim id="c1"> with a capital letter']);
});

test('an explainer with an empty body is refused', () => {
  assert.deepEqual(check('  \n'), ['content/explainers/x.mdx → body: is empty, so the page would be blank (and listed, searched and in the sitemap)']);
});

test('<EventDate> and <SourceCount> read the content: an event id must exist; the count takes nothing', () => {
  assert.deepEqual(check('It happened <EventDate id="e1" />, from <SourceCount />.'), []);
  const [p] = checkExplainerRefs([{ id: 'x', filePath: 'content/explainers/x.mdx', body: 'On <EventDate id="e2" />.' }], targets());
  assert.match(p!.message, /no events entry has the id "e2"/);
  assert.match(check('On <EventDate />.')[0]!, /<EventDate> needs id/);
});
