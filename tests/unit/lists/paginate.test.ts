import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagesGone, paginate, pagerWindow, perPage } from '../../../src/lib/lists/paginate.ts';

test('pagination: items split into numbered pages; an empty list still has page 1', () => {
  const pages = paginate([1, 2, 3, 4, 5], 2);
  assert.deepEqual(
    pages.map((p) => p.items),
    [[1, 2], [3, 4], [5]],
  );
  assert.deepEqual(
    pages.map((p) => p.number),
    [1, 2, 3],
  );
  assert.equal(pages[2]!.pages, 3);
  assert.equal(pages[2]!.total, 5);
  assert.deepEqual(
    paginate([], 10).map((p) => p.items),
    [[]],
  );
});

test('pages are filled evenly, never past their size: eleven events ten to a page are six and five, not ten and one', () => {
  const sizes = (n: number, per: number) =>
    paginate(
      Array.from({ length: n }, (_, i) => i),
      per,
    ).map((p) => p.items.length);
  assert.deepEqual(sizes(11, 10), [6, 5]);
  assert.deepEqual(sizes(21, 10), [7, 7, 7]);
  assert.deepEqual(sizes(20, 10), [10, 10]);
  assert.deepEqual(sizes(10, 10), [10]);
  assert.deepEqual(
    paginate([1, 2, 3, 4, 5, 6, 7], 3).map((p) => p.items),
    [
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ],
  );
});

test('list pages published but no longer needed are found in the lock, for their redirects', () => {
  const locked = ['/timeline/', '/timeline/page/2/', '/timeline/page/3/', '/claims/page/3/', '/timeline/#event-x'];
  assert.deepEqual(pagesGone(locked, '/timeline/', 2), [3]);
  assert.deepEqual(pagesGone(locked, '/timeline/', 3), []);
  assert.deepEqual(pagesGone(locked, '/claims/', 1), [3]);
});

test('a long pager shows the ends and the neighbourhood of the current page', () => {
  assert.deepEqual(pagerWindow(1, 1), [1]);
  assert.deepEqual(pagerWindow(2, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pagerWindow(1, 100), [1, 2, 3, 'gap', 100]);
  assert.deepEqual(pagerWindow(50, 100), [1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
  assert.deepEqual(pagerWindow(5, 100), [1, 2, 3, 4, 5, 6, 7, 'gap', 100]);
  assert.deepEqual(pagerWindow(100, 100), [1, 'gap', 98, 99, 100]);
  // Never more than 2·span + 5 entries, however long the list.
  assert.ok(pagerWindow(5000, 10000).length <= 9);
});

test('LIST_PAGE_SIZE sets every list size; anything but a positive integer is ignored', () => {
  const defaults = perPage({});
  assert.deepEqual(
    Object.values(perPage({ LIST_PAGE_SIZE: '5' })),
    Object.values(defaults).map(() => 5),
  );
  for (const bad of ['0', '-3', '2.5', 'ten', '']) assert.deepEqual(perPage({ LIST_PAGE_SIZE: bad }), defaults, bad);
  assert.ok(Object.values(defaults).every((n) => Number.isInteger(n) && n > 0));
});
