import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupOrder, intentOf, quotesActor, rankForIntent, unquoted } from '../../../src/lib/search/intent.ts';
import { heavyWords, HEAVY_WORD_COUNT, searchWords, withAliases } from '../../../src/lib/search/data.ts';
import { normalizeWords } from '../../../src/lib/content/words.ts';
import type { DisplayResult } from '../../../src/lib/search/results.ts';

const names = withAliases(
  searchWords(
    [
      { id: 'board', name: 'Harbour Board', alsoKnownAs: ['port authority'] },
      { id: 'gazette', name: 'The Gazette', alsoKnownAs: [], kind: 'publication' },
      { id: 'ferries', name: 'Bay Ferries', alsoKnownAs: [] },
    ],
    [{ id: 'timetable', name: 'Timetable', alsoKnownAs: ['schedule'] }],
  ),
);

/** The best matches of a query, without the names they were found by. */
const bestOf = (q: string) => intentOf(q, names).best.map((b) => ({ type: b.type, path: b.path }));

const result = (type: DisplayResult['type'], url: string, extra: Partial<DisplayResult> = {}): DisplayResult => ({
  type,
  url,
  title: url,
  excerpt: '',
  actors: [],
  score: 1,
  coverage: 1,
  shownCoverage: 1,
  ...extra,
});

test('"what did X say" puts on-the-record claims by X first, without hiding others', () => {
  const intent = intentOf('What did the port authority say about fares?', names);
  assert.deepEqual(intent.prefer, { status: 'statement', actors: ['board'], speakers: ['harbour board', 'port authority'] });
  const ranked = rankForIntent(
    [
      result('claim', '/claims/reported/', { score: 3, statusKey: 'reported', actors: ['board'] }),
      result('claim', '/claims/said-by-other/', { score: 2, statusKey: 'statement', actors: ['gazette'] }),
      result('claim', '/claims/said-by-board/', { score: 2, statusKey: 'statement', actors: ['board'] }),
      result('event', '/timeline/#e'),
    ],
    intent,
  );
  assert.deepEqual(
    ranked.map((r) => r.url),
    ['/claims/said-by-board/', '/claims/said-by-other/', '/claims/reported/', '/timeline/#e'],
  );
});

test('"when" wants the timeline first; "who reported" the sources, listed; "what is" the glossary', () => {
  assert.deepEqual(groupOrder(intentOf('when did the board ask', names)).slice(0, 3), ['best', 'event', 'claim']);
  const reported = intentOf('who reported it first', names);
  assert.equal(reported.list, 'source');
  assert.deepEqual(groupOrder(reported).slice(1, 2), ['source']);
  assert.deepEqual(intentOf('what is a schedule', names).first, ['term']);
  assert.deepEqual(intentOf('ferry fares', names), { first: [], prefer: { actors: [] }, best: [] });
});

test('a query that is a name or alias makes that page the best match', () => {
  assert.deepEqual(bestOf('gazette'), [{ type: 'actor', path: '/actors/gazette/' }]);
  assert.deepEqual(bestOf('Who is the Port Authority?'), [{ type: 'actor', path: '/actors/board/' }]);
  assert.deepEqual(bestOf('schedule'), [{ type: 'term', path: '/glossary/#term-timetable' }]);
  const ranked = rankForIntent(
    [result('claim', '/claims/c/'), result('actor', '/base/actors/gazette/'), result('actor', '/base/actors/board/')],
    intentOf('the gazette', names),
  );
  assert.deepEqual(
    ranked.map((r) => [r.type, r.url]),
    [
      ['best', '/base/actors/gazette/'],
      ['claim', '/claims/c/'],
      ['actor', '/base/actors/board/'],
    ],
  );
});

test('within a kind, hits holding every word come before higher-scored partial ones', () => {
  const ranked = rankForIntent([result('claim', '/a/', { score: 9, coverage: 0.5 }), result('claim', '/b/', { score: 1 })], intentOf('ferry', names));
  assert.deepEqual(
    ranked.map((r) => r.url),
    ['/b/', '/a/'],
  );
});

test('the words file pairs each alias with its name once loaded', () => {
  assert.deepEqual(names.aliases, [
    { phrase: 'port authority', means: 'harbour board' },
    { phrase: 'schedule', means: 'timetable' },
  ]);
});

test('heavy words: those counted at least HEAVY_WORD_COUNT times; a file without them has none', () => {
  assert.deepEqual(
    heavyWords([
      ['kalo', HEAVY_WORD_COUNT + 5],
      ['lolo', HEAVY_WORD_COUNT],
      ['karu', HEAVY_WORD_COUNT - 1],
    ]),
    ['kalo', 'lolo'],
  );
  assert.deepEqual(withAliases({ actors: [], terms: [] }).heavy, []);
  assert.deepEqual(withAliases(searchWords([], [], { heavy: ['kalo'] })).heavy, ['kalo']);
});

