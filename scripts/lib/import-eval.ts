// Scores the importer against the committed cases written blind to its code
// (tests/fixtures/import/): pasted texts with every line labelled, and saved
// pages with the article's passages and metadata they should give. Each set
// has a half to tune on and a half never looked at while tuning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFurniture } from '../../src/lib/content/archive/furniture.ts';
import { readSavedPage } from '../../src/lib/content/archive/saved-page.ts';
import { blockTexts } from '../../src/lib/content/archive/raw-blocks.ts';
import { importPage } from '../../src/lib/content/importer.ts';
import { normalizeQuote } from '../../src/lib/content/quotes.ts';

export type Half = 'tune' | 'holdout';
const ROOT = join(import.meta.dirname, '../../tests/fixtures/import');

interface PastedCase {
  id: string;
  title: string | null;
  publisher: string;
  lines: { text: string; kind: string | null }[];
}

/** The cases' label for a kind, as the vocabulary names it. */
const asKind = (k: string | null) => (k === 'headline-repeat' ? 'headline' : k);

export interface PastedScore {
  cases: number;
  furniture: number;
  article: number;
  /** Furniture lines left out (whatever kind given). */
  found: number;
  /** Furniture lines left out with the right kind. */
  rightKind: number;
  /** Article lines left out: the worst mistake, a paragraph lost. */
  articleLost: number;
  byKind: Record<string, { lines: number; found: number }>;
  errors: string[];
}

export function scorePasted(half: Half): PastedScore {
  const cases = JSON.parse(readFileSync(join(ROOT, 'pasted', `${half}.json`), 'utf8')) as PastedCase[];
  const score: PastedScore = { cases: cases.length, furniture: 0, article: 0, found: 0, rightKind: 0, articleLost: 0, byKind: {}, errors: [] };
  for (const c of cases) {
    const kinds = findFurniture(
      c.lines.map((l) => ({ text: l.text })),
      { headline: c.title ?? undefined, siteNames: [c.publisher] },
    );
    c.lines.forEach((l, i) => {
      if (!l.text.trim()) return;
      const want = asKind(l.kind);
      const got = kinds[i];
      if (want) {
        score.furniture++;
        const k = (score.byKind[want] ??= { lines: 0, found: 0 });
        k.lines++;
        if (got) {
          score.found++;
          k.found++;
          if (got === want) score.rightKind++;
          else score.errors.push(`${c.id}: ${want} read as ${got}: ${l.text}`);
        } else score.errors.push(`${c.id}: ${want} kept: ${l.text}`);
      } else {
        score.article++;
        if (got) {
          score.articleLost++;
          score.errors.push(`${c.id}: ARTICLE LINE left out as ${got}: ${l.text}`);
        }
      }
    });
  }
  return score;
}

interface PageExpected {
  headline: string;
  published: string;
  publishedFrom: string;
  canonical: string;
  siteName: string;
  passages: { type: string; text: string }[];
  notArticle: string[];
}

export interface PageScore {
  pages: number;
  fields: Record<'headline' | 'published' | 'publishedFrom' | 'canonical' | 'siteName', number>;
  /** Pages whose archived passages are exactly the article's. */
  exact: number;
  passages: number;
  /** The article's passages the import lost. */
  lost: number;
  /** Passages the import kept that are not the article's. */
  extra: number;
  /** notArticle texts found inside a kept passage. */
  leaks: number;
  errors: string[];
}

const key = (s: string) => normalizeQuote(s).toLowerCase();

export function scorePages(half: Half): PageScore {
  const dir = join(ROOT, 'pages', half);
  const names = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const score: PageScore = {
    pages: names.length,
    fields: { headline: 0, published: 0, publishedFrom: 0, canonical: 0, siteName: 0 },
    exact: 0,
    passages: 0,
    lost: 0,
    extra: 0,
    leaks: 0,
    errors: [],
  };
  for (const name of names) {
    const want = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8')) as PageExpected;
    let page;
    try {
      page = readSavedPage(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      score.errors.push(`${name}: unreadable: ${(e as Error).message}`);
      score.passages += want.passages.length;
      score.lost += want.passages.length;
      continue;
    }
    const got = {
      headline: page.headline,
      published: page.published?.date,
      publishedFrom: page.published?.from,
      canonical: page.canonical,
      siteName: page.siteName,
    };
    for (const f of Object.keys(score.fields) as (keyof PageScore['fields'])[]) {
      if (got[f] === want[f]) score.fields[f]++;
      else score.errors.push(`${name}: ${f} ${JSON.stringify(got[f])}, expected ${JSON.stringify(want[f])}`);
    }
    const r = importPage(page, { id: 'x', publisher: 'p', publisherNames: [want.siteName] });
    const kept = blockTexts(r.blocks);
    const keptKeys = kept.map(key);
    const wantKeys = want.passages.map((p) => key(p.text));
    score.passages += wantKeys.length;
    const lost = wantKeys.filter((w) => !keptKeys.includes(w));
    const extra = kept.filter((k) => !wantKeys.includes(key(k)));
    score.lost += lost.length;
    score.extra += extra.length;
    if (!lost.length && !extra.length) score.exact++;
    for (const l of lost) score.errors.push(`${name}: ARTICLE PASSAGE lost: ${want.passages[wantKeys.indexOf(l)]!.text.slice(0, 100)}`);
    for (const x of extra) score.errors.push(`${name}: kept, not the article: ${x.slice(0, 100)}`);
    for (const n of want.notArticle) {
      if (keptKeys.some((k) => k.includes(key(n)))) {
        score.leaks++;
        score.errors.push(`${name}: furniture in a kept passage: ${n}`);
      }
    }
  }
  return score;
}
