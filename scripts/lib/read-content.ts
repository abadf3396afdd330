// Reads the content folder as the editor tools need it, without a build: each
// article's numbered passages (parsed as the build parses them) and each
// claim's evidence. The build itself reads content through Astro's collections.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseArticleBody, passages as passagesOf } from '../../src/lib/content/article.ts';
import type { Passage } from '../../src/lib/content/quotes.ts';

export interface SourceText {
  id: string;
  publisher: string;
  cites: string[];
  /** Empty for a cited report whose text is not archived. */
  passages: Passage[];
  /** Its sentences marked as no claim, with why. */
  notClaims: { text: string; why: string }[];
}

export interface ClaimEvidence {
  id: string;
  evidence: { source: string; quote: string; paragraph?: number }[];
}

const files = (dir: string, ext: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => ext.test(f))
        .sort()
    : [];

export function readSources(root: string): SourceText[] {
  return files(join(root, 'sources'), /\.mdx?$/).map((f) => {
    const text = readFileSync(join(root, 'sources', f), 'utf8');
    const [, front = '', ...body] = text.split(/^---$/m);
    const data = (parse(front) ?? {}) as { publisher?: string; cites?: string[]; kind?: string; notClaims?: { text: string; why: string }[] };
    return {
      id: f.replace(/\.mdx?$/, ''),
      publisher: data.publisher ?? '',
      cites: data.cites ?? [],
      passages: (data.kind ?? 'article') === 'article' ? passagesOf(parseArticleBody(body.join('---'))) : [],
      notClaims: Array.isArray(data.notClaims) ? data.notClaims : [],
    };
  });
}

export function readClaims(root: string): ClaimEvidence[] {
  return files(join(root, 'claims'), /\.(ya?ml|json)$/).map((f) => {
    const data = (parse(readFileSync(join(root, 'claims', f), 'utf8')) ?? {}) as { evidence?: ClaimEvidence['evidence'] };
    return { id: f.replace(/\.[^.]+$/, ''), evidence: Array.isArray(data.evidence) ? data.evidence : [] };
  });
}

/**
 * The content folder run through the build's own content check, with no build:
 * its problems, and (when every file could be read) what the check made of it,
 * the story's revisions among it (what `npm run lock` and `npm run reviewed` record).
 */
export async function currentContent(today: string) {
  const { readContentFiles } = await import('../../src/data/content/files.ts');
  const { checkContentFiles } = await import('../../src/lib/checks/check-files.ts');
  const { contentRoot } = await import('../../src/lib/content/root.ts');
  return checkContentFiles(readContentFiles(contentRoot()), today);
}
