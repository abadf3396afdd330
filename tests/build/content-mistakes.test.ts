// The mistakes a new editor makes in content each end the build with the
// content report alone: a non-zero exit, "Content check failed", the file
// named, and nothing after the report that reads as a crash (no stack trace,
// no Location: inside node_modules/astro, no Astro error banner). Each case
// breaks a copy of the real content the way an editor would, and builds it
// once, so each proves its own point. How the problems are worded is not
// tested here; the rules are unit-tested in tests/unit/checks/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/lib/build-site.ts';
import { buildFixture, edit } from './fixture.ts';

const VERGE = 'sources/verge-2021-04-15-amazon-ecobee.mdx';
const DECLINED = 'claims/amazon-declined-to-comment.yaml';
// Builds that stop at the content check take seconds; a hung one is stopped by buildSite after 180 s.
const SLOW = { timeout: 200_000 };

const HEADER = /Content check failed \(\d+ problems?\):/;
// What reads as a crash, as Astro prints an error it did not expect (astro/dist/core/messages/runtime.js
// formatErrorMessage, and its logger's [ERROR] lines) or as Node prints an uncaught error: none of it may
// follow the report. A closing sentence of the build's own ("The build stopped…") is not a crash.
const CRASH = [
  /^\s+at /,
  /Location:/,
  /node_modules\/astro/,
  /\[ERROR\]/,
  /^\s*(Hint|Error reference|Stack trace|Caused by):/,
  /See full stack trace/,
  /docs\.astro\.build\/[^\s]*errors/,
  /^\s*\[[A-Za-z]*(Error|Exception)\]/,
  /^\s*[A-Za-z]*(Error|Exception)( \[[A-Z_]+\])?: /,
];

/** The output's last lines, for a failure message (marked, so that the test runner does not read them as its own stack). */
const tail = (output: string, lines = 40) =>
  output
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => `│ ${line}`)
    .join('\n');

/**
 * The build was refused with the content report alone, and the report names
 * every one of `files` (paths end in content/<collection>/<file>; any prefix).
 */
function assertReportOnly(r: BuildResult, ...files: RegExp[]) {
  const shown = `\n--- build output (end) ---\n${tail(r.output)}`;
  assert.equal(r.ok, false, `the build succeeded${shown}`);
  const start = r.output.search(HEADER);
  assert.ok(start >= 0, `no "Content check failed" report${shown}`);
  const report = r.output.slice(start);
  for (const file of files) assert.ok(file.test(report), `the report does not name ${file}${shown}`);
  // Anywhere in the output: a stack trace, a Location:, a path into Astro.
  assert.ok(!/^\s+at /m.test(r.output), `a stack trace is printed${shown}`);
  assert.ok(!/Location:/.test(r.output), `a Location: is printed${shown}`);
  assert.ok(!/node_modules\/astro/.test(r.output), `the output points into node_modules/astro${shown}`);
  // After the report: nothing that reads as a crash.
  const crash = report
    .split('\n')
    .slice(1)
    .filter((line) => CRASH.some((m) => m.test(line)));
  assert.deepEqual(crash, [], `after the report, lines that read as a crash${shown}`);
}

test('1. a YAML file saved with a byte-order mark and one line indented with a tab', SLOW, () => {
  // The byte-order mark alone may be accepted (it is invisible and harmless); the tab, which YAML forbids as indentation, must be refused.
  const r = buildFixture((dir) => {
    edit(
      dir,
      'actors/amazon.yaml',
      (t) =>
        '\uFEFF' +
        t.replace(/^alsoKnownAs: \[(.*)\]$/m, (_, names: string) =>
          ['alsoKnownAs:', ...names.split(', ').map((n, i) => `${i === 1 ? '\t' : '  '}- ${n}`)].join('\n'),
        ),
    );
    assert.match(readFileSync(join(dir, 'actors/amazon.yaml'), 'utf8'), /^\t- /m, 'the fixture has its tab');
  });
  assertReportOnly(r, /content\/actors\/amazon\.yaml/);
});

test('2. a key written twice in one claim file', SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, DECLINED, (t) => t.replace(/^status: statement$/m, 'status: statement\nstatus: reported'));
  });
  assertReportOnly(r, /content\/claims\/amazon-declined-to-comment\.yaml/);
});

test('3. a data file whose whole content is a YAML list instead of fields', SLOW, () => {
  const r = buildFixture((dir) => {
    writeFileSync(join(dir, 'topics/privacy.yaml'), '- title: Privacy\n- description: What the data reveals about a home.\n- order: 8\n');
  });
  assertReportOnly(r, /content\/topics\/privacy\.yaml/);
});

test('4. a zero-width space inside the words of an evidence quote', SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, DECLINED, (t) => {
      assert.ok(t.includes('quote: "Amazon declined to comment'), 'the fixture has its quote');
      return t.replace('quote: "Amazon declined to comment', 'quote: "Amazon decl\u200Bined to comment');
    });
  });
  assertReportOnly(r, /content\/claims\/amazon-declined-to-comment\.yaml/);
});

