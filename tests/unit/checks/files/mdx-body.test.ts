import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxBodyProblems, splitFrontmatter } from '../../../../src/lib/checks/files/mdx-body.ts';

const problems = (body: string) => mdxBodyProblems(body, 1).map((p) => `${p.field}: ${p.message}`);

test('Markdown, the components with literal attributes and comments are content', () => {
  assert.deepEqual(problems('# Title\n\nText <Claim id="a">words</Claim> <Cite source="s" p={2} /> {/* a note */}\n\n<Claim id="b" card />\n'), []);
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
