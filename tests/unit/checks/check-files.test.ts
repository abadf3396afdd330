// The whole content check on the real content with several mistakes at once:
// an editor fixes them in one pass, so one run names them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../../../src/data/content/files.ts';
import { checkContentFiles, type ContentFiles } from '../../../src/lib/checks/check-files.ts';
import { formatRevisionLock, parseRevisionLock, stampReviewed } from '../../../src/lib/revisions/lock.ts';

const content = readContentFiles(resolve(import.meta.dirname, '../../../content'));
// The real content is checked on the real day: a correction or an update dated the day it is written must pass.
const TODAY = new Date().toISOString().slice(0, 10);

/** A copy of the content with some files' text changed. */
function edit(changes: Record<string, (text: string) => string>): ContentFiles {
  return {
    ...content,
    files: content.files.map((f) => {
      const change = changes[`${f.collection}/${f.name}`];
      return change ? { ...f, text: change(f.text), bytes: Buffer.byteLength(change(f.text)) } : f;
    }),
  };
}

test('a file that cannot be read and mistakes in other files are all reported in one run', async () => {
  const { problems } = await checkContentFiles(
    edit({
      // Unreadable: two sentences where one is wanted.
      'claims/negotiations-were-ongoing.yaml': (t) => t.replace(/^statement: (.*)$/m, 'statement: $1 It went on.'),
      // Readable, but it names a claim and a topic that do not exist.
      'explainers/why-ecobee-said-no.mdx': (t) => `${t}\n<Claim id="no-such-claim">A sentence.</Claim>\n`,
      'claims/amazon-declined-to-comment.yaml': (t) => t.replace(/^topics: \[(.*)\]$/m, 'topics: [$1, no-such-topic]'),
    }),
    TODAY,
  );
  const named = problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);
  assert.ok(
    named.some((l) => l.includes('negotiations-were-ongoing.yaml → statement')),
    named.join('\n'),
  );
  assert.ok(
    named.some((l) => l.includes('why-ecobee-said-no.mdx') && l.includes('"no-such-claim"')),
    named.join('\n'),
  );
  assert.ok(
    named.some((l) => l.includes('amazon-declined-to-comment.yaml') && l.includes('"no-such-topic"')),
    named.join('\n'),
  );
});

test('what follows only from an unread file is not said: references to it are not called dangling', async () => {
  const { problems } = await checkContentFiles(
    edit({ 'claims/negotiations-were-ongoing.yaml': (t) => t.replace(/^statement: (.*)$/m, 'statement: $1 It went on.') }),
    TODAY,
  );
  // Explainers, events and other claims name it; only its own file is reported.
  assert.deepEqual([...new Set(problems.map((p) => p.file))], ['content/claims/negotiations-were-ongoing.yaml']);
});

test('an unread explainer does not make the home page look missing', async () => {
  const { problems } = await checkContentFiles(edit({ 'explainers/the-story.mdx': (t) => t.replace(/^order: .*$/m, 'order: first') }), TODAY);
  assert.deepEqual([...new Set(problems.map((p) => p.file))], ['content/explainers/the-story.mdx']);
});

test('a folder inside a collection is refused by name: the build would pass over its files in silence', async () => {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(resolve(import.meta.dirname, '../../../content'), root, { recursive: true });
  mkdirSync(join(root, 'claims', 'drafts'));
  copyFileSync(join(root, 'claims', 'negotiations-were-ongoing.yaml'), join(root, 'claims', 'drafts', 'talks-went-on.yaml'));
  const { problems } = await checkContentFiles(readContentFiles(root), TODAY);
  assert.deepEqual(
    problems.map((p) => [p.file.endsWith(join('claims', 'drafts')), p.field, p.fix]),
    [[true, 'folder', 'move its files up into content/claims/, or the folder out of content/']],
  );
});

