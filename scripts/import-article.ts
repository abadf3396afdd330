// npm run import -- <article.txt | page.html> --id … --publisher … [--title …] [--published …] [--keep "<words>"]…
// A thin wrapper over src/lib/content/importer.ts: reads the raw text or saved
// page, checks the ids it names exist, keeps the raw file in content/seeds/ as
// it was, writes the source, and prints every line it left out and why.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { importArticle, importPage, ImportError, PUBLISHER_BASES, type ImportResult } from '../src/lib/content/importer.ts';
import { wordsFrom } from '../src/lib/content/archive/cut-off.ts';
import { isSavedPage } from '../src/lib/content/archive/seed.ts';
import { contentDir, contentRoot } from '../src/lib/content/root.ts';
import { inContentDir } from '../src/lib/content/problems.ts';
import { LEFT_OUT, type PublisherBasis } from '../src/lib/content/vocab.ts';

const USAGE = `Usage: npm run import -- <article.txt | saved-page.html> --id <id> --publisher <actor-id>
         [--title "<headline>"] [--descriptive-title] [--title-note "…"] [--publisher-basis ${PUBLISHER_BASES.join('|')}]
         [--url <original address>] [--published YYYY[-MM[-DD]] [--published-basis "how it is known"]] [--cites <source-id>]...
         [--keep "<words of a line left out that is the article's>"]... [--force]
A saved page gives its own headline, date, address and site name; a flag wins over the page.`;

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
      keep: { type: 'string', multiple: true },
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

const actorFile = v.publisher && ['yaml', 'yml', 'json'].map((ext) => join(root, 'actors', `${v.publisher}.${ext}`)).find(existsSync);
/** The publisher's names, to tell its name or tagline at the top of a copy from the article. */
const actor = actorFile ? ((load(readFileSync(actorFile, 'utf8')) ?? {}) as { name?: string; alsoKnownAs?: string[] }) : {};
const publisherNames = [actor.name, ...(actor.alsoKnownAs ?? [])].filter((n): n is string => typeof n === 'string');

const words = wordsFrom(
  readFileSync((await import('word-list')).default, 'utf8')
    .split('\n')
    .filter(Boolean),
);

const options = {
  id: v.id,
  title: v.title,
  descriptiveTitle: v['descriptive-title'],
  titleNote: v['title-note'],
  publisher: v.publisher,
  publisherNames,
  publisherBasis: v['publisher-basis'] as PublisherBasis | undefined,
  url: v.url,
  published: v.published,
  publishedBasis: v['published-basis'],
  cites: v.cites,
  seedFile,
  keep: v.keep,
  words,
};

const page = isSavedPage(seedFile, raw);
let result: ImportResult;
let siteName: string | undefined;
try {
  if (page) {
    const { readSavedPage, PageError } = await import('../src/lib/content/archive/saved-page.ts');
    let read;
    try {
      read = readSavedPage(raw);
    } catch (e) {
      if (e instanceof PageError)
        fail(`${positionals[0]} is read as a saved web page, and ${e.message}; paste the article's text into a .txt file and import that`);
      throw e;
    }
    siteName = read.siteName;
    result = importPage(read, options);
  } else result = importArticle(raw, options);
} catch (e) {
  if (e instanceof ImportError) fail(e.message);
  throw e;
}

if (!actorFile) fail(`--publisher "${v.publisher}": no actor file content/actors/${v.publisher}.yaml; add the publisher as an actor first`);
for (const cited of v.cites ?? []) {
  if (!existsSync(join(root, 'sources', `${cited}.mdx`))) fail(`--cites "${cited}": no source content/sources/${cited}.mdx`);
}

const target = join(root, 'sources', `${result.id}.mdx`);
if (existsSync(target) && !v.force) fail(`${relative(process.cwd(), target)} already exists; pass --force to overwrite it`);

// Keep the raw file beside the content, as it was, so quotes and the archive stay checkable and the repo stands alone.
mkdirSync(seedsDir, { recursive: true });
const seedCopy = join(seedsDir, seedFile);
if (resolve(seedCopy) !== input) {
  if (existsSync(seedCopy) && readFileSync(seedCopy, 'utf8') !== raw) fail(`content/seeds/${seedFile} exists with other text; rename the article file`);
  copyFileSync(input, seedCopy);
}
mkdirSync(join(root, 'sources'), { recursive: true });
writeFileSync(target, result.mdx);

const say = (line = '') => console.log(line);
const quoted = (t: string) => `"${t.length > 100 ? `${t.slice(0, 99)}…` : t}"`;
if (page) {
  say(`import: read ${seedFile} as a saved web page. From the page (a flag wins over it):`);
  for (const { field, value } of result.fromPage ?? []) say(`  ${field.padEnd(10)} ${value}`);
  const named = (n: string) => n.toLowerCase().replace(/^the\s+/, '');
  if (siteName && publisherNames.length && !publisherNames.some((n) => named(n) === named(siteName!)))
    say(`import: the page names its site "${siteName}", and --publisher ${v.publisher} is "${publisherNames[0]}": check the publisher`);
}
if (result.leftOut.length) {
  say(
    `import: left out ${result.leftOut.length} line${result.leftOut.length > 1 ? 's' : ''} that ${result.leftOut.length > 1 ? 'are' : 'is'} not the article (recorded under leftOut; readers are told):`,
  );
  const width = Math.max(...result.leftOut.map((l) => l.where.length));
  for (const l of result.leftOut) say(`  ${l.where.padEnd(width)}  ${LEFT_OUT[l.kind].one.padEnd(36)} ${quoted(l.text)}`);
  say(`  A line that is the article's own: run again with --keep "<some of its words>" --force.`);
}
for (const l of result.kept) say(`import: kept by --keep: ${l.where} ${quoted(l.text)} (read as ${LEFT_OUT[l.kind].one})`);
if (result.cutOff) say(`import: the copy ends ${result.cutOff.how} ("…${result.cutOff.tail}"): recorded as incomplete, and readers are told`);
const counts = result.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : b.type === 'paragraph' ? 1 : 0), 0);
say(`import: wrote ${relative(process.cwd(), target)} (${counts} passages)`);
