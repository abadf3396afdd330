import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, anchors, claimIdOf, fragment, originalAt, routes, textFragment, withBase, withHighlight } from '../../../src/lib/site/paths.ts';
import { highlightWords } from '../../../src/lib/search/query.ts';

test('links work at the root and under a base path', () => {
  assert.equal(withBase('/', routes.source('x')), '/sources/x/');
  assert.equal(withBase('/explainer/', routes.passage('x', 3)), '/explainer/sources/x/#p-3');
  assert.equal(withBase('/explainer', '/'), '/explainer/');
  assert.equal(absoluteUrl('https://example.org', '/explainer/', routes.claim('c')), 'https://example.org/explainer/claims/c/');
});

test('a link and the element it points at use one anchor', () => {
  assert.equal(anchors.passage(3), 'p-3');
  assert.equal(anchors.event('a'), 'event-a');
  assert.equal(anchors.term('t'), 'term-t');
  assert.equal(anchors.claim('c'), 'claim-c');
  assert.equal(anchors.note('c'), 'note-c');
  assert.equal(anchors.status('reported'), 'status-reported');
  assert.equal(anchors.statuses(), 'statuses');
  assert.equal(fragment(anchors.event('a')), '#event-a');
  assert.equal(routes.passage('x', 3), `${routes.source('x')}${fragment(anchors.passage(3))}`);
  assert.equal(routes.event('a'), `${routes.timeline()}${fragment(anchors.event('a'))}`);
  assert.equal(routes.term('t'), `${routes.glossary()}${fragment(anchors.term('t'))}`);
  assert.equal(routes.searchVocabulary('t'), '/search/vocabulary/t.json', 'under /search/: not a published URL');
  assert.equal(routes.searchWords(), '/search/words.json');
});

test('the status vocabulary is explained on the method explainer', () => {
  assert.equal(routes.method(), '/explainers/method/');
  assert.equal(routes.statuses(), '/explainers/method/#statuses');
  assert.equal(routes.status('reported'), '/explainers/method/#status-reported');
});

test('events keep /timeline/#event-<id> and can be linked on the page that holds them now', () => {
  assert.equal(routes.event('talks-begin'), '/timeline/#event-talks-begin');
  assert.equal(routes.eventOnPage('/timeline/page/3/', 'talks-begin'), '/timeline/page/3/#event-talks-begin');
  assert.equal(routes.eventOnPage(routes.listPage(routes.timeline(), 1), 'a'), routes.event('a'));
});

test('page 1 of a list is the list itself, later pages go under page/N/', () => {
  assert.equal(routes.listPage('/claims/', 1), '/claims/');
  assert.equal(routes.listPage('/claims/', 0), '/claims/');
  assert.equal(routes.listPage('/claims/', 3), '/claims/page/3/');
  assert.equal(routes.listPage(routes.timeline(), 2), '/timeline/page/2/');
});

test('a claim has a share image and a place in the JSON list', () => {
  assert.equal(routes.claimImage('x'), '/og/claims/x.png');
  assert.equal(routes.claimsJson(), '/claims.json');
});

test('the search page carries its query and filters in a stable order', () => {
  assert.equal(routes.searchFor({}), '/search/');
  assert.equal(routes.searchFor({ q: 'door locks' }), '/search/?q=door+locks');
  assert.equal(routes.searchFor({ filters: { actor: ['ecobee', 'amazon'], type: ['claim'] }, q: 'x' }), '/search/?q=x&type=claim&actor=amazon&actor=ecobee');
  assert.equal(routes.searchFor({ filters: { status: ['reported'] } }), '/search/?status=reported');
});

test('a claim URL names its claim; nothing else does', () => {
  assert.equal(claimIdOf(routes.claim('amazon-asked-2')), 'amazon-asked-2');
  assert.equal(claimIdOf('/claims/'), undefined);
  assert.equal(claimIdOf('/claims/x'), undefined);
  assert.equal(claimIdOf('/claims/page/2/'), undefined);
  assert.equal(claimIdOf('/claims/Bad_Id/'), undefined);
  assert.equal(claimIdOf('/explainer/claims/x/'), undefined);
  assert.equal(claimIdOf('/sources/x/'), undefined);
});

test('highlight words ride on the result URL, before the fragment', () => {
  assert.equal(withHighlight('/sources/x/#p-3', highlightWords('door locks')), '/sources/x/?highlight=door%20locks#p-3');
  assert.equal(withHighlight('/claims/y/', highlightWords('Privacy')), '/claims/y/?highlight=privacy');
  assert.equal(withHighlight('/claims/y/', highlightWords('the')), '/claims/y/?highlight=the');
  assert.equal(withHighlight('/search/?q=a#top', ['a&b']), '/search/?q=a&highlight=a%26b#top');
  assert.equal(withHighlight('/claims/y/#x', []), '/claims/y/#x', 'no words, no parameter');
});

test('text fragments are encoded, and long quotes use start,end', () => {
  assert.equal(textFragment('can still be purchased'), '#:~:text=can%20still%20be%20purchased');
  assert.equal(textFragment('a-b, c & d'), '#:~:text=a%2Db%2C%20c%20%26%20d');
  assert.equal(
    textFragment('one two three four five six seven eight nine ten eleven'),
    '#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven',
  );
  assert.equal(textFragment('  one\ntwo  '), '#:~:text=one%20two');
});

test('the original article opens at the quoted words', () => {
  assert.equal(originalAt('https://v.com/a', 'can still be purchased'), 'https://v.com/a#:~:text=can%20still%20be%20purchased');
});
