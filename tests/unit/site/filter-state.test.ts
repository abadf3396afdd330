import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeCount, LIST_FACETS, readFilterState, SEARCH_FACETS, urlWithState, writeFilterState } from '../../../src/lib/site/filter-state.ts';

const list = (search: string) => readFilterState(search, LIST_FACETS).filters;

test('list views filter by status, actor and source; the search page by type too', () => {
  assert.deepEqual([...LIST_FACETS], ['status', 'actor', 'source']);
  assert.deepEqual([...SEARCH_FACETS], ['type', 'status', 'actor', 'source']);
});

test('filters round-trip through the URL in a stable order', () => {
  const s = readFilterState('?actor=ecobee&status=reported&actor=amazon&junk=1', LIST_FACETS);
  assert.deepEqual(s, { q: '', filters: { status: ['reported'], actor: ['ecobee', 'amazon'], source: [] } });
  assert.equal(writeFilterState(s), '?status=reported&actor=amazon&actor=ecobee');
});

test('q comes first, then type, status, actor, source, each with its values sorted', () => {
  const search = '?source=verge&actor=ecobee&type=source&q=door+locks&status=reported&actor=amazon&type=claim';
  const s = readFilterState(search, SEARCH_FACETS);
  assert.deepEqual(s, { q: 'door locks', filters: { type: ['source', 'claim'], status: ['reported'], actor: ['ecobee', 'amazon'], source: ['verge'] } });
  const written = writeFilterState(s);
  assert.equal(written, '?q=door+locks&type=claim&type=source&status=reported&actor=amazon&actor=ecobee&source=verge');
  assert.deepEqual(readFilterState(written, SEARCH_FACETS), {
    q: 'door locks',
    filters: { type: ['claim', 'source'], status: ['reported'], actor: ['amazon', 'ecobee'], source: ['verge'] },
  });
  assert.equal(writeFilterState(readFilterState(written, SEARCH_FACETS)), written, 'a written state reads back to the same URL');
  // However the facets were inserted, the URL is the same.
  assert.equal(
    writeFilterState({ q: 'x', filters: { source: ['verge'], actor: ['b', 'a'], status: ['reported'] } }),
    '?q=x&status=reported&actor=a&actor=b&source=verge',
  );
});

test('keys a view does not know are ignored', () => {
  assert.deepEqual(readFilterState('?type=claim&junk=1&status=analysis', LIST_FACETS), { q: '', filters: { status: ['analysis'], actor: [], source: [] } });
  assert.deepEqual(readFilterState('?type=claim', SEARCH_FACETS).filters.type, ['claim']);
});

test('comma-separated values are split, empty and repeated values dropped', () => {
  assert.deepEqual(list('actor=amazon,ecobee&actor=hbo').actor, ['amazon', 'ecobee', 'hbo']);
  assert.deepEqual(list('actor=amazon,,ecobee,&actor=amazon').actor, ['amazon', 'ecobee']);
  assert.deepEqual(list('status=').status, []);
});

test('an empty state is no query string at all', () => {
  assert.equal(writeFilterState({ q: '', filters: {} }), '');
  assert.equal(writeFilterState(readFilterState('', SEARCH_FACETS)), '');
  assert.equal(writeFilterState({ q: '   ', filters: { status: [], actor: [] } }), '');
  assert.equal(readFilterState('?q=%20door%20', SEARCH_FACETS).q, 'door');
  assert.equal(writeFilterState({ q: ' door ', filters: {} }), '?q=door');
});

test('how many filter values are on', () => {
  assert.equal(activeCount(list('')), 0);
  assert.equal(activeCount({}), 0);
  assert.equal(activeCount(list('source=verge')), 1);
  assert.equal(activeCount(list('actor=amazon,ecobee&status=reported')), 3);
});

test('the page keeps its path and #fragment when its state changes', () => {
  const state = readFilterState('?actor=ecobee&actor=amazon', LIST_FACETS);
  assert.equal(urlWithState({ pathname: '/claims/page/2/', hash: '#top' }, state), '/claims/page/2/?actor=amazon&actor=ecobee#top');
  assert.equal(urlWithState({ pathname: '/timeline/', hash: '' }, readFilterState('', LIST_FACETS)), '/timeline/');
});
