import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAttributionChains } from '../../../src/lib/checks/attribution.ts';

const publisherOf = (id: string) => ({ gazette: 'pellowick-gazette', herald: 'herald' })[id];
const link = (actor: string, as: 'citing' | 'quoting' = 'citing') => ({ actor: { id: actor }, as });
const claim = (attribution: ReturnType<typeof link>[] | undefined, evidence: { source: { id: string }; attribution?: ReturnType<typeof link>[] }[]) => ({
  id: 'c',
  filePath: 'content/claims/c.yaml',
  data: { attribution, evidence },
});

test('a chain that cites what it relays passes, for the claim and for one quote', () => {
  assert.deepEqual(checkAttributionChains([claim([link('courier')], [{ source: { id: 'gazette' } }])], publisherOf), []);
  assert.deepEqual(
    checkAttributionChains([claim(undefined, [{ source: { id: 'herald' }, attribution: [link('courier'), link('mayor', 'quoting')] }])], publisherOf),
    [],
  );
});

test('a chain naming the publisher again, or one actor twice, is refused at its link', () => {
  const [self] = checkAttributionChains([claim([link('pellowick-gazette')], [{ source: { id: 'gazette' } }])], publisherOf);
  assert.deepEqual(self, {
    file: 'content/claims/c.yaml',
    field: 'attribution[0]',
    message:
      'names pellowick-gazette, which publishes gazette (evidence[0]) and is named first already, so the claim would read "pellowick-gazette, citing pellowick-gazette"',
    fix: 'leave the publisher out: the attribution lists only whom the article cites or quotes',
  });
  const [twice] = checkAttributionChains(
    [claim(undefined, [{ source: { id: 'herald' }, attribution: [link('courier'), link('courier', 'quoting')] }])],
    publisherOf,
  );
  assert.equal(twice!.field, 'evidence[0].attribution[1]');
  assert.match(twice!.message, /names courier a second time in one chain/);
});
