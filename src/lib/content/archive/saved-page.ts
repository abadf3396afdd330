// A web page saved from a browser → what the page says about itself (headline,
// publication date and where it comes from, canonical address, site name) and
// the text blocks of its article, found by Mozilla's Readability (the engine of
// Firefox's Reader View) over jsdom, a standards-compliant HTML parser: the
// archive is the site's ground truth, and a page's tag soup must parse as a
// browser parses it. Which blocks are furniture is decided by furniture.ts.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { LeftOutKind } from '../vocab.ts';

/** Where a page's publication date was read, in the order they are trusted. */
export type DateFrom = 'json-ld' | 'meta' | 'time';

/** Where a page's date was read, as the source's date basis names it. */
export const DATE_FROM: Record<DateFrom, string> = {
  'json-ld': 'its JSON-LD datePublished',
  meta: 'its article:published_time tag',
  time: 'the <time> in its byline',
};

/**
 * A block of the article as the page has it: `within` says when it sits in a
 * figure or a box set apart from the text, `named` what the page's class names
 * call the part it sits in (a caption, a byline, a sign-up box).
 */
export interface PageBlock {
  type: 'heading' | 'paragraph' | 'item';
  text: string;
  within?: 'figure' | 'aside';
  named?: LeftOutKind;
}

export interface SavedPage {
  headline?: string;
  published?: { date: string; from: DateFrom; value: string };
  canonical?: string;
  siteName?: string;
  blocks: PageBlock[];
}

export class PageError extends Error {}

/** Fewer words than this, outside captions and named parts, is not an article (a menu, an error page). */
const ARTICLE_MIN_WORDS = 25;

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

/** The site's name a page's <title> gives after its headline ("Headline | Site", "Headline - Site"). */
function siteFromTitle(title: string, headlines: (string | undefined)[]): string | undefined {
  for (const h of headlines) {
    const head = clean(h);
    if (head && title.startsWith(head)) {
      const rest = /^\s*[|–—·:-]\s*(.+)$/.exec(title.slice(head.length))?.[1];
      if (rest) return clean(rest);
    }
  }
  return undefined;
}

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
const PICTURES = 'img, picture, amp-img, svg image';

/**
 * What a class or id says a part of a page is, in the words sites use for
 * their furniture (a caption, a credit, a byline, a sign-up box, share
 * buttons, related links, tags, an ad slot). A name is read whole or by its
 * parts ("gm-newsletter__form", "credit-caption").
 */
const NAMED: [RegExp, LeftOutKind][] = [
  [/^(?:(?:fig|wp-|image-?|photo-?|media-?)?caption|figcaption)$/, 'caption'],
  [/^(?:(?:photo-?|image-?|media-?)?credits?|copyright)$/, 'credit'],
  [/^(?:bylines?|authors?|author-?(?:bio|card|info|box)|contributors?|dateline|timestamps?|pub-?date|publish(?:ed)?-?date|article-?date|post-?meta|entry-?meta|article-?meta|meta-?data)$/, 'byline'],
  [/^(?:newsletters?|subscribe|subscription|sign-?up|optin|opt-in|email-?signup)$/, 'newsletter'],
  [/^(?:paywall|meter|regwall|premium-?wall)$/, 'paywall'],
  [/^(?:share|shares|sharing|share-?bar|share-?buttons|social|social-?share|social-?links)$/, 'share-prompt'],
  [/^(?:related|recirc|recirculation|more-?stories|read-?more|also-?read|read-?also|further-?reading|most-?read|popular|trending|recommended|outbrain|taboola)$/, 'related-link'],
  [/^(?:tags?|tag-?list|topics?|keywords|taxonomy|categories|kicker|eyebrow|overline|rubric|section-?label|breadcrumbs?)$/, 'tag-list'],
  [/^(?:ad|ads|advert|adverts|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|dfp|gpt-?ad|sponsor|sponsored|promo|native-?ad)$/, 'advertising'],
  [/^(?:comments?|comment-?count|comments-?link)$/, 'comment-counter'],
  [/^(?:foot|footer|article-?footer|post-?footer|entry-?footer|story-?footer|endnote|end-?note|pull-?quote|pullquote|callout|sidebar|infobox|fact-?box)$/, 'aside'],
];

function namedKind(el: Element): LeftOutKind | undefined {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/).filter(Boolean);
  for (const name of names) {
    // "gm-newsletter__form" is read as itself and as "gm", "newsletter", "form" (and neighbours joined: "share-bar").
    const parts = name.split(/[-_]+/).filter(Boolean);
    const candidates = [name, ...parts, ...parts.slice(1).map((p, i) => `${parts[i]}-${p}`)];
    for (const [re, kind] of NAMED) if (candidates.some((c) => re.test(c))) return kind;
  }
  return undefined;
}

/** A part of a page this much text or more is not furniture, whatever its name says. */
const NAMED_MAX = 600;

/** What the named inline parts of a block call it, when every word of the block sits in one ("<span class="byline">"). */
function namedInline(nodes: Iterable<Node>, until: Element): LeftOutKind | undefined {
  let kind: LeftOutKind | undefined;
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) {
      if (!clean(n.textContent)) return true;
      for (let e = n.parentElement; e && e !== until; e = e.parentElement) {
        const k = namedKind(e);
        if (k) {
          kind ??= k;
          return true;
        }
      }
      return false;
    }
    if (n.nodeType !== 1 || NO_TEXT.has((n as Element).localName)) return true;
    return [...n.childNodes].every(visit);
  };
  return [...nodes].every(visit) ? kind : undefined;
}

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

