import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxBodyProblems, splitFrontmatter } from '../../../../src/lib/checks/files/mdx-body.ts';

const problems = (body: string) => mdxBodyProblems(body, 1).map((p) => `${p.field}: ${p.message}`);

test('Markdown, the components with literal attributes and comments are content', () => {
  assert.deepEqual(problems('## Section\n\nText <Claim id="a">words</Claim> <Cite source="s" p={2} /> {/* a note */}\n\n<Claim id="b" card />\n'), []);
});

test('imports, exports, expressions and computed attributes are code, refused at their line', () => {
  assert.deepEqual(problems('import fs from "node:fs"\n\nText {fs.readFileSync("/etc/hostname")}\n\n<Cite source="s" p={1 + 1} />\n\n<Claim {...props} />\n'), [
    'body, line 1: `import fs from "node:fs"` is code: import and export lines would run when the site is built',
    'body, line 3: {fs.readFileSync("/etc/hostname")} is a JavaScript expression, which would run when the site is built',
    'body, line 5: <Cite> p={1 + 1} is computed by code',
    'body, line 7: <Claim> takes its attributes from code ({...props})',
  ]);
});

test('HTML elements are refused: explainers are Markdown and the components', () => {
  assert.deepEqual(problems('<script>alert(1)</script>\n'), ["body, line 1: <script> is an HTML element; explainers are Markdown with the site's components"]);
});

test('an unclosed component is refused at its line in the file, not in the body', () => {
  const text = '---\ntitle: A\n---\n\nSome text.\n\n<Claim id="a">words\n\nmore\n';
  const { body, bodyLine } = splitFrontmatter(text);
  const [p] = mdxBodyProblems(body, bodyLine);
  assert.equal(p?.field, 'body, line 7');
  assert.match(p!.message, /^cannot be read as MDX: expected a closing tag for `<Claim>`/);
  assert.doesNotMatch(p!.message, /\(\d+:\d+\)/, 'no position of the body alone');
});

test('a link leads to a page from the root, a place on the page or another site in full; anything else is refused at its line', () => {
  const at = (body: string) => mdxBodyProblems(body, 5).map((p) => `${p.field}: ${p.message}`);
  assert.deepEqual(at('[ok](/claims/x/) [ok](#x) [ok](https://example.org/a) [ok](mailto:desk@example.org)'), []);
  assert.deepEqual(at('Read [this](javascript:alert(1)).'), [
    'body, line 5: the link to "javascript:alert(1)" would run code or open something other than a page',
  ]);
  assert.deepEqual(at('\n[next](what-we-dont-know.mdx)'), [
    'body, line 6: the link to "what-we-dont-know.mdx" is relative: where it leads depends on the page that shows it',
  ]);
  assert.deepEqual(at('[the paper](www.wsj.com)'), ['body, line 5: the link to "www.wsj.com" has no https:// in front, so it leads to a path on this site']);
  assert.equal(mdxBodyProblems('[x][a]\n\n[a]: data:text/html,hi', 1).length, 1, 'a reference definition is a link too');
});

test('an image from another site, a second page title and a card that would hide its words are refused', () => {
  const messages = (body: string) => mdxBodyProblems(body, 1).map((p) => p.message);
  assert.match(messages('![a thermostat](https://example.org/t.jpg)')[0]!, /not on this site/);
  assert.deepEqual(messages('![a thermostat](/t.png)'), []);
  assert.match(messages('# What we know')[0]!, /second title/);
  assert.deepEqual(messages('## What we know'), []);
  assert.match(messages('<Claim id="x" card>Words the card would hide</Claim>')[0]!, /would not be shown/);
  assert.deepEqual(messages('<Claim id="x" card />'), []);
});

test('a <Claim> with no words, or one inside another, is refused: the first marks nothing, the second mixes two', () => {
  const messages = (body: string) => mdxBodyProblems(body, 1).map((p) => p.message);
  assert.deepEqual(messages('<Claim id="a"></Claim>'), ['<Claim> marks the words inside it, and this one has none']);
  assert.deepEqual(messages('<Claim id="a">Words <Claim id="b">more</Claim></Claim>'), ['a <Claim> inside another <Claim> mixes their words and markers']);
  assert.deepEqual(messages('<Claim id="a">Words</Claim> and <Claim id="b">more</Claim>'), []);
});

test('an attribute in typographic quotes and an unclosed ** are named at their line, as an editor would fix them', () => {
  assert.deepEqual(problems('Intro.\n\nSee <Claim id=”amazon-declined”>it</Claim>.\n'), [
    'body, line 3: cannot be read as MDX: id= is followed by the typographic quote ”, which MDX does not read as a quote',
  ]);
  assert.deepEqual(problems('Intro.\n\nNeither answer is **new information about the threats.\n'), [
    'body, line 3: a ** opens bold text that is never closed, so the asterisks would show as written',
  ]);
  assert.deepEqual(problems('Neither answer is **new** information.\n'), []);
});
