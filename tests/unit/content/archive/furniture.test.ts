// The furniture classifier, rule by rule. Its figures on cases written blind
// to it are in `npm run measure:import`; these pin each shape and, above all,
// the article lines that start like furniture and must stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findFurniture, shapeOf } from '../../../../src/lib/content/archive/furniture.ts';
import { rawLines } from '../../../../src/lib/content/archive/raw-blocks.ts';

const seed = (name: string) => readFileSync(new URL(`../../../../content/seeds/${name}`, import.meta.url), 'utf8');

test('each kind by its shape alone', () => {
  const cases: [string, string][] = [
    ['0 Commentaires', 'comment-counter'],
    ['12 Comments', 'comment-counter'],
    ['Comments (4)', 'comment-counter'],
    ['View 41 comments', 'comment-counter'],
    ['Join the conversation', 'comment-counter'],
    ['Advertisement', 'advertising'],
    ['— ADVERTISEMENT —', 'advertising'],
    ['Story continues below advertisement', 'advertising'],
    ['We may earn a commission from links on this page.', 'advertising'],
    ['Image for article titled Ecobee says no', 'image-text'],
    ['[Image: the town quay at dawn]', 'image-text'],
    ['Photo: Jane Roe / Harbour Post', 'credit'],
    ['(Getty Images)', 'credit'],
    ['Illustration by Sam Poe', 'credit'],
    ['The quay at dawn on Tuesday. Photo: Jane Roe', 'caption'],
    ['Read also: Quay shelter plans unveiled', 'related-link'],
    ['Related', 'related-link'],
    ['More from the Gazette', 'related-link'],
    ['Sign up for our free newsletter', 'newsletter'],
    ['Already a subscriber? Log in', 'newsletter'],
    ['Share this article', 'share-prompt'],
    ['Facebook  X  WhatsApp  Email', 'share-prompt'],
    ['Follow us on Instagram', 'share-prompt'],
    ['Tags: Amazon, Privacy', 'tag-list'],
    ['Home › News › Technology', 'tag-list'],
    ['By Jane Roe, Harbour Reporter', 'byline'],
    ['By Jane Roe | April 15, 2021, 4:12pm EDT', 'byline'],
    ['Published 3:04 PM GMT, Tue 8 April 2025', 'byline'],
    ['Updated 2 hours ago', 'byline'],
    ['5 min read', 'byline'],
  ];
  for (const [line, kind] of cases) assert.equal(shapeOf(line), kind, line);
});

test('article lines that start like furniture stay', () => {
  const article = [
    'Share of passengers travelling before 9am has grown, the minutes say.',
    'Shares in Amazon fell 2 per cent on Tuesday.',
    'By then, the board had already sketched a plan.',
    'By Tuesday evening, a petition had 1,200 signatures.',
    'By contrast, the company kept its totals.',
    'Related to that, the report describes how Amazon uses its other businesses.',
    'More than 40 companies use the tools.',
    'More in store for Ecobee',
    'Subscribe to that idea and the licence becomes a lever rather than a permit.',
    'Customers who subscribe to the alerts will be told.',
    'Sign-up forms for the alerts are available at the front desk.',
    'Support for the plan is growing today.',
    'Get ready now for the new rules, the council said.',
    'Photos of the app’s settings screen show that sharing was on.',
    'Photo identification is not needed to buy a ticket.',
    'Credit for the scheme goes to the residents.',
    'Advertising was never part of the contract, the council said.',
    'Amazon’s advertising business grew last year.',
    'Comments made at the meeting suggest the matter will not end quietly.',
    'Tags attached to each record showed which car park was used.',
    'Tagged a "hold" by most analysts, the stock is now rated "sell".',
    'Updated charts of the channel will be issued next week.',
    'Follow-up letters will go to parents in the spring.',
    'The newsletter first reported the plan in March.',
    'Amazon declined to comment.',
    'Ecobee declined to comment, citing privacy.',
    'What you need to know',
    'The data question',
    'Why now?',
    'Read the report in full: it is worth it.',
    'Its last captain was Mary Fennick.',
    'An Amazon spokesman, Jack Evans, told the WSJ that the company uses the data only to improve the customer experience.',
  ];
  for (const line of article) assert.equal(shapeOf(line), undefined, line);
  const kinds = findFurniture(
    article.map((text) => ({ text })),
    { headline: 'Ecobee says no', siteNames: ['Harbour Post'] },
  );
  assert.deepEqual(
    kinds.flatMap((k, i) => (k ? [`${article[i]} → ${k}`] : [])),
    [],
  );
});

test('the two seeds: only the comment counter is furniture', () => {
  for (const [name, headline] of [
    ['000_6ce41bf959fd6d3b.txt', 'Amazon tried to coerce Ecobee into collecting private user data, the WSJ reports'],
    ['003_e7b328a352b39bf4.txt', undefined],
  ] as const) {
    const lines = rawLines(seed(name));
    const kinds = findFurniture(
      lines.map((text) => ({ text })),
      { headline, siteNames: ['The Verge', 'Android Central'] },
    );
    assert.deepEqual(
      kinds.flatMap((k, i) => (k ? [lines[i]] : [])),
      name.startsWith('003') ? ['0 Commentaires'] : [],
    );
  }
});

test(`where a line stands decides what its shape cannot: the site's name on top, a name by a byline, titles under "Related", a caption under an image`, () => {
  const lines = [
    'THE HARBOUR POST',
    'News from Corran Bay since 1887',
    'Ferry row deepens',
    'Jane Roe',
    'Tuesday 18 March 2025, 6:00 am',
    '[Image]',
    'The town quay on Tuesday morning.',
    'The harbour board has asked Tidewright Ferries for two years of ticket records, and the company has refused.',
    'The board meets again in April, when it may decide.',
    'You might also like',
    'Quay shelter plans unveiled',
    'Night ferry saved after campaign',
    'Ferries  Saltmere  Privacy',
  ];
  const kinds = findFurniture(
    lines.map((text) => ({ text })),
    { headline: 'Ferry row deepens', siteNames: ['The Harbour Post'] },
  );
  assert.deepEqual(kinds, ['tagline', 'tagline', 'headline', 'byline', 'byline', 'image-text', 'caption', undefined, undefined, 'related-link', 'related-link', 'related-link', 'tag-list']);
});

test(`a page's blocks: what its class names call them, a figure's words, and a box that repeats the text`, () => {
  const kinds = findFurniture([
    { text: 'Smart Home', named: 'tag-list' },
    { text: 'The board met on Tuesday and asked for the records again, its minutes show.' },
    { text: 'The quay at dawn.', within: 'figure' },
    { text: 'asked for the records again', within: 'aside' },
    { text: 'Harbour Post reporters cover the coast from Corran Bay to Kellow.', within: 'aside' },
  ]);
  assert.deepEqual(kinds, ['tag-list', undefined, 'caption', 'pull-quote', 'aside']);
});
