// Turns an article as received — pasted text, or a web page saved from a
// browser and read by archive/saved-page.ts — into a source file: YAML
// frontmatter plus a plain MDX body. Lines that are the page's furniture are
// left out and listed in the frontmatter (`leftOut`), never silently; a copy
// that stops mid-sentence says so (`incomplete`). Pure: the CLI in scripts/
// does the file I/O.

import { escapeMdxText } from './article.ts';
import { cutOff, cutOffNote, type CutOff, type Words } from './archive/cut-off.ts';
import { findFurniture, type Unit } from './archive/furniture.ts';
import { blockTexts, rawLines, splitRawBlocks, takeLeadingDate, type RawBlock } from './archive/raw-blocks.ts';
import { DATE_FROM, type SavedPage } from './archive/saved-page.ts';
import { DateParseError, parseFuzzyDate } from './dates.ts';
import { isKebabId } from './ids.ts';
import { normalizeQuote } from './quotes.ts';
import { toYaml } from './yaml-writer.ts';
import { keysOf, PUBLISHER_BASIS, type LeftOutKind, type PublisherBasis } from './vocab.ts';

export const PUBLISHER_BASES = keysOf(PUBLISHER_BASIS);

export interface ImportOptions {
  id?: string;
  title?: string;
  /** The headline is unknown: the title is ours, and the site says so. */
  descriptiveTitle?: boolean;
  /** Where the title comes from, when a reader should know ("headline from a syndicated copy"). */
  titleNote?: string;
  publisher?: string;
  /** The publisher's names (its actor's name and alsoKnownAs), to tell its name or tagline from the article. */
  publisherNames?: readonly string[];
  publisherBasis?: PublisherBasis;
  url?: string;
  /** Overrides a leading `date …` line or the page's date, in any form a content date takes (src/lib/content/dates.ts). */
  published?: string;
  /** How the date is known, when it is not printed in the article ("month only: …"). */
  publishedBasis?: string;
  cites?: string[];
  seedFile?: string;
  /** Words of lines the importer would leave out that are the article's after all: each keeps every such line holding them. */
  keep?: readonly string[];
  /** English words, to tell a copy cut off mid-word from one cut off mid-sentence. */
  words?: Words;
}

export class ImportError extends Error {}

/** A line the import left out, why, and where the raw file has it. */
interface LeftOutLine {
  text: string;
  kind: LeftOutKind;
  /** "line 3" of a pasted text, "block 2" of a page's article. */
  where: string;
}

export interface ImportResult {
  id: string;
  frontmatter: Record<string, unknown>;
  blocks: RawBlock[];
  mdx: string;
  leftOut: LeftOutLine[];
  /** Lines the classifier would have left out, kept by `keep`. */
  kept: LeftOutLine[];
  cutOff?: CutOff;
  /** What the page gave, field by field, when it was a saved page (for the editor to check). */
  fromPage?: { field: string; value: string }[];
}

function blocksToMdx(blocks: RawBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'heading') return `## ${escapeMdxText(b.text)}`;
      if (b.type === 'list') return b.items.map((t) => `- ${escapeMdxText(t)}`).join('\n');
      return escapeMdxText(b.text);
    })
    .join('\n\n');
}

const fold = (s: string) => normalizeQuote(s).toLowerCase();

/** Splits the furniture found into lines left out and lines kept by `keep`; a `keep` that matches nothing is an error. */
function applyKeep(found: LeftOutLine[], keep: readonly string[] = []): { leftOut: LeftOutLine[]; kept: LeftOutLine[] } {
  // A scraper's date line is read as the date, never kept as text.
  const keeps = (l: LeftOutLine) => l.kind !== 'date-line' && keep.some((k) => fold(l.text).includes(fold(k)));
  const unused = keep.filter((k) => !found.some((l) => l.kind !== 'date-line' && fold(l.text).includes(fold(k))));
  if (unused.length) {
    const list = found.length ? found.map((l) => `\n  ${l.where}: "${l.text}"`).join('') : ' none';
    throw new ImportError(`--keep "${unused[0]}": no line left out holds these words. The lines left out:${list}`);
  }
  return { leftOut: found.filter((l) => !keeps(l)), kept: found.filter(keeps) };
}

