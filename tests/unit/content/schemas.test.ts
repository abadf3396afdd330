// Field rules of every collection and the messages an editor reads, checked on
// the schemas themselves with a stand-in for Astro's reference().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { contentSchemas, fuzzyDate, kebab, oneSentence, sentence } from '../../../src/lib/content/schemas.ts';

const reference = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as Parameters<typeof contentSchemas>[0];
const schemas = contentSchemas(reference);

/** "field: message" for each issue, as the build log shows them. */
function issues(schema: z.ZodType, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const event = { when: '2021-04', title: 'Amazon asks.', summary: 'It asks.', claims: ['c'] };
const claim = { statement: 'Amazon asked.', status: 'reported', topics: ['t'], evidence: [{ source: 's', quote: 'asked' }] };

test('a valid event and claim parse, references becoming { collection, id }', () => {
  assert.deepEqual(issues(schemas.events, event), []);
  const parsed = schemas.claims.parse(claim);
  assert.deepEqual(parsed.evidence[0]!.source, { collection: 'sources', id: 's' });
  assert.deepEqual(parsed.aliases, []);
});

test('dates say what is wrong and what to write', () => {
  assert.deepEqual(issues(fuzzyDate, '2021-13-45'), [
    ": \"2021-13-45\" is not a date: there is no month 13; write YYYY, YYYY-MM, YYYY-MM-DD, 'before <date>', 'as of <date>' or 'undated'",
  ]);
  assert.deepEqual(issues(fuzzyDate, '2021-02-30'), [': "2021-02-30" is not a real day: February 2021 has 28 days']);
  assert.match(
    issues(schemas.events, { ...event, when: 'before April 2021' })[0]!,
    /^when: "April 2021" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, 'before <date>', 'as of <date>' or 'undated'/,
  );
  assert.deepEqual(issues(fuzzyDate, { date: '2021-04', basis: '“last year”' }), []);
});

test('required text says it is missing, not "Required"', () => {
  assert.deepEqual(issues(sentence, undefined), [': is missing: this field is required']);
  assert.deepEqual(issues(sentence, 3), [': must be text']);
  assert.deepEqual(issues(sentence, '   '), [': must not be empty']);
  const { title: _t, ...noTitle } = event;
  assert.deepEqual(issues(schemas.events, noTitle), ['title: is missing: this field is required']);
});

test('a claim statement is exactly one sentence', () => {
  assert.deepEqual(issues(oneSentence, 'Amazon asked. It said nothing else.'), [': must be exactly one sentence, ending with a full stop']);
  assert.deepEqual(issues(oneSentence, 'Amazon asked'), [': must be exactly one sentence, ending with a full stop']);
  assert.deepEqual(issues(oneSentence, "Amazon's spokesman, Mr. Jones, told the U.S. paper that Amazon.com Inc. wanted the data."), []);
  assert.deepEqual(issues(oneSentence, 'The Verge says “Amazon asked.”'), []);
  assert.deepEqual(issues(schemas.claims, { ...claim, statement: 'One. Two.' }), ['statement: must be exactly one sentence, ending with a full stop']);
});

test('events and diagram steps must be backed by claims; claims need a topic and a quote', () => {
  assert.deepEqual(issues(schemas.events, { ...event, claims: [] }), [
    'claims: every event must be backed by at least one claim; list the ids of the claims that report it',
  ]);
  assert.deepEqual(issues(schemas.claims, { ...claim, topics: [], evidence: [] }), [
    'topics: needs at least one topic',
    'evidence: needs at least one quote from a source',
  ]);
  const diagram = { title: 'D.', description: 'D.', participants: ['a', 'b'], steps: [{ from: 'a', to: 'b', kind: 'request', label: 'Asks.', claims: [] }] };
  assert.deepEqual(issues(schemas.diagrams, diagram), ['steps.0.claims: every step must be backed by at least one claim']);
});

test('ids, vocabularies and unknown fields are refused', () => {
  assert.deepEqual(issues(kebab, 'Old_Id'), [': must be a lowercase kebab-case id (a-z, 0-9, single hyphens)']);
  assert.equal(issues(schemas.claims, { ...claim, status: 'rumour' }).length, 1);
  assert.match(issues(schemas.claims, { ...claim, statment: 'typo' })[0]!, /statment/);
  assert.equal(issues(schemas.sources, { title: 'T', publisher: 'p', publisherBasis: 'guessed', published: '2021' }).length, 1);
});

test("readers' words are a list, and one written alone says how to make it one", () => {
  const actor = { name: 'Amazon Web Services', kind: 'company', role: 'Sells hosting.' };
  assert.deepEqual(issues(schemas.actors, { ...actor, alsoKnownAs: ['AWS'] }), []);
  assert.deepEqual(issues(schemas.actors, { ...actor, alsoKnownAs: 'AWS' }), ['alsoKnownAs: must be a list, even of one word: write [AWS]']);
  assert.deepEqual(issues(schemas.actors, { ...actor, alsoKnownAs: { AWS: 1 } }), [
    'alsoKnownAs: must be a list of the words readers use, like [AWS, cloud hosting]',
  ]);
  assert.deepEqual(issues(schemas.actors, { ...actor, alsoKnownAs: ['A'] }), ['alsoKnownAs.0: an empty or one-letter word would match everything; remove it']);
});

test('a group the sources leave unnamed is marked with true or false, and a word in its place says which', () => {
  const group = { name: 'Other sellers', kind: 'company', role: 'Sellers the article does not name.' };
  const ok = schemas.actors.safeParse({ ...group, unnamed: true });
  assert.equal(ok.success && ok.data.unnamed, true);
  const plain = schemas.actors.safeParse(group);
  assert.equal(plain.success && plain.data.unnamed, false);
  assert.deepEqual(issues(schemas.actors, { ...group, unnamed: 'yes' }), [
    'unnamed: must be true or false: true when the sources speak of this group without naming who is in it',
  ]);
});

test('a correction is dated to the day and says what changed and why', () => {
  const ok = schemas.claims.safeParse({ ...claim, corrections: [{ date: new Date('2026-11-26'), changed: 'It said X.', reason: 'Wrong.' }] });
  assert.equal(ok.success && ok.data.corrections[0]!.date, '2026-11-26');
  assert.deepEqual(issues(schemas.claims, { ...claim, corrections: [{ date: '2026-11', changed: 'It said X.', reason: 'Wrong.' }] }), [
    'corrections.0.date: "2026-11" is not a day; write the day it was published, like 2026-11-26',
  ]);
  assert.deepEqual(issues(schemas.claims, { ...claim, corrections: [{ date: '2026-02-30', changed: 'It said X.' }] }), [
    'corrections.0.date: "2026-02-30" is not a real day: February 2026 has 28 days',
    'corrections.0.reason: is missing: this field is required',
  ]);
});

test('text shown as plain text refuses markup, naming what would show', () => {
  assert.deepEqual(issues(sentence, 'Amazon **pressed** Ecobee.'), [': is shown as plain text, so **pressed** would appear as written; remove the markup']);
  assert.deepEqual(issues(sentence, 'A <script>alert(1)</script> term.'), [': is shown as plain text, so <script> would appear as written; remove the markup']);
  assert.deepEqual(issues(sentence, 'See [the report](https://x.example/).'), [
    ': is shown as plain text, so [the report](https://x.example/) would appear as written; remove the markup',
  ]);
  assert.deepEqual(issues(sentence, 'Fewer than 5 < 6 devices, and a_b_c.'), []);
});

test('a source or actor url is a web address, never javascript: or ftp:', () => {
  const actor = { name: 'The Verge', kind: 'publication', role: 'A site.' };
  assert.deepEqual(issues(schemas.actors, { ...actor, url: 'https://www.theverge.com/' }), []);
  assert.deepEqual(issues(schemas.actors, { ...actor, url: 'javascript:alert(1)' }), [
    'url: must be a web address starting with https:// (got "javascript:alert(1)")',
  ]);
  assert.deepEqual(issues(schemas.actors, { ...actor, url: 'ftp://x.example/a' }), [
    'url: must be a web address starting with https:// (got "ftp://x.example/a")',
  ]);
});

test('a statement longer than a share card holds is refused with its length', () => {
  const long = `Amazon asked Ecobee for data ${'and more data '.repeat(25)}when customers were not using Alexa.`;
  assert.deepEqual(issues(schemas.claims, { ...claim, statement: long }), [
    `statement: is ${long.length} characters long: a claim is one sentence a reader can share, at most 300 characters (say the rest in another claim)`,
  ]);
});

test('a title or name too long for a heading is refused with its length and the limit', () => {
  const event = { when: '2021-04', title: 'A'.repeat(121), summary: 'Something happened.', claims: ['c'] };
  assert.deepEqual(issues(schemas.events, event), ['title: is 121 characters long: a title is shown as a heading, at most 120 characters']);
  assert.deepEqual(issues(schemas.events, { ...event, title: 'A'.repeat(120) }), []);
  assert.deepEqual(issues(schemas.glossary, { term: 'T'.repeat(61), definition: 'A word.' }), ['term: is 61 characters long: a name is shown as a heading, at most 60 characters']);
});

test("an event's order is a whole number, or unknown where the sources do not say", () => {
  const event = { when: '2021-04-15', title: 'T', summary: 'S.', claims: ['c'] };
  const parsed = schemas.events.safeParse({ ...event, order: 'unknown' });
  assert.ok(parsed.success && parsed.data.orderUnknown && parsed.data.order === 0);
  assert.ok(schemas.events.safeParse({ ...event, order: 2 }).success);
  assert.deepEqual(issues(schemas.events, { ...event, order: 'first' }), ['order: must be a whole number (1, 2, …), or unknown where the sources do not say']);
});

test('a cut-off copy says so in a note: incomplete: true is refused with the form to write', () => {
  const source = { title: 'T', kind: 'article', publisher: 'p', publisherBasis: 'stated', published: '2021-04' };
  assert.ok(schemas.sources.safeParse({ ...source, incomplete: { note: 'The copy received ends mid-word.' } }).success);
  assert.deepEqual(issues(schemas.sources, { ...source, incomplete: true }), [
    'incomplete: is a note readers see, not a yes or no: write incomplete: { note: "The copy received ends mid-sentence." }',
  ]);
});