test('5. a claim quote spanning two paragraphs of its source', SLOW, () => {
  const r = buildFixture((dir) => {
    // The end of one paragraph of The Verge and the start of the next, as the source has them.
    const paragraphs = readFileSync(join(dir, VERGE), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim());
    const i = paragraphs.findIndex((p) => p.endsWith('regulators may have no choice but to step in.'));
    assert.ok(i > 0 && paragraphs[i + 1]?.startsWith('Amazon declined to comment'), 'the source has the two paragraphs');
    const quote = `${paragraphs[i]!.split('. ').at(-1)} ${paragraphs[i + 1]!.split(',')[0]}`;
    edit(dir, 'claims/regulators-may-have-to-step-in.yaml', (t) => t.replace(/^ {4}quote: ".*"$/m, `    quote: "${quote}"`));
    assert.ok(readFileSync(join(dir, 'claims/regulators-may-have-to-step-in.yaml'), 'utf8').includes(quote), 'the claim has the quote');
  });
  assertReportOnly(r, /content\/claims\/regulators-may-have-to-step-in\.yaml/);
});

test("6. a claim's evidence source id written in the wrong case", SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, DECLINED, (t) => t.replace('source: verge-2021-04-15-amazon-ecobee', 'source: Verge-2021-04-15-Amazon-Ecobee'));
  });
  assertReportOnly(r, /content\/claims\/amazon-declined-to-comment\.yaml/);
});

test("7. month 13 in an event's date", SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, 'events/ecobee-refuses.yaml', (t) => t.replace('date: before 2021-04', 'date: before 2021-13'));
  });
  assertReportOnly(r, /content\/events\/ecobee-refuses\.yaml/);
});

test("8. an unclosed <Claim> in an explainer's body", SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, 'explainers/what-amazon-said.mdx', (t) => {
      const closed = 'agreements with partners.</Claim>';
      assert.ok(t.includes(closed), 'the fixture has its <Claim>');
      return t.replace(closed, 'agreements with partners.');
    });
  });
  assertReportOnly(r, /content\/explainers\/what-amazon-said\.mdx/);
});

test('9. a YAML alias bomb (billion laughs) in a data file', SLOW, () => {
  const r = buildFixture((dir) => {
    // Nine levels of nine: 9^9 (some 387 million) x's once the aliases are expanded.
    const levels = 'abcdefghi'.split('');
    const items = (i: number) => Array<string>(9).fill(i === 0 ? 'x' : `*${levels[i - 1]}`);
    const bomb = levels.map((name, i) => `${name}: &${name} [${items(i).join(', ')}]`).join('\n');
    edit(dir, 'topics/background.yaml', (t) => `${t.trimEnd()}\n${bomb}\n`);
  });
  assertReportOnly(r, /content\/topics\/background\.yaml/);
});

test('10. a source without a title', SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, VERGE, (t) => t.replace(/^title: .*\n/m, ''));
  });
  assertReportOnly(r, /content\/sources\/verge-2021-04-15-amazon-ecobee\.mdx/);
});

/**
 * Builds with an explainer whose top imports node:fs and exports the result of
 * writing a file into the fixture's own temporary folder (`{x}` in its body if
 * `shown`), asserts that the file was never written, and returns the build.
 */
function buildWithImportingExplainer(shown: boolean) {
  let marker = '';
  let ran = false;
  const r = buildFixture(
    (dir) => {
      marker = join(dir, '..', 'explainer-code-ran');
      edit(dir, 'explainers/what-amazon-said.mdx', (t) => {
        const code = t.replace(
          /^(---\n[\s\S]*?\n---\n)/,
          `$1\nimport fs from "node:fs";\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, "ran");\n`,
        );
        return shown ? code.replace('## No comment\n', '## No comment\n\n{x}\n') : code;
      });
      const text = readFileSync(join(dir, 'explainers/what-amazon-said.mdx'), 'utf8');
      assert.match(text, /^export const x = fs\.writeFileSync/m, 'the fixture has its code');
      assert.equal(/^\{x\}$/m.test(text), shown, 'the fixture shows {x} or not');
    },
    () => {
      ran = existsSync(marker);
    },
  );
  assert.equal(ran, false, `the explainer's code ran during the build (it wrote ${marker})\n${tail(r.output)}`);
  return r;
}

test('11. an explainer that imports code and shows it with {x}: the code never runs', SLOW, () => {
  assertReportOnly(buildWithImportingExplainer(true), /content\/explainers\/what-amazon-said\.mdx/);
});

test('11b. the same import and export without {x}: the code never runs either', SLOW, () => {
  // {x} alone is refused as a brace in prose, which would stop the build before the
  // explainer is rendered; without it, the import and export must be refused themselves.
  assertReportOnly(buildWithImportingExplainer(false), /content\/explainers\/what-amazon-said\.mdx/);
});

test('12. a claim file copied under a second file name', SLOW, () => {
  const r = buildFixture((dir) => {
    cpSync(join(dir, DECLINED), join(dir, 'claims/amazon-declined-to-comment-2.yaml'));
  });
  assertReportOnly(r, /content\/claims\/amazon-declined-to-comment\.yaml/, /content\/claims\/amazon-declined-to-comment-2\.yaml/);
});

test('13. a paragraph deleted from an archived article, as an editor removes furniture by hand', SLOW, () => {
  const r = buildFixture((dir) => {
    edit(dir, VERGE, (t) => {
      const i = t.indexOf('The full report is well worth a read');
      assert.ok(i > 0, 'the source has the paragraph');
      return t.slice(0, i) + t.slice(t.indexOf('\n\n', i) + 2);
    });
  });
  assertReportOnly(r, /content\/sources\/verge-2021-04-15-amazon-ecobee\.mdx/);
  assert.match(
    r.output,
    /misses a paragraph of the article as received \(\S*seeds\/000_6ce41bf959fd6d3b\.txt, line 9\): "The full report is well worth a read/,
  );
});
