// The content rules as an editor meets them: each breaks the small fixture the
// way a newcomer might, and checkContent must name the file, the field and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../../src/lib/checks/content.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { fixture, lines, ref } from './fixture.ts';

test('the fixture itself is clean, and every quote is located', () => {
  const { input, ctx } = fixture();
  const r = checkContent(input, ctx);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.quotes.get('company-refused')!.map((l) => l.n),
    [2],
  );
});

test('every problem of the content is reported at once, each with its file and field', () => {
  const { input, ctx } = fixture();
  input.claims[0]!.data.evidence[0]!.source = ref('sources', 'gazette-reprot');
  input.sources[0]!.data.publisher = ref('actors', 'gazzette');
  input.explainers[0]!.body += '\n<Cite source="gazette-report" p={99} />\n';
  input.diagrams[0]!.data.steps[0]!.to = ref('actors', 'nobody');
  const out = lines(checkContent(input, ctx).problems);
  assert.ok(out.includes('content/claims/board-asked-for-timetables.yaml → evidence[0].source: no sources entry has the id "gazette-reprot"'), out.join('\n'));
  assert.ok(out.includes('content/sources/gazette-report.mdx → publisher: no actors entry has the id "gazzette"'), out.join('\n'));
  assert.ok(
    out.includes(
      'content/explainers/the-story.mdx → body, line 5, <Cite source="gazette-report" p={99} />: "gazette-report" has 3 paragraphs, so there is no paragraph 99',
    ),
    out.join('\n'),
  );
  assert.ok(out.includes('content/diagrams/who-asked.yaml → steps[0].to: "nobody" is not one of the diagram\'s participants'), out.join('\n'));
  assert.ok(out.includes('content/diagrams/who-asked.yaml → steps[0].to: no actors entry has the id "nobody"'), out.join('\n'));
});

test('a quote that is not in its source names the closest passage and where to copy from', () => {
  const { input, ctx } = fixture();
  input.claims[1]!.data.evidence[0]!.quote = 'The company said no, citing its customers’ privacy.';
  const [p, ...rest] = checkContent(input, ctx).problems;
  assert.equal(rest.length, 0);
  assert.equal(p!.file, 'content/claims/company-refused.yaml');
  assert.equal(p!.field, 'evidence[0].quote');
  assert.match(p!.message, /quote not found in sources\/gazette-report/);
  assert.match(p!.message, /closest: ¶2 "The company said no, citing its passengers’ privacy\."/);
  assert.equal(p!.fix, 'copy the words exactly from /sources/gazette-report/#p-2');
});

test('quoting a report whose text is not archived is refused', () => {
  const { input, ctx } = fixture();
  input.claims[1]!.data.evidence[0]!.source = ref('sources', 'board-minutes');
  assert.deepEqual(lines(checkContent(input, ctx).problems), [
    'content/claims/company-refused.yaml → evidence[0].source: "board-minutes" has no archived text, so nothing can be quoted from it',
  ]);
});

test('a renamed claim: references to its old id name the new one, in data and in MDX', () => {
  const { input, ctx } = fixture();
  const renamed = input.claims[0]!;
  renamed.id = 'board-requested-timetables';
  renamed.filePath = 'content/claims/board-requested-timetables.yaml';
  renamed.data.aliases = ['board-asked-for-timetables'];
  ctx.files.claims = ['board-requested-timetables.yaml', 'company-refused.yaml'];
  const out = lines(checkContent(input, ctx).problems);
  assert.deepEqual(out, [
    'content/events/board-asks.yaml → claims[0]: "board-asked-for-timetables" is an old id of the claim now called "board-requested-timetables"',
    'content/explainers/the-story.mdx → body, line 1, <Claim id="board-asked-for-timetables">: "board-asked-for-timetables" is an old id of the claim now called "board-requested-timetables"',
  ]);
});

test('an alias that is a live claim id is refused', () => {
  const { input, ctx } = fixture();
  input.claims[0]!.data.aliases = ['company-refused'];
  assert.deepEqual(lines(checkContent(input, ctx).problems), [
    'content/claims/board-asked-for-timetables.yaml → aliases[0]: alias "company-refused" is the id of a live claim, so /claims/company-refused/ cannot also redirect',
  ]);
});

test('two files giving one id, an article without text and a missing seed are all reported', () => {
  const { input, ctx } = fixture();
  ctx.files.actors!.push('board.json');
  input.sources[0]!.body = '  ';
  ctx.passages.set('gazette-report', []);
  ctx.seeds = () => undefined;
  const out = lines(checkContent(input, ctx).problems);
  assert.ok(out.includes('content/actors/board.yaml and content/actors/board.json → id: 2 files give the id "board"'), out.join('\n'));
  assert.ok(out.includes('content/sources/gazette-report.mdx → body: an article has no text'), out.join('\n'));
  assert.ok(out.includes('content/sources/gazette-report.mdx → seedFile: content/seeds/gazette.txt does not exist'), out.join('\n'));
});

test('the method explainer that every claim list links to must exist', () => {
  const { input, ctx } = fixture();
  input.explainers = input.explainers.filter((e) => e.id !== 'method');
  const problems = checkContent(input, ctx).problems;
  assert.deepEqual(lines(problems), ['content/explainers/method.mdx → file: this explainer is missing, and every claim list and status badge link to it']);
  assert.match(formatProblems(problems), /Fix: add content\/explainers\/method\.mdx/);
});
