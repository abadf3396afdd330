// The shape of the code is enforced by ESLint (eslint.config.js): a planted
// upward import or import circle fails `npm run lint`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });
const rulesBroken = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId).filter((r) => r?.startsWith('import-x/'));

test('an upward import fails lint: lib/content may not import lib/search, lib may not import data', async () => {
  assert.deepEqual(await rulesBroken("import { COMMON_RANK } from '../search/score.ts';\nexport const x = COMMON_RANK;\n", 'src/lib/content/planted.ts'), [
    'import-x/no-restricted-paths',
  ]);
  assert.deepEqual(await rulesBroken("import { site } from '../../data/site.ts';\nexport const x = site;\n", 'src/lib/views/planted.ts'), [
    'import-x/no-restricted-paths',
  ]);
  assert.deepEqual(await rulesBroken("import { isKebabId } from '../content/ids.ts';\nexport const x = isKebabId;\n", 'src/lib/search/planted.ts'), []);
});

test('an import circle fails lint', async () => {
  // checks/duplicate-ids.ts imports content/ids.ts: ids.ts importing it back closes a circle.
  const broken = await rulesBroken(
    "import { checkDuplicateIds } from '../checks/duplicate-ids.ts';\nexport const x = checkDuplicateIds;\n",
    'src/lib/content/ids.ts',
  );
  assert.ok(broken.includes('import-x/no-cycle'), broken.join(', '));
});
