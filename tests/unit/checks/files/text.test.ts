import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, describeChar, invisibleChars, invisibleProblem, MAX_FILE_BYTES, mojibake } from '../../../../src/lib/checks/files/text.ts';

test('a byte-order mark is dropped and Windows line ends read as line ends', () => {
  assert.deepEqual(cleanText('\uFEFFname: A\r\nkind: company\r\n', 30), { text: 'name: A\nkind: company\n', problems: [] });
});

test('a NUL byte and bytes that are not UTF-8 are refused at their line and column', () => {
  const { problems } = cleanText('name: A\nrole: x\0y\n', 20);
  assert.deepEqual(
    problems.map((p) => [p.spot.line, p.spot.column, p.message]),
    [[2, 8, 'holds a NUL byte, so it is not a text file (or it is damaged)']],
  );
  assert.match(cleanText('a\uFFFDb', 5).problems[0]!.message, /not UTF-8/);
});

test('a file larger than content needs is refused before it is read', () => {
  const { problems } = cleanText('x', MAX_FILE_BYTES + 1);
  assert.match(problems[0]!.message, /^is 1\.0 MB, more than any content file needs/);
});

test('invisible characters are found and named, with where they are and the words before', () => {
  const text = 'quote: its customer\u200Bs trust\u202E';
  assert.deepEqual(
    invisibleChars(text).map((c) => describeChar(c.char)),
    ['U+200B ZERO WIDTH SPACE', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
  );
  assert.equal(
    invisibleProblem(text, 19, '\u200B').message,
    'holds an invisible character, U+200B ZERO WIDTH SPACE, at line 1, column 20 (after “…quote: its customer”)',
  );
  assert.deepEqual(invisibleChars('A plain “quote” — with ’ and é.'), [], 'typographic quotes, dashes and accents are text');
});

test('UTF-8 text read as Windows-1252 ("â€™" for "’") is refused with the character meant; accented words are not', () => {
  assert.deepEqual(mojibake('The Verge notes that Ecobeeâ€™s products'), { offset: 27, seen: 'â€™', meant: '’' });
  assert.deepEqual(mojibake('cafÃ© prices in Â£'), { offset: 3, seen: 'Ã©', meant: 'é' });
  assert.equal(mojibake('naïve Château, à la crème – “quoted” — résumé'), undefined);
  const { problems } = cleanText('title: x\nsummary: Ecobeeâ€™s products\n', 40);
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0]!.spot, { offset: 24, line: 2, column: 16 });
  assert.match(problems[0]!.message, /^holds "â€™", which is how "’" looks when UTF-8 text is read as Windows-1252 \(after “…summary: Ecobee”\)$/);
});