test("the story's settings are checked against the content: a preview year after every event names site.yaml", async () => {
  const { problems } = await checkContentFiles(
    { ...content, story: { ...content.story, text: content.story.text!.replace(/previewFrom: \d+/, 'previewFrom: 2030') } },
    TODAY,
  );
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}`),
    [`${content.story.path} → home.previewFrom`],
  );
});

const CLAIM = 'claims/ecobee-is-a-canadian-smart-thermostat-maker.yaml';
const addedEvidence = (t: string) =>
  t.replace(/^evidence:\n/m, 'evidence:\n  - source: verge-2021-04-15-amazon-ecobee\n    quote: "Amazon tried to use its power to coerce Ecobee"\n');

test('a source added to a published claim needs an update, dated today; the explainers that rest on the claim then name their lines until reread', async () => {
  const { problems } = await checkContentFiles(edit({ [CLAIM]: addedEvidence }), TODAY);
  // Both at once, as every problem is: the claim's missing update, and the explainers to reread.
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}`).filter((l) => !l.includes('/explainers/')),
    [`content/${CLAIM} → evidence[0] (added)`],
  );
  assert.match(problems[0]!.fix, new RegExp(`updates: \\[\\{ date: ${TODAY}, note: "Also reported by The Verge\\." \\}\\]`));

  const updated = edit({ [CLAIM]: (t) => `${addedEvidence(t)}updates:\n  - date: ${TODAY}\n    note: Also reported by The Verge.\n` });
  const { problems: reread } = await checkContentFiles(updated, TODAY);
  assert.ok(reread.length > 0, 'an explainer marks the claim');
  for (const p of reread) {
    assert.match(p.file, /^content\/explainers\//);
    assert.match(
      p.message,
      /rests on what changed since it was last reread on \d{4}-\d{2}-\d{2} \(content\/published-claims\.json\): claim ecobee-is-a-canadian-smart-thermostat-maker \(updated: "Also reported by The Verge\."\): reread line \d+ \("/,
    );
    assert.match(p.fix, /npm run reviewed -- [a-z-]+$/);
  }

  // Reread and recorded (what npm run reviewed writes), it passes; a correction dated today passes as well.
  const lock = parseRevisionLock(content.revisions.text!);
  const reviewed = async (files: ContentFiles) => {
    const { check } = await checkContentFiles(files, TODAY);
    const stamped = formatRevisionLock(stampReviewed(lock, check!.revisions.explainers, TODAY));
    return (await checkContentFiles({ ...files, revisions: { ...files.revisions, text: stamped } }, TODAY)).problems;
  };
  assert.deepEqual(await reviewed(updated), []);
  const corrected = edit({
    [CLAIM]: (t) => `${addedEvidence(t)}corrections:\n  - date: ${TODAY}\n    changed: The claim quoted one source.\n    reason: The Verge reports it too.\n`,
  });
  assert.deepEqual(await reviewed(corrected), []);
});

test("an explainer's problems name the file's lines, as its own file's problems do", async () => {
  const added = '\nSee <Claim id="amazon-said-nothin">it</Claim> and [it](/claims/amazon-said-nothin/).\n';
  const { problems } = await checkContentFiles(edit({ 'explainers/what-amazon-said.mdx': (t) => t + added }), TODAY);
  const file = content.files.find((f) => f.name === 'what-amazon-said.mdx')!;
  const line = (file.text + added).split('\n').findIndex((l) => l.includes('amazon-said-nothin')) + 1;
  assert.deepEqual(
    problems.map((p) => p.field.replace(/, (<|link).*/, '')),
    [`body, line ${line}`, `body, line ${line}`],
  );
});

test('a file saved in the wrong folder is named with the folder its fields belong to', async () => {
  const event = content.files.find((f) => f.collection === 'events')!;
  const { problems } = await checkContentFiles(
    { ...content, files: [...content.files, { ...event, collection: 'claims', path: event.path.replace('/events/', '/claims/') }] },
    TODAY,
  );
  const [p] = problems.filter((x) => x.file.includes('/claims/'));
  assert.equal(p!.field, 'file');
  assert.match(p!.message, /^holds the fields of an event \(.*when.*\), not of a claim$/);
  assert.equal(p!.fix, 'move it to events/');
});

test('text that lost its indent and reads as a field is named at its line, with the fix that keeps its words', async () => {
  const { problems } = await checkContentFiles(
    edit({
      'glossary/fire-tv.yaml': (t) => t.replace(/^(definition: [^.]+\.) /m, '$1\nAccording to The Verge: '),
    }),
    TODAY,
  );
  const file = content.files.find((f) => f.name === 'fire-tv.yaml')!;
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    [
      `line ${file.text.split('\n').findIndex((l) => l.startsWith('definition:')) + 2}: "According to The Verge: …" reads as a field, because the line starts at the left edge and holds a colon; it looks like the text of the field above, wrapped`,
    ],
  );
});
