// A web page saved from a browser → what the page says about itself (headline,
// publication date and where it comes from, canonical address, site name) and
// the text blocks of its article, found by Mozilla's Readability (the engine of
// Firefox's Reader View) over jsdom, a standards-compliant HTML parser: the
// archive is the site's ground truth, and a page's tag soup must parse as a
// browser parses it. Which blocks are furniture is decided by furniture.ts.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

/** Where a page's publication date was read, in the order they are trusted. */
export type DateFrom = 'json-ld' | 'meta' | 'time';

export const DATE_FROM: Record<DateFrom, string> = {
  'json-ld': 'the page’s structured data (JSON-LD datePublished)',
  meta: 'the page’s article:published_time tag',
  time: 'the date in the page’s byline (a <time> element)',
};

/** A block of the article as the page has it; `within` says when it sits in a figure or a box beside the text. */
export interface PageBlock {
  type: 'heading' | 'paragraph' | 'item';
  text: string;
  within?: 'figure' | 'aside';
}

export interface SavedPage {
  headline?: string;
  published?: { date: string; from: DateFrom; value: string };
  canonical?: string;
  siteName?: string;
  blocks: PageBlock[];
}

export class PageError extends Error {}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|Report|SocialMediaPosting)$/;

type Json = Record<string, unknown>;

/** Every object of the page's JSON-LD, @graph arrays and nested lists flattened. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A malformed block is skipped, as search engines skip it.
    }
  }
  return out;
}

const types = (o: Json) => [o['@type']].flat().map(String);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const nameOf = (v: unknown): string | undefined => str(v) ?? (v && typeof v === 'object' ? str((v as Json).name) : undefined);
const idOf = (v: unknown): string | undefined => str(v) ?? (v && typeof v === 'object' ? str((v as Json)['@id']) ?? str((v as Json).url) : undefined);

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

/** The calendar date a machine-readable date names, as the page writes it (its own offset), or undefined. */
export function datePart(value: string): string | undefined {
  return /^\s*(\d{4}-\d{2}(?:-\d{2})?)(?:$|[T\s])/.exec(value)?.[1];
}

const UPDATED = /updat|modif|revis|edited/i;

/** The `<time datetime>` that dates the article: in its byline or header, never one marked as an update. */
function bylineTime(doc: Document): string | undefined {
  const times = [...doc.querySelectorAll('time[datetime]')].filter((t) => datePart(t.getAttribute('datetime') ?? ''));
  const marked = (t: Element) => {
    const around = [t, t.parentElement].map((e) => `${e?.getAttribute('class') ?? ''} ${e?.getAttribute('itemprop') ?? ''} ${e?.id ?? ''}`).join(' ');
    const before = clean(t.previousSibling?.textContent).slice(-20);
    return UPDATED.test(around) || UPDATED.test(before);
  };
  const published = times.find((t) => /publish|datePublished/i.test(`${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''}`));
  const inByline = times.find((t) => !marked(t) && t.closest('[class*="byline" i], [class*="meta" i], [class*="date" i], header, [rel="author"]'));
  const chosen = published ?? inByline ?? times.find((t) => !marked(t) && !t.closest('footer, aside, nav, [class*="comment" i]'));
  return chosen?.getAttribute('datetime') ?? undefined;
}

function published(doc: Document, ld: Json[]): SavedPage['published'] {
  const articles = ld.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const fromLd = [...articles, ...ld].map((o) => str(o.datePublished)).find((v) => v && datePart(v));
  if (fromLd) return { date: datePart(fromLd)!, from: 'json-ld', value: fromLd };
  const fromMeta = meta(doc, 'article:published_time');
  if (fromMeta && datePart(fromMeta)) return { date: datePart(fromMeta)!, from: 'meta', value: fromMeta };
  const fromTime = bylineTime(doc);
  if (fromTime) return { date: datePart(fromTime)!, from: 'time', value: fromTime };
  return undefined;
}

const webAddress = (v: string | undefined) => (v && /^https?:\/\//i.test(v) ? v : undefined);

/** A title with the site's name cut off its end ("Headline | Site"). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (siteName) {
    const cut = new RegExp(`\\s+[|–—·:-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i').exec(title);
    if (cut) return title.slice(0, cut.index);
  }
  return title;
}

const BLOCK = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const NO_TEXT = new Set('script style noscript template svg canvas iframe object embed video audio button select input textarea'.split(' '));

/** The text a reader sees in an element: scripts and controls left out, white space collapsed. */
function textOf(el: Element): string {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.textContent;
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (NO_TEXT.has(e.localName)) continue;
      out += e.localName === 'br' ? ' ' : textOf(e);
    }
  }
  return out;
}

/** The article's blocks in reading order: a leaf block (one with no blocks inside) is one block of text. */
function blocksOf(root: Element): PageBlock[] {
  const out: PageBlock[] = [];
  const walk = (el: Element, within: PageBlock['within'], inItem: boolean) => {
    const name = el.localName;
    if (NO_TEXT.has(name)) return;
    const here = name === 'figure' ? 'figure' : name === 'aside' ? 'aside' : within;
    const item = inItem || name === 'li';
    const hasBlocks = [...el.children].some((c) => BLOCK.has(c.localName) || c.localName.startsWith('amp-'));
    if (!hasBlocks && el !== root) {
      const text = clean(textOf(el));
      if (text) out.push({ type: /^h[1-6]$/.test(name) ? 'heading' : item ? 'item' : 'paragraph', text, ...(here ? { within: here } : {}) });
      return;
    }
    // Text set loose beside blocks is a block of its own.
    let loose = '';
    const flush = () => {
      const text = clean(loose);
      if (text) out.push({ type: item ? 'item' : 'paragraph', text, ...(here ? { within: here } : {}) });
      loose = '';
    };
    for (const n of el.childNodes) {
      if (n.nodeType === 3) loose += n.textContent;
      else if (n.nodeType === 1) {
        const c = n as Element;
        if (BLOCK.has(c.localName) || c.localName.startsWith('amp-')) {
          flush();
          walk(c, here, item);
        } else if (!NO_TEXT.has(c.localName)) loose += c.localName === 'br' ? ' ' : textOf(c);
      }
    }
    flush();
  };
  walk(root, undefined, false);
  return out;
}

/** Reads a saved article page. Throws PageError when no article can be found in it. */
export function readSavedPage(html: string): SavedPage {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const ld = jsonLd(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? nameOf(article?.publisher) ?? ld.map((o) => (types(o).includes('WebSite') ? str(o.name) : undefined)).find(Boolean);
  const canonical =
    webAddress(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined) ??
    webAddress(meta(doc, 'og:url')) ??
    webAddress(idOf(article?.mainEntityOfPage)) ??
    webAddress(str(article?.url));
  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  const date = published(doc, ld);
  const parsed = new Readability(doc, { charThreshold: 200 }).parse();
  if (!parsed?.content) throw new PageError('no article text was found in the page');
  const headline =
    clean(str(article?.headline)) ||
    withoutSiteName(clean(meta(doc, 'og:title', 'twitter:title')), siteName) ||
    h1 ||
    withoutSiteName(clean(parsed.title), siteName) ||
    undefined;
  const content = new JSDOM(`<body>${parsed.content}</body>`).window.document.body;
  return { headline, published: date, canonical, siteName: siteName ? clean(siteName) : undefined, blocks: blocksOf(content) };
}
