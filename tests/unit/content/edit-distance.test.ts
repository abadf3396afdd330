import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../../src/lib/content/words.ts';

/** The whole table, no band and no early stop: what the banded one must agree with. */
function plain(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

test('the banded distance is the whole table’s up to max, and max + 1 beyond, on 20,000 seeded pairs', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const word = () => Array.from({ length: rand(12) }, () => 'abcd'[rand(4)]).join('');
  for (let k = 0; k < 20_000; k++) {
    const a = word();
    // Half the pairs are a few edits apart, as near-duplicates are.
    let b = rand(2) ? word() : a;
    for (let e = rand(4); e > 0; e--) {
      const at = rand(b.length + 1);
      b = [() => b.slice(0, at) + 'abcd'[rand(4)] + b.slice(at), () => b.slice(0, at) + b.slice(at + 1), () => b.slice(0, at) + b.slice(at + 2, at + 3) + b.slice(at, at + 1) + b.slice(at + 3)][rand(3)]!();
    }
    const max = rand(6);
    const want = plain(a, b);
    assert.equal(editDistance(a, b, max), want <= max ? want : max + 1, `"${a}" "${b}" max ${max}`);
  }
});

test('a swap counts once; long statements that share their first words are compared like any others', () => {
  assert.equal(editDistance('form', 'from', 2), 1);
  assert.equal(editDistance('Synthetic claim 1 says that a b c', 'Synthetic claim 1 says that a b d', 3), 1);
  const [x, y] = ['Synthetic claim 1 says that kalo rulo lolo', 'Synthetic claim 2 says that lolo tane kalo'];
  assert.equal(editDistance(x, y, 9), Math.min(plain(x, y), 10));
  assert.equal(editDistance(x, y, 30), plain(x, y));
});
