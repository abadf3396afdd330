// Turns a raw article text (as scraped) into a source file: YAML frontmatter
// plus a plain MDX body. Pure: the CLI in scripts/ does the file I/O.

import { escapeMdxText } from './article.ts';
import { DateParseError, parseFuzzyDate } from './dates.ts';
import { isKebabId } from './ids.ts';
import { toYaml } from './yaml-writer.ts';
import { keysOf, PUBLISHER_BASIS, type PublisherBasis } from './vocab.ts';

export type { PublisherBasis };

export const PUBLISHER_BASES = keysOf(PUBLISHER_BASIS);

export interface ImportOptions {
  id?: string;
  title?: string;
  /** The headline is unknown: the title is ours, and the site says so. */
  descriptiveTitle?: boolean;
  /** Where the title comes from, when a reader should know ("headline from a syndicated copy"). */
  titleNote?: string;
  publisher?: string;
  publisherBasis?: PublisherBasis;
  url?: string;
  /** Overrides a leading `date …` line, in any form a content date takes (src/lib/content/dates.ts). */
  published?: string;
  /** How the date is known, when it is not printed in the article ("month only: …"). */
  publishedBasis?: string;
  cites?: string[];
  seedFile?: string;
}

export class ImportError extends Error {}

export type RawBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

/** Comment counters that scrapers pick up at the foot of a page, in the languages seen so far. */
const COMMENT_TRAILER =
  /^\d+\s+(comments?|comment\(s\)|commentaires?|commentaire\(s\)|comentarios?|comentários?|commenti|kommentare?|reacties|reactions?|responses?|replies)$/i;

const LEADING_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*\n)/;

/** Removes a leading `date YYYY-MM-DD` metadata token; returns the date found. */
export function takeLeadingDate(text: string): { date?: string; rest: string } {
  const m = LEADING_DATE.exec(text);
  return m ? { date: m[1], rest: text.slice(m[0].length) } : { rest: text };
}

/** Drops a scraped comment counter ("0 Commentaires", "12 Comments") from the last line. */
export function dropTrailers(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && out[out.length - 1]!.trim() === '') out.pop();
  if (out.length && COMMENT_TRAILER.test(out[out.length - 1]!.trim())) out.pop();
  while (out.length && out[out.length - 1]!.trim() === '') out.pop();
  return out;
}

/**
 * A short line with no closing punctuation that introduces what follows, such
 * as "What you need to know", reads as a heading rather than a paragraph.
 */
export function isHeadingLike(line: string, hasNext: boolean): boolean {
  const t = line.trim();
  if (!hasNext || t.length === 0 || t.length > 60) return false;
  if (t.split(/\s+/).length > 8) return false;
  if (/[.!?,;:"”’)\]]$/.test(t)) return false;
  if (/^-\s/.test(t)) return false;
  return /^\p{Lu}/u.test(t);
}

/**
 * Splits raw text into blocks. Scraped texts come in two styles: one paragraph
 * per line, or paragraphs separated by blank lines (where a single newline is
 * a hard wrap inside a paragraph). The presence of any blank line tells which.
 */
export function splitRawBlocks(text: string): RawBlock[] {
  const lines = dropTrailers(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .split('\n'),
  );
  const blankSeparated = lines.some((l) => l.trim() === '');
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: para.join(' ') });
    if (list) blocks.push({ type: 'list', items: list });
    para = [];
    list = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line === '') return flush();
    const item = /^[-•*]\s+(.*)$/.exec(line);
    if (item) {
      if (para.length) flush();
      (list ??= []).push(item[1]!);
      return;
    }
    const hasNext = lines.slice(i + 1).some((l) => l.trim() !== '');
    // With blank-line paragraphs, a wrapped paragraph's first line can look
    // short; a heading there stands alone or directly above a list.
    const next = (lines[i + 1] ?? '').trim();
    const standsAlone = !blankSeparated || next === '' || /^[-•*]\s/.test(next);
    if (para.length === 0 && standsAlone && isHeadingLike(line, hasNext)) {
      flush();
      blocks.push({ type: 'heading', text: line });
      return;
    }
    if (list) flush();
    para.push(line);
    if (!blankSeparated) flush();
  });
  flush();
  return blocks;
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

export interface ImportResult {
  id: string;
  frontmatter: Record<string, unknown>;
  blocks: RawBlock[];
  mdx: string;
}

/** raw article text + options → the content of content/sources/<id>.mdx. Throws ImportError naming the problem. */
export function importArticle(raw: string, opts: ImportOptions): ImportResult {
  const { date, rest } = takeLeadingDate(raw.replace(/^\uFEFF/, ''));
  const blocks = splitRawBlocks(rest);
  if (!blocks.some((b) => b.type !== 'heading')) throw new ImportError('the article is empty: no paragraph of text was found');

  const missing = (['id', 'title', 'publisher'] as const).filter((k) => !opts[k]?.trim());
  const published = opts.published ?? date;
  if (!published) missing.push('published' as never);
  if (missing.length) {
    throw new ImportError(
      `missing required field${missing.length > 1 ? 's' : ''}: ${missing.map((k) => `--${k}`).join(', ')}` +
        (missing.includes('published' as never) ? ' (the text has no leading "date YYYY-MM-DD" line)' : ''),
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

  const frontmatter: Record<string, unknown> = {
    title: opts.title!.trim(),
    titleIsDescriptive: Boolean(opts.descriptiveTitle),
    ...(opts.titleNote ? { titleNote: opts.titleNote } : {}),
    kind: 'article',
    publisher: opts.publisher!.trim(),
    publisherBasis: opts.publisherBasis ?? 'stated',
    published: opts.publishedBasis ? { date: published!, basis: opts.publishedBasis } : published!,
    ...(opts.url ? { url: opts.url } : {}),
    cites: opts.cites ?? [],
    ...(opts.seedFile ? { seedFile: opts.seedFile } : {}),
  };
  const mdx = `---\n${toYaml(frontmatter)}---\n\n${blocksToMdx(blocks)}\n`;
  return { id, frontmatter, blocks, mdx };
}