test('best match forgives a cut-short or slightly misspelt name, when only one name fits', () => {
  assert.deepEqual(bestOf('harbour boad'), [{ type: 'actor', path: '/actors/board/' }]);
  assert.deepEqual(bestOf('harbo'), [{ type: 'actor', path: '/actors/board/' }]);
  assert.deepEqual(bestOf('gaz'), [], 'under five letters, too many names would fit');
  assert.deepEqual(bestOf('gazete'), [{ type: 'actor', path: '/actors/gazette/' }]);
});

test('an alias is found by its own name', () => {
  assert.deepEqual(intentOf('port authority', names).best[0]?.name, 'harbour board');
});

test('a query of names alone makes each named page a best match; any other word, none', () => {
  assert.deepEqual(bestOf('harbour board'), [{ type: 'actor', path: '/actors/board/' }]);
  assert.deepEqual(bestOf('the port authority report'), [{ type: 'actor', path: '/actors/board/' }]);
  assert.deepEqual(bestOf('gazette schedule'), [
    { type: 'actor', path: '/actors/gazette/' },
    { type: 'term', path: '/glossary/#term-timetable' },
  ]);
  assert.deepEqual(bestOf('gazette fares board'), [], '"fares" names nothing');
  const ranked = rankForIntent(
    [result('claim', '/claims/c/'), result('actor', '/actors/gazette/'), result('term', '/glossary/#term-timetable')],
    intentOf('gazette schedule', names),
  );
  assert.deepEqual(
    ranked.map((r) => r.type),
    ['best', 'best', 'claim'],
  );
});

test("actors named together ask what passed between them: no page of theirs leads, but a publication's does", () => {
  assert.deepEqual(bestOf('harbour board bay ferries'), [], "the claims about both, not each one's page");
  assert.deepEqual(bestOf('bay ferries and the port authority'), []);
  // "The Gazette's article about the board": the publication's page.
  assert.deepEqual(bestOf('gazette harbour board'), [{ type: 'actor', path: '/actors/gazette/' }]);
  assert.deepEqual(bestOf('the gazette and the port authority report'), [{ type: 'actor', path: '/actors/gazette/' }]);
});

test('what someone said is asked of whoever is named before the verb of saying, not of whom they answered', () => {
  assert.deepEqual(intentOf('how did bay ferries respond to the harbour board', names).prefer, {
    status: 'statement',
    actors: ['ferries'],
    speakers: ['bay ferries'],
  });
  assert.deepEqual(intentOf("what did the harbour board's chair tell bay ferries", names).prefer.actors, ['board']);
  // Someone who speaks for the one named: the one named.
  assert.deepEqual(intentOf("what did bay ferries' spokesman tell the gazette", names).prefer.actors, ['ferries']);
  assert.deepEqual(intentOf("what did the harbour board's chair say", names).prefer.actors, ['board']);
  // No one named before the verb: whoever the question names.
  assert.deepEqual(intentOf('what was said to the gazette', names).prefer.actors, ['gazette']);
});

test('a yes-no question about what someone said is a "what did X say" question', () => {
  const intent = intentOf('did the gazette say anything publicly?', names);
  assert.deepEqual(intent.prefer, { status: 'statement', actors: ['gazette'], speakers: ['gazette'] });
  assert.deepEqual(intentOf('did the gazette raise fares', names).first, [], 'a yes-no question about something else');
});

test('"what did X say" also lifts a claim that gives X\'s words, above claims holding more of the words', () => {
  const ranked = rankForIntent(
    [
      result('claim', '/claims/about-fares/', { title: 'Fares rose after the gazette printed the timetable.', coverage: 1, statusKey: 'reported' }),
      result('claim', '/claims/gazette-says/', { title: 'The Gazette says fares may have to rise.', coverage: 0.67, statusKey: 'analysis' }),
      result('claim', '/claims/according/', { title: 'According to the Gazette, the board met.', coverage: 0.34, statusKey: 'reported' }),
    ],
    intentOf('what did the gazette say about fares', names),
  );
  assert.deepEqual(
    ranked.map((r) => r.url),
    ['/claims/gazette-says/', '/claims/about-fares/', '/claims/according/'],
  );
});

test('a why-question lifts claims that give a reason; a what-happens-if question those that give a threat or an outcome', () => {
  const claims = [
    result('claim', '/claims/refused/', { title: 'The ferry line refused the new timetable.', coverage: 1 }),
    result('claim', '/claims/because/', { title: 'The ferry line refused, fearing lost fares.', coverage: 0.8 }),
    result('claim', '/claims/threat/', { title: 'The board threatened to cancel its licence.', coverage: 0.8 }),
  ];
  const order = (q: string) => rankForIntent(claims, intentOf(q, names)).map((r) => r.url);
  assert.equal(order('why did the ferry line refuse the timetable')[0], '/claims/because/');
  assert.equal(order('what happens if the ferry line refuses the timetable')[0], '/claims/threat/');
  assert.equal(order('ferry line timetable')[0], '/claims/refused/', 'without a question form, the words decide');
  // A hint, not a verdict: a claim holding far more of the words stays ahead of a cue.
  const far = [result('claim', '/claims/all-words/', { title: 'x', coverage: 1 }), result('claim', '/claims/cue/', { title: 'because', coverage: 0.5 })];
  assert.equal(rankForIntent(far, intentOf('why did the board meet', names))[0]!.url, '/claims/all-words/');
});

