import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExplainerLinks, type LinkTargets } from '../../../src/lib/checks/explainer-links.ts';

const targets: LinkTargets = {
  claims: new Set(['board-asked-for-records', 'company-refused']),
  claimAliases: new Map([['board-asked', 'board-asked-for-records']]),
  actors: new Set(['harbour-board']),
  explainers: new Set(['why-it-refused']),
  home: 'the-story',
  passageCount: new Map([['gazette-2025', 12]]),
  events: new Set(['board-writes-to-company']),
  glossary: new Set(['landing-licence']),
};
const check = (body: string) =>
  checkExplainerLinks([{ id: 'x', filePath: 'content/explainers/x.mdx', body }], targets).map((p) => `${p.field}: ${p.message} | ${p.fix}`);

test('links to pages this content builds pass, as do links the built-page check owns', () => {
  const body = [
    'See [the request](/claims/board-asked-for-records/), [the board](/actors/harbour-board/ "The board").',
    'The [passage](/sources/gazette-2025/#p-12), [why](/explainers/why-it-refused/) and the [card](/claims/company-refused/embed/).',
    '[timeline]: /timeline/',
    'Elsewhere: [the list](/claims/page/2/), [a site](https://example.org/claims/nope/), [home](/).',
  ].join('\n');
  assert.deepEqual(check(body), []);
});

test('a mistyped id is named at its line with the id most likely meant; an old id and the home explainer name their address', () => {
  const body = [
    'Intro.',
    '',
    'See [it](/claims/board-asked-for-record/) and [them][b].',
    '',
    '[b]: /actors/harbor-board/',
    'And [old](/claims/board-asked/#claim-x), [home](/explainers/the-story/).',
  ].join('\n');
  assert.deepEqual(check(body), [
    'body, line 3, link to /claims/board-asked-for-record/: no claim has the id "board-asked-for-record", so the link leads to the 404 page | write "board-asked-for-records" if that is the one meant, or link to a claim that exists',
    'body, line 5, link to /actors/harbor-board/: no actor has the id "harbor-board", so the link leads to the 404 page | write "harbour-board" if that is the one meant, or link to an actor that exists',
    'body, line 6, link to /claims/board-asked/#claim-x: "board-asked" is an old id of the claim now called "board-asked-for-records", so the link goes through a redirect | write /claims/board-asked-for-records/#claim-x',
    'body, line 6, link to /explainers/the-story/: "the-story" is the home explainer, whose page is the home page | write /',
  ]);
});

test('a source link names a paragraph the source has; code shows links without making them', () => {
  assert.deepEqual(check('[¶13](/sources/gazette-2025/#p-13) and [x](/sources/gazete-2025/)'), [
    'body, line 1, link to /sources/gazette-2025/#p-13: "gazette-2025" has 12 paragraphs, so there is no paragraph 13 to land on | link to one of ¶1–¶12 (the source page numbers them)',
    'body, line 1, link to /sources/gazete-2025/: no source has the id "gazete-2025", so the link leads to the 404 page | write "gazette-2025" if that is the one meant, or link to a source that exists',
  ]);
  assert.deepEqual(check('Write `[it](/claims/nope/)` like this.\n\n```\n[it](/claims/nope/)\n```'), []);
});

test('a link to one event or glossary term must name one: a near miss names the anchor meant', () => {
  assert.deepEqual(check('[the letter](/timeline/#event-board-writes-to-company) and [licence](/glossary/#term-landing-licence), [all](/timeline/)'), []);
  assert.deepEqual(check('[the letter](/timeline/#event-board-write-to-company)\n[licence](/glossary/#landing-licence) [x](/glossary/#term-fare-cap)'), [
    'body, line 1, link to /timeline/#event-board-write-to-company: no event has the anchor "#event-board-write-to-company", so the link lands at the top of /timeline/ | write /timeline/#event-board-writes-to-company if that is the one meant',
    'body, line 2, link to /glossary/#landing-licence: no glossary term has the anchor "#landing-licence", so the link lands at the top of /glossary/ | write /glossary/#term-landing-licence if that is the one meant',
    'body, line 2, link to /glossary/#term-fare-cap: no glossary term has the anchor "#term-fare-cap", so the link lands at the top of /glossary/ | link to one that exists: /glossary/#term-<id>, the id being its file\'s name in glossary/',
  ]);
});

test('a link to a page of its own for a term or an event names the anchor on the glossary or the timeline', () => {
  assert.deepEqual(check('[licence](/glossary/landing-licence/) and [letter](/timeline/board-writes-to-company)'), [
    'body, line 1, link to /glossary/landing-licence/: a glossary term has no page of its own, so the link leads to the 404 page | write /glossary/#term-landing-licence',
    'body, line 1, link to /timeline/board-writes-to-company: an event has no page of its own, so the link leads to the 404 page | write /timeline/#event-board-writes-to-company',
  ]);
});
