import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimOrder, findMdxTags, integerAttr, stringAttr, type MdxTag } from '../../../src/lib/content/mdx-refs.ts';

const one = (body: string): MdxTag => {
  const tags = findMdxTags(body);
  assert.equal(tags.length, 1, body);
  return tags[0]!;
};

test('explainer components are found with their lines, claims in order of first mention', () => {
  const body =
    'Intro <Claim id="b">x</Claim>\n<Term id="t">t</Term> and <Claim id="a" card />\n<Cite source="s" p={2} /> <Claim id="b">again</Claim>\n<Diagram id="d" />';
  const tags = findMdxTags(body);
  assert.deepEqual(
    tags.map((t) => `${t.name}:${stringAttr(t, t.name === 'Cite' ? 'source' : 'id')}@${t.line}`),
    ['Claim:b@1', 'Term:t@2', 'Claim:a@2', 'Cite:s@3', 'Claim:b@3', 'Diagram:d@4'],
  );
  assert.equal(integerAttr(tags[3]!, 'p'), 2);
  assert.deepEqual(tags[2]!.attrs.card, { kind: 'flag' });
  assert.equal(tags[2]!.tag, '<Claim id="a" card />');
  assert.deepEqual(claimOrder(tags), ['b', 'a']);
});

test('attribute values in "…", \'…\' and {…} forms', () => {
  const tag = one(`<Claim id="a" title='b c' n={"d"} expr={count + 1} card />`);
  assert.deepEqual(tag.attrs, {
    id: { kind: 'string', value: 'a' },
    title: { kind: 'string', value: 'b c' },
    n: { kind: 'expression', value: '"d"' },
    expr: { kind: 'expression', value: 'count + 1' },
    card: { kind: 'flag' },
  });
  assert.equal(stringAttr(tag, 'id'), 'a');
  assert.equal(stringAttr(tag, 'title'), 'b c');
  assert.equal(stringAttr(tag, 'n'), 'd', 'a string literal in braces reads as a string');
  assert.equal(stringAttr(tag, 'expr'), undefined, 'an expression is not a string');
  assert.equal(stringAttr(tag, 'card'), undefined);
  assert.equal(stringAttr(tag, 'missing'), undefined);
  assert.equal(stringAttr(one(`<Claim id={'e'} />`), 'id'), 'e');
  // A ">" inside a value does not end the tag.
  assert.equal(stringAttr(one('<Claim id="a>b" />'), 'id'), 'a>b');
});

test('p={3} and p="3" read as integers; anything else does not', () => {
  assert.equal(integerAttr(one('<Cite source="s" p={3} />'), 'p'), 3);
  assert.equal(integerAttr(one('<Cite source="s" p={ 12 } />'), 'p'), 12);
  assert.equal(integerAttr(one('<Cite source="s" p="3" />'), 'p'), 3);
  for (const p of ['{-1}', '{1.5}', '{n}', '"three"', '{"3"}']) {
    assert.equal(integerAttr(one(`<Cite source="s" p=${p} />`), 'p'), undefined, p);
  }
  assert.equal(integerAttr(one('<Cite source="s" p />'), 'p'), undefined);
  assert.equal(integerAttr(one('<Cite source="s" />'), 'p'), undefined);
  assert.equal(integerAttr(one('<Cite source="s" p={3} />'), 'source'), undefined);
});

test('a tag in a code span or a fenced block is an example, not a use', () => {
  assert.deepEqual(findMdxTags('Write `<Claim id="x" />` to cite a claim.'), []);
  const body = 'Before\n```mdx\n<Claim id="x" />\n<Cite source="s" p={1} />\n```\nAfter `<Term id="t">` <Claim id="y" />';
  const tags = findMdxTags(body);
  assert.deepEqual(
    tags.map((t) => [stringAttr(t, 'id'), t.line]),
    [['y', 6]],
  );
  assert.equal(tags[0]!.tag, '<Claim id="y" />');
  // A draft left in a comment is not rendered, so not a use either.
  assert.deepEqual(
    findMdxTags('{/* later: <Claim id="draft-claim" /> */}\n<Claim id="z" />').map((t) => [stringAttr(t, 'id'), t.line]),
    [['z', 2]],
  );
});

test('line numbers count from 1, across blank lines and multi-line bodies', () => {
  const tags = findMdxTags('<Term id="a" />\n\n\nText <Term id="b" />\n\n<Term id="c" />');
  assert.deepEqual(
    tags.map((t) => t.line),
    [1, 4, 6],
  );
});

test('an unknown capitalised component is returned with its name; HTML and closing tags are not', () => {
  const tags = findMdxTags('<div class="x"><Claims id="x">list</Claims></div>\n<p>text</p>');
  assert.equal(tags.length, 1);
  assert.equal(tags[0]!.name, 'Claims');
  assert.equal(tags[0]!.tag, '<Claims id="x">');
  assert.equal(stringAttr(tags[0]!, 'id'), 'x');
  assert.deepEqual(claimOrder(tags), [], 'only <Claim> tags name claims');
});

test('claim order ignores a <Claim> without a string id', () => {
  assert.deepEqual(claimOrder(findMdxTags('<Claim id={x} /> <Claim /> <Claim id="b" /> <Claim id={"a"} /> <Claim id="b" />')), ['b', 'a']);
});
