import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../../../src/data/content/loader.ts';

const mdx = { getEntryInfo: async () => ({ data: { title: 'T' } }), getRenderFunction: () => undefined, contentModuleTypes: [] };
const yaml = { getEntryInfo: async () => ({ data: undefined }) };
const types = () =>
  new Map<string, typeof mdx | typeof yaml>([
    ['.mdx', mdx],
    ['.yaml', yaml],
  ]);

test('a collection never rendered keeps no render hooks, so Astro does not compile its MDX', () => {
  const plain = readEntries(types(), false)!;
  // Astro's glob loader asks whether the keys are present, not what they hold.
  assert.equal('getRenderFunction' in plain.get('.mdx')!, false);
  assert.equal('contentModuleTypes' in plain.get('.mdx')!, false);
  const rendered = readEntries(types(), true)!;
  assert.equal('contentModuleTypes' in rendered.get('.mdx')!, true);
  assert.equal('contentModuleTypes' in rendered.get('.yaml')!, false, 'a data file gains no render hooks');
});

test('an empty data file reads as an empty object, so the schema can name what it lacks', async () => {
  const entries = readEntries(types(), true)!;
  assert.deepEqual(await entries.get('.yaml')!.getEntryInfo({}), { data: {} });
  assert.deepEqual(await entries.get('.mdx')!.getEntryInfo({}), { data: { title: 'T' } });
});
