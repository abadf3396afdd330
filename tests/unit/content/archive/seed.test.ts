import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedPassages, isSavedPage, missingPassages, readSeed, seedUnits } from '../../../../src/lib/content/archive/seed.ts';

test('a saved page is told from pasted text by its name or its first tag', () => {
  assert.ok(isSavedPage('page.html', 'x'));
  assert.ok(isSavedPage('page.HTM', 'x'));
  assert.ok(isSavedPage('page', '\n<!DOCTYPE html><html>'));
  assert.ok(isSavedPage('copy.txt', '<html lang="en">'));
  assert.ok(!isSavedPage('copy.txt', 'The <html> tag was mentioned.'));
});

test('a pasted seed: the lines an entry may name, with a leading date token of its own', () => {
  const seed = { kind: 'text' as const, text: 'date 2021-04-15 First paragraph.\n\nSecond.\n0 Comments' };
  assert.deepEqual(seedUnits(seed), ['date 2021-04-15', 'First paragraph.', 'Second.', '0 Comments']);
});

test('the passages an archive must hold: the seed less what it declares, split as the importer splits it', () => {
  const seed = { kind: 'text' as const, text: 'Photo: Jane Roe\nThe board met on Tuesday and\nasked again.\n\nIt waits.\n\n0 Comments' };
  assert.deepEqual(expectedPassages(seed, ['Photo: Jane Roe', '0 Comments', 'Not a line']), {
    passages: ['The board met on Tuesday and asked again.', 'It waits.'],
    unknown: ['Not a line'],
  });
});

test('a missing passage is one the archive has neither as a passage nor within its text run together', () => {
  assert.deepEqual(missingPassages(['One.', 'Two.', 'Three.'], ['One. Two.']), ['Three.']);
  assert.deepEqual(missingPassages(['Same.', 'Same.'], ['Same.']), []);
  assert.deepEqual(missingPassages(['“Curly”'], ['"Curly"']), []);
});

test('a saved page is read through Readability; a page with no article is unreadable, not an error', async () => {
  const page = await readSeed('p.html', `<!doctype html><html><head><title>T</title></head><body><article><h1>T</h1>${'<p>The harbour board met on Tuesday and asked for the records again, its minutes show.</p>'.repeat(4)}</article></body></html>`);
  assert.equal(page.kind, 'page');
  assert.equal(page.kind === 'page' && page.blocks.length, 4);
  assert.deepEqual(await readSeed('p.html', '<!doctype html><html><body></body></html>'), { kind: 'unreadable', reason: 'no article text was found in the page (it has no text)' });
});
