// Scores the detector of sentences about the sources as a whole
// (src/lib/revisions/whole-sentences.ts) on sentences written blind to it
// (tests/fixtures/revisions/whole-sentences/), by half.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutSourcesAsWhole } from '../../src/lib/revisions/whole-sentences.ts';

export function scoreWhole(half: 'tune' | 'holdout') {
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/revisions/whole-sentences', `${half}.json`), 'utf8')) as {
    text: string;
    whole: boolean;
  }[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const found = aboutSourcesAsWhole(c.text);
    if (found && c.whole) tp++;
    else if (found) {
      fp++;
      errors.push(`flagged, not about the sources as a whole: ${c.text}`);
    } else if (c.whole) {
      fn++;
      errors.push(`missed: ${c.text}`);
    }
  }
  return { cases: cases.length, whole: tp + fn, recall: tp / (tp + fn), precision: tp / (tp + fp), errors };
}
