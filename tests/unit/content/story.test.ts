import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationKey, parseStory } from '../../../src/lib/content/story.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';

const FILE = 'content/site.yaml';
const GOOD =
  'name: Harbour Ledger\ntagline: A ferry dispute, from its sources up\ndisclaimer: Invented for testing.\nglossaryIntro: The words the story turns on.\n';

const problems = (text: string | undefined) => {
  try {
    parseStory(text, FILE);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file} → ${p.field}: ${p.message}. Fix: ${p.fix}`);
    throw e;
  }
  return [];
};

test('a story names itself; language and the home preview have defaults', () => {
  const story = parseStory(GOOD, FILE);
  assert.equal(story.name, 'Harbour Ledger');
  assert.equal(story.language, 'en');
  assert.deepEqual(story.home, { previewCount: 5 });
  assert.equal(citationKey(story), 'harbourledger');
  assert.deepEqual(parseStory(`${GOOD}home:\n  previewFrom: 2025\n  previewCount: 4\n`, FILE).home, { previewFrom: 2025, previewCount: 4 });
});

test('a missing file, a missing or unknown field, a bad value and broken YAML each name the file, the field and the fix', () => {
  assert.deepEqual(problems(undefined), [
    'content/site.yaml → file: is missing: every story names itself there. Fix: add it with name, tagline, disclaimer and glossaryIntro (see README, "A new story")',
  ]);
  assert.deepEqual(problems(GOOD.replace(/^tagline: .*\n/m, '')), [
    'content/site.yaml → tagline: is missing: this field is required. Fix: correct the field as the message says (docs/EDITING.md, "Name the story", shows each)',
  ]);
  assert.match(
    problems(`${GOOD}sitename: X\n`)[0]!,
    /→ sitename: .*Fix: remove or rename it: the fields are name, tagline, language, disclaimer, glossaryIntro, home/,
  );
  assert.match(problems(`${GOOD}language: English\n`)[0]!, /→ language: must be a language tag like en or en-GB/);
  assert.match(problems(`${GOOD}home:\n  previewFrom: "2021"\n`)[0]!, /→ home\.previewFrom: /);
  assert.match(problems('name: [unclosed\n')[0]!, /content\/site\.yaml → line \d+: is not valid YAML/);
});
