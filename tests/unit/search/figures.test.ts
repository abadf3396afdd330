import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedFigure, givesFigure, givesSteps } from '../../../src/lib/search/figures.ts';

test('a question that asks for a figure is told by its phrase, with what a count counts; other questions ask for none', () => {
  assert.deepEqual(askedFigure('How many Ecobee customers use Alexa?'), { phrase: 'how many', kind: 'count', counts: ['customers'] });
  assert.deepEqual(askedFigure('how many of the thermostats were sold'), { phrase: 'how many', kind: 'count', counts: ['thermostats'] });
  assert.deepEqual(askedFigure('how much does a thermostat cost'), { phrase: 'how much', kind: 'money' });
  assert.deepEqual(askedFigure('what share of the market does ecobee have'), { phrase: 'what share', kind: 'share' });
  assert.deepEqual(askedFigure('ecobee thermostat price'), { phrase: 'price', kind: 'money' });
  assert.deepEqual(askedFigure('how long have they been negotiating'), { phrase: 'how long', kind: 'duration' });
  for (const q of ['why did ecobee refuse', 'how did amazon respond', 'what did amazon threaten', 'many thanks']) assert.equal(askedFigure(q), undefined, q);
});

test('a figure of the kind asked: a number of what is counted, money, a share, a duration; a year or a stray number is none', () => {
  const count = askedFigure('how many customers use alexa')!;
  assert.ok(givesFigure(count, 'It has 40,000 customers.'));
  assert.ok(givesFigure(count, 'two million Alexa customers'));
  assert.ok(!givesFigure(count, 'the two companies are still negotiating with customers in mind'));
  assert.ok(!givesFigure(count, 'In 2020 customers learned of it.'));
  assert.ok(!givesFigure(count, 'As of 15 April 2021 customers could buy it; on April 16th customers did.'));
  assert.deepEqual(askedFigure('how many people use it')?.counts, ['people', 'use']);
  assert.deepEqual(askedFigure('how many did they sell')?.counts, ['they', 'sell']);
  const money = askedFigure('how much does it cost')!;
  assert.ok(givesFigure(money, 'It sells for $249.'));
  assert.ok(givesFigure(money, 'a fine of 35 million euros'));
  assert.ok(!givesFigure(money, 'the two companies'));
  assert.ok(givesFigure(askedFigure('what percentage of homes')!, 'about 12 per cent of homes'));
  assert.ok(givesFigure(askedFigure('how long did talks last')!, 'after three months of talks'));
  assert.ok(!givesFigure(askedFigure('how long did talks last')!, 'talks began in 2021'));
});

test('market share is a share asked for, however it is put', () => {
  assert.deepEqual(askedFigure('ecobee market share smart thermostats'), { phrase: 'market share', kind: 'share' });
  assert.deepEqual(askedFigure("amazon's share of the smart speaker market"), { phrase: 'share of the smart speaker market', kind: 'share' });
  assert.equal(askedFigure('why would ecobee share the data'), undefined, 'sharing is no figure');
});

test('a how-to question asks for steps, and a result gives them only where a sentence tells someone how to do that thing', () => {
  assert.deepEqual(askedFigure('How do I unlink my Ecobee from Alexa?'), { phrase: 'how do i unlink', kind: 'steps', verb: 'unlink' });
  assert.deepEqual(askedFigure('how to turn off sharing'), { phrase: 'how to turn', kind: 'steps', verb: 'turn' });
  assert.deepEqual(askedFigure('ways to delete recordings'), { phrase: 'ways to delete', kind: 'steps', verb: 'delete' });
  assert.equal(askedFigure('how did amazon respond'), undefined);
  const unlink = askedFigure('how do i unlink my ecobee')!;
  assert.ok(givesSteps('link', 'Customers are told about the sharing when they link their accounts.'), 'it speaks of who links');
  assert.ok(givesFigure(unlink, 'Open the app. Unlink the thermostat under Settings.'), 'an instruction');
  assert.ok(givesFigure(unlink, 'Here is how to unlink it.'));
  assert.ok(!givesFigure(unlink, 'Ecobee refused. Amazon threatened to unlink its products from Alexa.'), 'the verb, but no one told how');
  assert.ok(!givesFigure(unlink, 'Customers were told. Amazon wanted the data.'), 'no sentence holds the verb');
});

test('a question about how something turned out asks for an ending, and a result that speaks of one gives it', () => {
  for (const q of [
    'how did the negotiations between amazon and ecobee end',
    'did hbo max end up on fire tv',
    'did ecobee lose alexa certification in the end',
    'class action outcome',
  ])
    assert.deepEqual(askedFigure(q), { phrase: 'how it ended', kind: 'outcome' }, q);
  for (const q of ['will regulators step in against amazon eventually', 'could regulators end up stepping in', 'why did ecobee refuse'])
    assert.equal(askedFigure(q), undefined, `${q}: not an ending asked of the past`);
  const ended = askedFigure('how did the talks end')!;
  assert.ok(givesFigure(ended, 'The talks ended in April without a deal.'));
  assert.ok(givesFigure(ended, 'Ecobee later agreed to share the data.'));
  assert.ok(!givesFigure(ended, 'The two companies were still negotiating when the reports appeared.'));
});

test('words near an ending that tell of none do not count as one', () => {
  const ended = askedFigure('how did the talks end')!;
  assert.ok(!givesFigure(ended, 'Amazon does not talk about agreements with partners.'));
  assert.ok(!givesFigure(ended, 'Regulators may eventually have no choice but to step in.'));
  assert.ok(!givesFigure(ended, 'It can use them when dealing with other companies.'));
});

test('"how do you know" and its like ask how one can tell, not for steps; an ending negated or inside a contraction is none', () => {
  for (const q of ['how do you know amazon shares data', 'how can i be sure', 'how can you tell']) assert.equal(askedFigure(q), undefined, q);
  const ended = askedFigure('how did the talks end')!;
  assert.ok(!givesFigure(ended, "Amazon won't comment."));
  assert.ok(!givesFigure(ended, 'Ecobee has not agreed to anything.'));
  assert.ok(!givesFigure(ended, "Ecobee hasn't agreed to anything."));
  assert.ok(!givesFigure(ended, 'The deal is still under discussion.'));
  assert.ok(givesFigure(ended, 'In May the two firms reached a deal.'));
});

test('"did … end" asks whether something ended; a word that only ends in "end" does not', () => {
  assert.deepEqual(askedFigure('did the talks end in a deal'), { phrase: 'how it ended', kind: 'outcome' });
  assert.equal(askedFigure('did amazon spend money on it'), undefined);
});