test('a question asking what someone is lifts the claim that says what they are, above a claim holding more of its words', () => {
  const says = (d: RegExp | undefined, statement: string) => d?.test(normalizeWords(statement)) ?? false;
  for (const q of [
    'what kind of company is bay ferries',
    'what does bay ferries make',
    'what country is bay ferries based in',
    'where is bay ferries from',
    'what is bay ferries',
  ])
    assert.ok(says(intentOf(q, names).prefer.describes, 'Bay Ferries is a Canadian ferry operator.'), q);
  const describes = intentOf('what kind of company is bay ferries', names).prefer.describes;
  assert.ok(says(describes, 'Bay Ferries, a family firm, runs two boats.'));
  assert.equal(says(describes, 'The Gazette is a weekly.'), false, 'another actor');
  assert.equal(says(describes, 'The board says Bay Ferries is a risk.'), false, 'said of them inside another statement');
  // "What is" or "who was" asks what someone is only when the rest is their name.
  assert.equal(intentOf('what is bay ferries asking the board for', names).prefer.describes, undefined);
  assert.equal(intentOf('who was bay ferries pressing', names).prefer.describes, undefined);
  assert.equal(intentOf('did bay ferries raise fares', names).prefer.describes, undefined);
  const ranked = rankForIntent(
    [
      result('claim', '/claims/company-fares/', { title: 'The company raised fares, the Gazette says.', coverage: 0.75, score: 3 }),
      result('claim', '/claims/who-they-are/', { title: 'Bay Ferries is a Canadian ferry operator.', coverage: 0.5 }),
    ],
    intentOf('what kind of company is bay ferries', names),
  );
  assert.equal(ranked[0]!.url, '/claims/who-they-are/');
});

test('a claim quotes an actor when it is their statement, has them speak, or gives their account; not when it only names them', () => {
  const gazette = { id: 'gazette', phrases: ['the gazette', 'gazette'] };
  const claim = (statement: string, status = 'reported', actors: string[] = []) => ({ statement, status, actors });
  assert.ok(quotesActor(gazette, claim('Fares will rise.', 'statement', ['gazette'])));
  assert.ok(quotesActor(gazette, claim('The Gazette says fares will rise.')));
  assert.ok(quotesActor(gazette, claim('The Gazette also reported that fares rose.')));
  assert.ok(quotesActor(gazette, claim('According to the Gazette, fares rose.')));
  assert.equal(quotesActor(gazette, claim('Fares rose, and the board wrote to the Gazette.', 'reported', ['gazette'])), false);
  assert.equal(quotesActor(gazette, claim('Fares will rise.', 'statement', ['board'])), false);
  // How editors and reporters put it otherwise: a quote marked as quoting them, a spokesperson, a refusal to comment.
  assert.ok(quotesActor(gazette, { ...claim('Fares will rise, the board was told.'), quoting: ['gazette'] }));
  for (const s of [
    'A Gazette spokesperson said fares would rise.',
    'Gazette editor Jane Doe told the board no.',
    'In a statement, the Gazette said no.',
    'The Gazette declined to comment.',
  ])
    assert.ok(quotesActor(gazette, claim(s)), s);
});

test('"what did X say" of an actor no claim quotes names them as the question does; of one quoted, or of several, nothing', () => {
  const actors = names.actors.map((a) => (a.id === 'board' ? { ...a, quoted: true as const } : a));
  assert.equal(unquoted(intentOf('what did bay ferries say about the fares', names), actors), 'bay ferries');
  // "Respond", "deny" may be answered by what they did: not asked as words.
  assert.equal(unquoted(intentOf('how did bay ferries respond to the harbour board', names), actors), undefined);
  assert.equal(unquoted(intentOf("what did bay ferries' spokesman tell the gazette", names), actors), 'bay ferries');
  // The one named is spoken about, or told: not asked for their words.
  assert.equal(unquoted(intentOf('what did the reports say about bay ferries', names), actors), undefined);
  assert.equal(unquoted(intentOf('what was bay ferries told', names), actors), undefined);
  assert.equal(unquoted(intentOf('what has bay ferries been told by the board', names), actors), undefined);
  assert.equal(unquoted(intentOf('what did the port authority say', names), actors), undefined);
  assert.equal(unquoted(intentOf('did bay ferries raise fares', names), actors), undefined, 'asks for no words');
  assert.equal(unquoted(intentOf('what was said about fares', names), actors), undefined, 'names no one');
});