/** The fields every import checks, whatever it reads. */
function checkOptions(opts: ImportOptions, published: string | undefined, dateHint: string): { id: string; published: string } {
  const missing = (['id', 'title', 'publisher'] as const).filter((k) => !opts[k]?.trim());
  if (!published) missing.push('published' as never);
  if (missing.length) {
    throw new ImportError(
      `missing required field${missing.length > 1 ? 's' : ''}: ${missing.map((k) => `--${k}`).join(', ')}` +
        (missing.includes('published' as never) ? ` (${dateHint})` : ''),
    );
  }
  const id = opts.id!.trim();
  if (!isKebabId(id)) throw new ImportError(`--id "${id}" must be lowercase kebab-case (a-z, 0-9, single hyphens)`);
  try {
    parseFuzzyDate(published!);
  } catch (e) {
    if (e instanceof DateParseError) throw new ImportError(`--published: ${e.message}`);
    throw e;
  }
  if (opts.url) {
    try {
      new URL(opts.url);
    } catch {
      throw new ImportError(`--url "${opts.url}" is not an absolute URL`);
    }
  }
  if (opts.publisherBasis && !PUBLISHER_BASES.includes(opts.publisherBasis)) {
    throw new ImportError(`--publisher-basis must be one of ${PUBLISHER_BASES.join(', ')}`);
  }
  return { id, published: published! };
}

/** The source file from its blocks and what was left out (and kept by `keep`). */
function toSource(
  blocks: RawBlock[],
  { leftOut, kept }: { leftOut: LeftOutLine[]; kept: LeftOutLine[] },
  opts: ImportOptions & { title: string; published: string; url?: string; publishedBasis?: string },
  id: string,
): Omit<ImportResult, 'fromPage'> {
  const texts = blockTexts(blocks);
  const cut = cutOff(blocks.at(-1)?.type === 'paragraph' ? texts.at(-1) : undefined, opts.words);
  const frontmatter: Record<string, unknown> = {
    title: opts.title.trim(),
    titleIsDescriptive: Boolean(opts.descriptiveTitle),
    ...(opts.titleNote ? { titleNote: opts.titleNote } : {}),
    kind: 'article',
    publisher: opts.publisher!.trim(),
    publisherBasis: opts.publisherBasis ?? 'stated',
    published: opts.publishedBasis ? { date: opts.published, basis: opts.publishedBasis } : opts.published,
    ...(opts.url ? { url: opts.url } : {}),
    cites: opts.cites ?? [],
    ...(opts.seedFile ? { seedFile: opts.seedFile } : {}),
    ...(leftOut.length ? { leftOut: dedupe(leftOut).map(({ text, kind }) => ({ text, kind })) } : {}),
    ...(cut ? { incomplete: { note: cutOffNote(cut) } } : {}),
  };
  const mdx = `---\n${toYaml(frontmatter)}---\n\n${blocksToMdx(blocks)}\n`;
  return { id, frontmatter, blocks, mdx, leftOut, kept, ...(cut ? { cutOff: cut } : {}) };
}

/** One entry per text: a line the page repeats ("Advertisement") is declared once. */
function dedupe(lines: LeftOutLine[]): LeftOutLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(fold(l.text)) && seen.add(fold(l.text)));
}

