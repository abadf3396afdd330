// npm run claim:new -- --source <id> --quote "…" [--id <claim-id>] [--paragraph N]
// Finds the quote in the archived article as the build would (at least three
// words, found once, or once in the paragraph given), refuses it otherwise
// with the build's own message, and writes content/claims/<id>.yaml with the
// evidence, its paragraph and the attribution the source implies filled in.
// The statement is left for the editor: it is our words, not the source's.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, contentRoot } from '../src/lib/content/root.ts';
import { inContentDir } from '../src/lib/content/problems.ts';
import { placeQuote } from '../src/lib/checks/quotes.ts';
import { isKebabId, slugify } from '../src/lib/content/ids.ts';
import { readSources } from './lib/read-content.ts';
import { claimYaml } from '../src/lib/content/claim-yaml.ts';

const USAGE = 'Usage: npm run claim:new -- --source <source-id> --quote "words from the article" [--id <claim-id>] [--paragraph <n>] [--force]';

function fail(message: string, fix?: string): never {
  console.error(inContentDir(`claim:new: ${message}${fix ? `\n  Fix: ${fix}` : ''}`, contentDir()));
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      source: { type: 'string' },
      quote: { type: 'string' },
      id: { type: 'string' },
      paragraph: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  fail((e as Error).message, USAGE);
}
if (values.help) {
  console.log(
    `${USAGE}\n\nWrites ${contentDir()}/claims/<id>.yaml for words of an archived article, placed as the build places quotes.\n` +
      "  --id         the claim's id and file name (default: from the quote's words); it becomes the claim's permanent address\n" +
      '  --paragraph  the paragraph to look in, when the words occur in more than one\n' +
      '  --force      overwrite a claim file of that id',
  );
  process.exit(0);
}
if (!values.source || !values.quote) fail('--source and --quote are required', USAGE);
const paragraph = values.paragraph === undefined ? undefined : Number(values.paragraph);
if (paragraph !== undefined && !(Number.isInteger(paragraph) && paragraph > 0)) fail(`--paragraph must be a paragraph number, not "${values.paragraph}"`);

const root = contentRoot();
const sources = readSources(root);
const source = sources.find((s) => s.id === values.source);
if (!source) {
  const near = sources.map((s) => s.id).filter((id) => id.includes(values.source!.split('-')[0]!));
  fail(
    `no source has the id "${values.source}" in ${contentDir()}/sources/`,
    near.length
      ? `use one of ${near.join(', ')}`
      : `see ${relative(process.cwd(), join(root, 'sources'))}/${process.env.CONTENT_ROOT ? '' : ' (for another story, set CONTENT_ROOT to its content folder)'}`,
  );
}
if (!source.passages.length) fail(`"${source.id}" has no archived text, so nothing can be quoted from it`, 'quote the archived article that relays it');

const placed = placeQuote(source.id, source.passages, values.quote, paragraph);
if (!('location' in placed)) fail(placed.message, placed.fix);
const { location } = placed;

const id = values.id ?? slugify(location.exact.split(/\s+/).slice(0, 7).join(' '));
if (!isKebabId(id)) fail(`"${id}" is not an id`, `pass --id with lowercase words joined by hyphens, e.g. --id ${slugify(id) || 'what-the-claim-says'}`);
const file = join(root, 'claims', `${id}.yaml`);
if (existsSync(file) && !values.force) fail(`${relative(process.cwd(), file)} already exists`, 'pass another --id, or --force to overwrite it');

// A source that relays another report: the claim is that report's, as the source tells it.
const relayed = source.cites.map((c) => sources.find((s) => s.id === c)?.publisher).filter((p): p is string => !!p);
const topicsDir = join(root, 'topics');
const topics = existsSync(topicsDir) ? readdirSync(topicsDir).map((f) => f.replace(/\.[^.]+$/, '')) : [];

const yaml = `# Written by npm run claim:new.\n${claimYaml({ sourceId: source.id, n: location.n, exact: location.exact, relayed, topics })}`;
mkdirSync(join(root, 'claims'), { recursive: true });
writeFileSync(file, yaml);
console.log(`claim:new: wrote ${relative(process.cwd(), file)} (quote found in ¶${location.n} of ${source.id}); write its statement, then npm run build`);
