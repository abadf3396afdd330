import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { checkSchemas, SCHEMA_PROBLEMS, schemaIssues } from '../../../src/lib/checks/schema.ts';
import { sentence } from '../../../src/lib/content/schemas.ts';

const schema = z.object({ title: sentence, kind: z.enum(['a', 'b']), steps: z.array(z.object({ to: z.string() }).strict()) }).strict();

test('every issue of an entry, each at its field; an unknown field is named itself', async () => {
  assert.deepEqual(await schemaIssues(schema, { title: 'T', kind: 'a', steps: [] }), []);
  const issues = await schemaIssues(schema, { titel: 'T', kind: 'c', steps: [{ to: 'x', from: 'y' }] });
  assert.deepEqual(
    issues.map((i) => i.field),
    ['title', 'kind', 'steps[0].from', 'titel'],
  );
  assert.equal(issues[0]!.message, 'is missing: this field is required');
});

test('marked entries of every collection become problems with a fix; clean entries none', () => {
  const problems = checkSchemas({
    sources: [
      {
        id: 'v',
        filePath: 'content/sources/v.mdx',
        data: {
          [SCHEMA_PROBLEMS]: [
            { field: 'title', message: 'is missing: this field is required' },
            { field: 'titel', message: 'Unrecognized key: "titel"' },
          ],
        },
      },
      { id: 'ok', data: { title: 'Fine' } },
    ],
    events: [
      { id: 'e', filePath: 'content/events/e.yaml', data: { [SCHEMA_PROBLEMS]: [{ field: 'when', message: '"April 2021" is not a date; write YYYY' }] } },
    ],
  });
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}: ${p.fix}`),
    [
      'content/sources/v.mdx → title: add the field',
      'content/sources/v.mdx → titel: remove or rename the field (docs/EDITING.md lists the fields of each kind of file)',
      'content/events/e.yaml → when: write the date as the message says',
    ],
  );
});

test('the usual YAML slips get a fix that says what to write', async () => {
  const claimLike = z.object({ differences: z.string().optional(), topics: z.array(z.string()), order: z.number() }).strict();
  const issues = await schemaIssues(claimLike, { differences: null, topics: 'a', order: '3' });
  const problems = checkSchemas({ claims: [{ id: 'c', filePath: 'content/claims/c.yaml', data: { [SCHEMA_PROBLEMS]: issues } }] });
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.fix}`),
    [
      'differences: write its value after the colon, or remove the line',
      'topics: write a list, even of one: [a] or [a, b], or one "- " line per item',
      'order: write the number without quotes',
    ],
  );
});

test('a field left out is named as missing, whatever its type, not as a type mismatch', async () => {
  const issues = await schemaIssues(z.object({ order: z.number(), topics: z.array(z.string()) }), {});
  assert.deepEqual(
    issues.map((i) => `${i.field}: ${i.message}`),
    ['order: is missing: this field is required', 'topics: is missing: this field is required'],
  );
});