/** Pasted article text + options → the content of content/sources/<id>.mdx. Throws ImportError naming the problem. */
export function importArticle(raw: string, opts: ImportOptions): ImportResult {
  const { date, token, rest } = takeLeadingDate(raw);
  const lines = rawLines(rest);
  const units: Unit[] = lines.map((l) => ({ text: l.trim() }));
  const kinds = findFurniture(units, { headline: opts.title, siteNames: opts.publisherNames });
  // Lines of the file: a leading date token on lines of its own moves the rest down.
  const offset = raw.replace(/^\uFEFF/, '').slice(0, raw.replace(/^\uFEFF/, '').length - rest.length).split('\n').length - 1;
  const found: LeftOutLine[] = [
    ...(token ? [{ text: token, kind: 'date-line' as const, where: 'line 1' }] : []),
    ...units.flatMap((u, i) => (kinds[i] && u.text ? [{ text: u.text, kind: kinds[i], where: `line ${i + 1 + offset}` }] : [])),
  ];
  const sorted = applyKeep(found, opts.keep);
  const out = new Set(sorted.leftOut.filter((l) => l.kind !== 'date-line').map((l) => l.where));
  const blocks = splitRawBlocks(lines.filter((_, i) => !out.has(`line ${i + 1 + offset}`)).join('\n'));
  if (!blocks.some((b) => b.type !== 'heading')) throw new ImportError('the article is empty: no paragraph of text was found');
  const checked = checkOptions(opts, opts.published ?? date, 'the text has no leading "date YYYY-MM-DD" line');
  return toSource(blocks, sorted, { ...opts, title: opts.title!, published: checked.published }, checked.id);
}

/** Groups a page's kept blocks as the archive writes them: consecutive list items are one list. */
function pageToBlocks(units: { type: 'heading' | 'paragraph' | 'item'; text: string }[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const u of units) {
    const last = blocks.at(-1);
    if (u.type === 'item') {
      if (last?.type === 'list') last.items.push(u.text);
      else blocks.push({ type: 'list', items: [u.text] });
    } else blocks.push({ type: u.type, text: u.text });
  }
  return blocks;
}

/**
 * A saved page, as read by readSavedPage, + options → the source file. The
 * page gives the headline, date (and where it was read), address and text; a
 * flag given on the command line wins over the page.
 */
export function importPage(page: SavedPage, opts: ImportOptions): ImportResult {
  const title = opts.title ?? page.headline;
  const kinds = findFurniture(page.blocks, { headline: title, siteNames: [...(opts.publisherNames ?? []), ...(page.siteName ? [page.siteName] : [])] });
  const found: LeftOutLine[] = page.blocks.flatMap((b, i) => (kinds[i] ? [{ text: b.text, kind: kinds[i], where: `block ${i + 1}` }] : []));
  const sorted = applyKeep(found, opts.keep);
  const out = new Set(sorted.leftOut.map((l) => l.where));
  const blocks = pageToBlocks(page.blocks.filter((_, i) => !out.has(`block ${i + 1}`)));
  if (!blocks.some((b) => b.type !== 'heading')) throw new ImportError('the page has no paragraph of article text');
  const fromDate = !opts.published && page.published;
  const published = opts.published ?? page.published?.date;
  const url = opts.url ?? page.canonical;
  const checked = checkOptions(
    { ...opts, title },
    published,
    'the page gives no date in its JSON-LD, article:published_time or a <time> in its byline: add --published',
  );
  const publishedBasis = opts.publishedBasis ?? (fromDate ? `As the saved page gives it (${DATE_FROM[fromDate.from]}: ${fromDate.value}).` : undefined);
  const fromPage = [
    ...(!opts.title && page.headline ? [{ field: 'title', value: page.headline }] : []),
    ...(fromDate ? [{ field: 'published', value: `${fromDate.date} (from ${DATE_FROM[fromDate.from]}: ${fromDate.value})` }] : []),
    ...(!opts.url && page.canonical ? [{ field: 'url', value: page.canonical }] : []),
    ...(page.siteName ? [{ field: 'site name', value: page.siteName }] : []),
  ];
  return { ...toSource(blocks, sorted, { ...opts, title: title!, published: checked.published, url, publishedBasis }, checked.id), fromPage };
}