/** Set as a caption is: small, italic or set apart, every word of it inside such an element. */
function captionStyled(el: Element, text: string): boolean {
  const styled = [el, ...el.querySelectorAll('i, em, small, span, font')].find((e) => {
    const style = (e.getAttribute('style') ?? '').toLowerCase();
    return /^(?:i|em|small)$/.test(e.localName) || /font-size|italic|text-align:\s*center/.test(style) || e.localName === 'font';
  });
  return styled !== undefined && clean(textOf(styled)) === text && wordsIn(text) <= 40;
}
const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The article's blocks in reading order: a leaf block (one with no blocks inside) is one block of text. */
function blocksOf(root: Element): PageBlock[] {
  const out: PageBlock[] = [];
  let afterPicture = false;
  const push = (type: PageBlock['type'], text: string, el: Element, within: PageBlock['within'], named: LeftOutKind | undefined) => {
    if (!text) return;
    const figure = within ?? (afterPicture && captionStyled(el, text) ? 'figure' : undefined);
    out.push({ type, text, ...(figure ? { within: figure } : {}), ...(named ? { named } : {}) });
    afterPicture = false;
  };
  const walk = (el: Element, within: PageBlock['within'], inItem: boolean, named: LeftOutKind | undefined) => {
    const name = el.localName;
    if (NO_TEXT.has(name)) return;
    const here = name === 'figure' || name === 'figcaption' ? 'figure' : name === 'aside' || name === 'footer' ? 'aside' : within;
    const kind = named ?? (el !== root && clean(textOf(el)).length <= NAMED_MAX ? (name === 'nav' ? 'tag-list' : namedKind(el)) : undefined);
    const item = inItem || name === 'li';
    const hasBlocks = [...el.children].some((c) => BLOCK.has(c.localName) || c.localName.startsWith('amp-'));
    if (!hasBlocks && el !== root) {
      const text = clean(textOf(el));
      if (!text && el.querySelector(PICTURES)) afterPicture = true;
      push(/^h[1-6]$/.test(name) ? 'heading' : item ? 'item' : 'paragraph', text, el, here, kind ?? namedInline(el.childNodes, el));
      return;
    }
    // Text set loose beside blocks is a block of its own.
    let loose = '';
    let looseNodes: Node[] = [];
    const flush = () => {
      push(item ? 'item' : 'paragraph', clean(loose), el, here, kind ?? namedInline(looseNodes, el));
      loose = '';
      looseNodes = [];
    };
    for (const n of el.childNodes) {
      if (n.nodeType === 3) {
        loose += n.textContent;
        looseNodes.push(n);
      } else if (n.nodeType === 1) {
        const c = n as Element;
        if (BLOCK.has(c.localName) || c.localName.startsWith('amp-')) {
          flush();
          walk(c, here, item, kind);
        } else if (!NO_TEXT.has(c.localName)) {
          if (!clean(textOf(c)) && (c.matches(PICTURES) || c.querySelector(PICTURES))) afterPicture = true;
          loose += c.localName === 'br' ? ' ' : textOf(c);
          looseNodes.push(c);
        }
      }
    }
    flush();
  };
  walk(root, undefined, false, undefined);
  return out;
}

/** Reads a saved article page. Throws PageError when no article can be found in it. */
export function readSavedPage(html: string): SavedPage {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const ld = jsonLd(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const byId = (v: unknown) => (v && typeof v === 'object' && !('name' in v) ? ld.find((o) => o['@id'] === (v as Json)['@id']) : v);
  const title = clean(doc.querySelector('title')?.textContent);
  const siteName =
    meta(doc, 'og:site_name', 'application-name') ??
    nameOf(byId(article?.publisher)) ??
    ld.map((o) => (types(o).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/.test(t)) ? str(o.name) : undefined)).find(Boolean) ??
    siteFromTitle(title, [str(article?.headline), meta(doc, 'og:title'), clean(doc.querySelector('h1')?.textContent)]);
  const canonical =
    webAddress(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined) ??
    webAddress(meta(doc, 'og:url')) ??
    webAddress(idOf(article?.mainEntityOfPage)) ??
    webAddress(str(article?.url));
  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  const date = published(doc, ld);
  // Class names are kept: they tell a caption or a sign-up box from the article.
  const parsed = new Readability(doc, { charThreshold: 200, keepClasses: true }).parse();
  if (!parsed?.content) throw new PageError('no article text was found in the page (it has no text)');
  const headline =
    clean(str(article?.headline)) ||
    withoutSiteName(clean(meta(doc, 'og:title', 'twitter:title')), siteName) ||
    h1 ||
    withoutSiteName(clean(parsed.title), siteName) ||
    undefined;
  const content = new JSDOM(`<body>${parsed.content}</body>`).window.document.body;
  const blocks = blocksOf(content);
  // Readability returns its best guess whatever it finds: a menu is no article.
  const words = blocks.filter((b) => !b.named && !b.within).reduce((n, b) => n + wordsIn(b.text), 0);
  if (words < ARTICLE_MIN_WORDS) throw new PageError(`no article text was found in the page (the longest text in it is ${words} words)`);
  return { headline, published: date, canonical, siteName: siteName ? clean(siteName) : undefined, blocks };
}
