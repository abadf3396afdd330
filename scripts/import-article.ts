// npm run import -- <article.txt> --id … --title … --publisher … [--url …] [--published …]
// A thin wrapper over src/lib/content/importer.ts: reads the raw text, checks the ids it
// names exist, keeps a copy of the raw text in content/seeds/, writes the source.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, ImportError, PUBLISHER_BASES, type PublisherBasis } from '../src/lib/content/importer.ts';
import { contentDir, contentRoot } from '../src/lib/content/root.ts';
import { inContentDir } from '../src/lib/content/problems.ts';

const USAGE = `Usage: npm run import -- <article.txt> --id <id> --title "<headline>" --publisher <actor-id>
         [--descriptive-title] [--title-note "…"] [--publisher-basis ${PUBLISHER_BASES.join('|')}]
         [--url <original address>] [--published YYYY[-MM[-DD]] [--published-basis "how it is known"]] [--cites <source-id>]... [--force]`;

function fail(message: string): never {
  console.error(inContentDir(`import: ${message}`, contentDir()));
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      'descriptive-title': { type: 'boolean' },
      'title-note': { type: 'string' },
      publisher: { type: 'string' },
      'publisher-basis': { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      'published-basis': { type: 'string' },
      cites: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
const { values: v, positionals } = args;
if (v.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`give exactly one article file\n${USAGE}`);

const input = resolve(positionals[0]!);
let raw: string;
try {
  raw = readFileSync(input, 'utf8');
} catch (e) {
  fail(`cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}

const root = contentRoot();
const seedsDir = join(root, 'seeds');
const seedFile = basename(input);

let result;
try {
  result = importArticle(raw, {
    id: v.id,
    title: v.title,
    descriptiveTitle: v['descriptive-title'],
    titleNote: v['title-note'],
    publisher: v.publisher,
    publisherBasis: v['publisher-basis'] as PublisherBasis | undefined,
    url: v.url,
    published: v.published,
    publishedBasis: v['published-basis'],
    cites: v.cites,
    seedFile,
  });
} catch (e) {
  if (e instanceof ImportError) fail(e.message);
  throw e;
}

const actorFile = ['yaml', 'yml', 'json'].map((ext) => join(root, 'actors', `${v.publisher}.${ext}`)).find(existsSync);
if (!actorFile) fail(`--publisher "${v.publisher}": no actor file content/actors/${v.publisher}.yaml; add the publisher as an actor first`);
for (const cited of v.cites ?? []) {
  if (!existsSync(join(root, 'sources', `${cited}.mdx`))) fail(`--cites "${cited}": no source content/sources/${cited}.mdx`);
}

const target = join(root, 'sources', `${result.id}.mdx`);
if (existsSync(target) && !v.force) fail(`${relative(process.cwd(), target)} already exists; pass --force to overwrite it`);

// Keep the raw text beside the content so quotes stay checkable and the repo stands alone.
mkdirSync(seedsDir, { recursive: true });
const seedCopy = join(seedsDir, seedFile);
if (resolve(seedCopy) !== input) {
  if (existsSync(seedCopy) && readFileSync(seedCopy, 'utf8') !== raw) fail(`content/seeds/${seedFile} exists with other text; rename the article file`);
  copyFileSync(input, seedCopy);
}
mkdirSync(join(root, 'sources'), { recursive: true });
writeFileSync(target, result.mdx);
const counts = result.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : b.type === 'paragraph' ? 1 : 0), 0);
console.log(`import: wrote ${relative(process.cwd(), target)} (${counts} passages)`);
