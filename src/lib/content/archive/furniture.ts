// Which lines of a copied page are its furniture, not the article: advertising
// notices, image descriptions, credits and captions, links to other articles,
// sign-up and share prompts, the site's name, bylines, tags and comment
// counters. A small classifier of line shapes: furniture is short, rarely a
// sentence, and says what it is in its first or last words ("Photo: …",
// "Read also: …", "12 Comments"); an article's sentence that merely starts
// with such a word ("Share of families…", "By then, …") goes on as a sentence.
// The shape alone decides most lines; where it cannot (a name, a title, a
// caption), where the line stands does: above the first sentence of the text,
// below the last, beside an image. Measured on committed cases written blind
// to this code (tests/fixtures/import/pasted/, npm run measure:import).
import { normalizeQuote } from '../quotes.ts';
import type { LeftOutKind } from '../vocab.ts';

export interface Unit {
  text: string;
  /** A page's block inside a figure or a box set apart from the text. */
  within?: 'figure' | 'aside';
  /** What the page's class names call the part a block sits in. */
  named?: LeftOutKind;
}

export interface FurnitureContext {
  /** The article's headline, when known. */
  headline?: string;
  /** The site's and the publisher's names. */
  siteNames?: readonly string[];
}

type Kind = LeftOutKind;

const fold = (s: string) =>
  normalizeQuote(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
/** Ends as a sentence does: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
const isSentence = (s: string) => /[.!?…]["'”’)\]]*$/.test(s);
/** A line of prose: a sentence of some length. */
const isProse = (s: string) => isSentence(s) && wordsOf(s).length >= 6;

// ---- Shapes a line has on its own --------------------------------------------

const COMMENT_WORD = 'comments?|commentaires?|comentarios?|comentários?|commenti|kommentare?|reacties|reactions?|responses?|replies';
const COMMENT_COUNTER = new RegExp(
  `^(?:\\d[\\d,.]*\\s*(?:${COMMENT_WORD})|(?:${COMMENT_WORD})(?:\\s*[(:]\\s*\\d[\\d,.]*\\)?)?|(?:view|show|see|read|load|open)(?: all| the)?(?: \\d[\\d,.]*)? (?:${COMMENT_WORD})|(?:leave|add|post|write|join|hide|close|open) (?:a |the |your )?(?:comments?|reply|response|conversation|discussion|debate)|join the (?:conversation|discussion|debate)|be the first to comment|comments? (?:are|is) (?:closed|open|disabled)|comment on this (?:article|story|post)|have your say|reader comments|discussion\\s*\\(\\d+\\)|\\d[\\d,.]* (?:comments?|responses?) so far)$`,
  'i',
);

const NETWORKS =
  'facebook|twitter|x|reddit|whatsapp|e-?mail|courriel|correo|linkedin|pinterest|pin|it|print|imprimir|imprimer|drucken|copy|link|copied|share|shares|tweet|flipboard|threads|bluesky|telegram|messenger|mastodon|sms|text|message|partager|compartir|teilen|condividi|instagram|youtube|tiktok|snapchat|mail|on|via|this|article|story|page|post|save|saved|bookmark|gift|send|url|flip|more|to|a|friend|full';
const ONLY_NETWORKS = new RegExp(`^(?:(?:${NETWORKS})\\b[\\s:·|,/•-]*)+$`, 'i');
const SHARE_START =
  /^(?:share|partager|compartir|teilen|condividi|compartilhar)(?:\s+(?:this|the|cet|cette|este|esta|on|via|to|with))?\b(?:\s+\S+){0,3}\s*:?$|^(?:follow|suivez|síguenos|segui)(?:\s+(?:us|nous))\b/i;

const SOCIAL = /\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|whatsapp|threads|bluesky|mastodon|telegram|snapchat|pinterest|x\.com|on x)\b/i;
const SUBSCRIBE_START =
  /^(?:sign(?:\s|-)?up|subscribe|get|enter|join|receive|want more|don't miss|never miss|already a subscriber|already subscribed|already have an account|by subscribing|by signing up|like this (?:article|story)|inscrivez-vous|abonnez-vous|suscríbete|your e-?mail)/i;
/** A prompt on its own: "Subscribe", "Sign up now", "Newsletter", "Support our journalism", "Thanks for signing up!". */
const SIGN_UP_ONLY =
  /^(?:subscribe|sign(?:\s|-)?up|sign in|log in|register|newsletters?|subscribe now|sign up now|sign up free|subscribe for free|get (?:the|our) newsletter|support (?:our|independent|local) journalism|become a (?:member|subscriber|supporter)|donate(?: now| today)?|thanks? (?:you )?for (?:subscribing|signing up)!?|you(?:'|’)re (?:all set|subscribed)!?|already have an account\??(?: (?:sign|log) in)?|(?:enter )?your e-?mail(?: address)?|invalid email(?: address)?)[.!]?$/i;
/** The small print under a sign-up form. */
const NEWSLETTER_FINE_PRINT = /\bunsubscribe at any time\b|^no spam\b|\bprotected by recaptcha\b|^by (?:clicking|signing up|subscribing|registering)\b.*\b(?:agree|accept|consent)\b.*\b(?:our|the) (?:terms|privacy)/i;
/** What only a sign-up prompt speaks of ("Subscribe to that idea…" speaks of none of it). */
const SUBSCRIBE_WORDS = /\b(?:newsletters?|inbox|e-?mails?|briefing|digest|mailing list|log ?in|sign(?:\s|-)?in|unsubscribe|subscribers?|privacy (?:notice|policy))\b/i;
/** What a bare "Sign up" or "Subscribe" offers. */
const SIGN_UP_OFFER = /^(?:sign(?:\s|-)?up|subscribe)\b.*\b(?:free|daily|weekly|weekday|now|today|here)\b/i;

const RELATED_LABEL =
  /^(?:read also|also read|read more|related(?: stories| articles| reading| content| coverage)?|recommended(?: for you| reading| stories)?|see also|more on (?:this|that)(?: story| topic)?|more stories|you (?:might|may) also like|don'?t miss|must read|further reading|most read|most popular|popular now|trending(?: now)?|top stories|latest(?: news| stories)?|what to read next|read next|up next|keep reading|editors?(?:'|’)?s? picks?|more news|next (?:article|story|post)|previous (?:article|story|post)|see more|see all|view more|load more|à lire aussi|lire aussi|a lire aussi|à voir aussi|lea también|leer más|lee también|relacionado|relacionadas|weiterlesen|mehr zum thema|leggi anche)/i;
/** "More from the Gazette", "More in Technology": a site's or a section's name, capitalised, and nothing after it. */
const MORE_FROM = /^(?:More|MORE) (?:from|in|on|From|In|On|FROM|IN|ON) (?:the |The |THE )?[\p{Lu}][\p{L}&'’]*(?: [\p{Lu}&][\p{L}&'’]*){0,3}$/u;
const LABEL_ONLY = (label: RegExp, s: string) => {
  const m = label.exec(s);
  return m !== null && /^\s*[:：|—–-]?\s*$/.test(s.slice(m[0].length));
};
const LABEL_THEN = (label: RegExp, s: string) => {
  const m = label.exec(s);
  return m !== null && /^\s*[:：|—–-]\s*\S/.test(s.slice(m[0].length));
};

const TAG_LABEL =
  /^(?:tags?|tagged(?: with| in)?|topics?|related topics|related tags|keywords?|subjects?|sections?|filed (?:under|in)|posted in|categories|category|sujets?|thèmes?|mots-clés|temas?|etiquetas|themen|schlagworte|more about|in this (?:article|story))/i;
/** Three or more short items, set apart by dots, bars, bullets or wide spaces: a row of tags or links. */
function isRow(s: string): boolean {
  const items = s.split(/\s*[·|•]\s*|\s{2,}|\s*,\s*/).filter(Boolean);
  return items.length >= 3 && !isSentence(s) && items.every((i) => wordsOf(i).length <= 4);
}
/** A trail of sections ("Home › News › Technology"), or a row of hashtags. */
const isTrail = (s: string) => {
  const items = s.split(/\s*[›»]\s*|\s+>\s+/).filter(Boolean);
  return (items.length >= 3 && items.every((i) => wordsOf(i).length <= 4) && !isSentence(s)) || /^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(s);
};

const ADVERT_LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| story| links?)?|sponsored by .{1,40}|paid (?:content|post|partnership|for by .{1,40})|promoted(?: content| stories)?|partner content|publicité|publicidad|anuncio|anzeige|werbung|pubblicità)(?:\s*[-–—:|]\s*(?:scroll|continue|story|article|content).{0,30})?$/i;
const CONTINUES_BELOW =
  /^(?:(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))? (?:advertisement|advert|ad)|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content| reading)?|skip (?:advertisement|ad)|report this ad|ads? by \S+|remove ads)$/i;
const AFFILIATE = /\b(?:commissions?|affiliate|paid partnership)\b|\b(?:receive|earn|get|make) (?:a )?(?:small )?(?:share|portion|cut|percentage) of (?:the |any )?(?:sales?|revenue)|at no (?:extra|additional) cost to you|independently (?:selected|chosen|reviewed)|prices? (?:correct|accurate) at (?:the )?time of/i;
const AFFILIATE_CONTEXT = /\b(?:links?|buy|purchase|sale|earn|receive|products?|retailers?)\b/i;

const PICTURE = 'image|images|photo|photos|photograph|photography|picture|illustration|video|graphic|screenshot|artwork|foto|imagen|crédit|credit|crédito';
const IMAGE_TEXT = new RegExp(`^\\[?\\s*(?:${PICTURE})(?:\\s+(?:for|of) (?:the )?article titled\\b.*|\\s*\\]|\\s*[:：]\\s*.+?\\]?|(?:\\s+illustration)?\\s+of\\s+.+)$`, 'i');
const CREDIT_HEAD = new RegExp(
  `^\\(?\\s*(?:(?:${PICTURE})(?:\\s+credits?)?\\s*(?:[:：]|\\bby\\b)|(?:credits?|courtesy(?: of)?|source)\\s*[:：]|courtesy of|(?:photo|image|illustration)\\s+courtesy\\b)\\s*`,
  'i',
);
const AGENCIES = 'getty images|reuters|associated press|ap photo|afp|shutterstock|alamy|pa (?:images|media|wire)|epa|bloomberg|unsplash|istock|handout|file photo|supplied';
const AGENCY = new RegExp(`\\b(?:${AGENCIES})\\b`, 'i');
/** A name or an agency, as a credit gives it: a few words, most capitalised, no sentence. */
function isNameish(s: string): boolean {
  const t = s.replace(/[()[\]]/g, '').trim();
  const w = wordsOf(t);
  if (!w.length || w.length > 8 || /[.!?]$/.test(t.replace(/\b[A-Z]\.$/, ''))) return false;
  const lower = w.filter((x) => /^\p{Ll}/u.test(x) && !/^(?:and|of|the|for|via|on|de|van|von|der|la|le|du|et|y|&)$/.test(x));
  return lower.length === 0 || AGENCY.test(t);
}
/** A picture credit at the end of a caption: "… quay. Photo: Jane Roe", "… (Getty Images)", "… Photo by Jane Roe". */
const TRAILING_CREDIT = new RegExp(`(?:^|[.!?)\\s])\\(?\\s*(?:(?:${PICTURE})(?:\\s+credit)?\\s*(?:[:：]|\\bby\\b)\\s*[^.]{2,60}|[\\p{L}' ]{2,30}\\s(?:photo|picture)|(?:${AGENCIES}))\\s*\\)?\\s*$`, 'iu');

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DAYS = 'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo';
const STAMP_PREFIX =
  /^(?:published|updated|posted|last (?:updated|modified)|modified|first published|publié|mis à jour|modifié|actualizado|publicado|veröffentlicht|aktualisiert)(?:\s+(?:on|at|le|el|am))?\s*[:：]?\s*/i;
const DATE_TOKEN = new RegExp(
  `^(?:${MONTHS}|${DAYS})\\.?,?$|^\\d{1,4}(?:st|nd|rd|th|er)?[,.]?$|^\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:am|pm)?,?$|^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?$|^(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|bst|utc|est|edt|cst|cdt|pst|pdt|cet|cest|et|pt|h|at|on|le|à|el|de|of|the|,|·|\\||—|-)$`,
  'i',
);
const READ_TIME = /^(?:\d+(?:\s*-\s*\d+)?[\s-]*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|de lecture|de lectura|lesezeit)|(?:reading time|lecture|temps de lecture)\s*[:：]?\s*\d+\s*min(?:ute)?s?)\.?$/i;
const BY = /^(?:(?:written|words|story|text|reporting|reported|posted|edited|compiled) by|by|par|por|von|di|door)\s+/i;
const MONTH = new RegExp(`^(?:${MONTHS})\\.?,?$`, 'i');
/** A word of a time stamp or a reading time, after a byline's name. */
const STAMP_WORD = new RegExp(`^(?:published|updated|posted|modified|last|first|min|mins|minutes?|read|editing|by|${MONTHS}|${DAYS})[,.:]?$`, 'i');
/** A picture agency alone, or with a photographer: "(Getty Images)", "AFP via Getty Images". */
const AGENCY_ONLY = new RegExp(`^\\(?(?:${AGENCIES})(?:\\s*(?:/|via)\\s*[^.]{1,40})?\\)?$`, 'i');
const PICTURE_WORD = new RegExp(`^(?:${PICTURE})$`);
const NOT_A_NAME = new RegExp(`^(?:${MONTHS}|${DAYS}|then|now|the|that|this|next|last|early|late|mid|noon|midnight|tomorrow|today|yesterday|contrast|comparison|far|law|all|some|most|each|subscribing|signing)\\b`, 'i');

/** A date or time stamp, maybe with "Published", "Updated", "by Name" or a reading time: nothing else. */
function isStamp(s: string): boolean {
  if (/^(?:(?:published|updated|posted)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^(?:(?:published|updated|posted)\s+)?(?:today|yesterday)(?:\s+at\s+\S+(?:\s*[ap]\.?m\.?)?)?$/i.test(s.trim())) return true;
  let t = s.replace(STAMP_PREFIX, '');
  const prefixed = t !== s;
  t = t.replace(/\s*[·|]\s*\d+\s*min(?:ute)?s?\s*read$/i, '').replace(/\s+(?:by|par|por)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u, '');
  const tokens = t.split(/\s+|(?<=,)/).filter(Boolean);
  if (!tokens.length || tokens.length > 12) return false;
  const dated = tokens.some((x) => MONTH.test(x) || /^\d{4},?$/.test(x) || /^\d{1,2}[:.h]\d{2}/.test(x) || /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(x));
  return (dated || prefixed) && tokens.every((x) => DATE_TOKEN.test(x.replace(/^\(|\)$/g, '').replace(/(?<=\S)[,.]$/, '')));
}

/** A byline: "By Jane Roe", "By Jane Roe and Sam Poe, Harbour Reporter | April 15, 2021", "By the Gazette's editorial board". */
function isByline(s: string): boolean {
  if (!BY.test(s) || isProse(s)) return false;
  const rest = s.replace(BY, '');
  if (/^(?:the\s+)?[\p{L}'’ -]{0,40}\b(?:staff|editorial board|editors?|reporters?|correspondents?|team|desk|newsroom|writers?)\b/iu.test(rest)) return true;
  if (NOT_A_NAME.test(rest) || !/^[\p{Lu}]/u.test(rest)) return false;
  const [name = '', ...after] = rest.split(/\s*[,;|·•—–]\s*|\s+(?:on|le|el)\s+/);
  // What follows the name: a role, a time stamp, a reading time, or another byline ("Editing by …").
  const left = after.join(' ').split(/\s+/).filter((w) => w && !DATE_TOKEN.test(w.replace(/(?<=\S)[,.]$/, '')) && !STAMP_WORD.test(w));
  return isNameish(name.replace(/\s+(?:and|&|et|y|und)\s+/g, ' ')) && left.length <= 5 && !/[.!?]$/.test(left.join(' ').replace(/\b\p{Lu}\.$/u, ''));
}

/** The kind a line has by its shape alone, or undefined. */
export function shapeOf(text: string): Kind | undefined {
  const s = text.trim();
  if (!s) return undefined;
  if (COMMENT_COUNTER.test(s)) return 'comment-counter';
  // A label may be set between dashes or brackets: "— Advertisement —", "[Ad]".
  const label = s.replace(/^[\s\-–—[(*·]+|[\s\-–—\])*·]+$/g, '');
  if (ADVERT_LABEL.test(label) || CONTINUES_BELOW.test(label)) return 'advertising';
  if (AFFILIATE.test(s) && (AFFILIATE_CONTEXT.test(s) || /cost to you|independently|time of/i.test(s)) && wordsOf(s).length <= 45) return 'advertising';
  if (ONLY_NETWORKS.test(s) || (SHARE_START.test(s) && !isProse(s))) return 'share-prompt';
  if (/^(?:follow|suivez)\s+(?:us|nous)\b/i.test(s) && wordsOf(s).length <= 16) return 'share-prompt';
  if (/^(?:follow|like|find|join|connect with|subscribe to|watch|listen to)\b/i.test(s) && SOCIAL.test(s) && wordsOf(s).length <= 16 && !isProse(s)) return 'share-prompt';
  if (SUBSCRIBE_START.test(s) && SUBSCRIBE_WORDS.test(s) && wordsOf(s).length <= 30) return 'newsletter';
  if (SIGN_UP_OFFER.test(s) && wordsOf(s).length <= 15) return 'newsletter';
  if (SIGN_UP_ONLY.test(s) || NEWSLETTER_FINE_PRINT.test(s)) return 'newsletter';
  if (/\b(?:sign(?:\s|-)?up|subscribe|register)\s+(?:to|for|now|today|here|free)\b/i.test(s) && /\b(?:our|newsletters?|inbox|free|briefing|daily|weekly)\b/i.test(s) && wordsOf(s).length <= 25) return 'newsletter';
  if (LABEL_ONLY(RELATED_LABEL, s) || LABEL_THEN(RELATED_LABEL, s) || MORE_FROM.test(s) || /^(?:watch|listen|video|podcast|gallery|photos)\s*[:：|]\s*\S/i.test(s)) return 'related-link';
  if (/^(?:[←→<>«»]\s*)?(?:next|previous|prev|older|newer)(?: (?:post|article|story|entry))?(?:\s*[←→<>«»])?$/i.test(s) || /^read (?:more|the full|our) /i.test(s) && !isSentence(s) && wordsOf(s).length <= 15) return 'related-link';
  if (LABEL_ONLY(TAG_LABEL, s) || (LABEL_THEN(TAG_LABEL, s) && !isSentence(s))) return 'tag-list';
  if (CREDIT_HEAD.test(s)) {
    const rest = s.replace(CREDIT_HEAD, '').replace(/\)\s*$/, '');
    if (isNameish(rest) || AGENCY.test(rest)) return 'credit';
  }
  // An image's description is no sentence, unless marked as one ("[Image: …]", "Image for article titled …").
  if (AGENCY_ONLY.test(s) || (/^(?:©|\(c\)|copyright\b)/i.test(s) && wordsOf(s).length <= 8)) return 'credit';
  if (IMAGE_TEXT.test(s) && (!isSentence(s) || /^\[|article titled/i.test(s))) return 'image-text';
  if (/^\(?\s*[^()]{0,60}\s*\/\s*(?:getty images|reuters|ap|afp|shutterstock|alamy|pa|epa|bloomberg)\s*\)?$/i.test(s) || /^\((?:getty images|reuters|ap|afp|shutterstock|file|handout)[^)]*\)$/i.test(s)) return 'credit';
  if (isTrail(s)) return 'tag-list';
  if (!isProse(s) && TRAILING_CREDIT.test(s) && wordsOf(s).length >= 4) return 'caption';
  if (isSentence(s) && TRAILING_CREDIT.test(s) && /[.!?]\s+\S/.test(s) && wordsOf(s).length <= 45) return 'caption';
  if (READ_TIME.test(s) || isByline(s) || isStamp(s)) return 'byline';
  return undefined;
}

// ---- Where a line stands -----------------------------------------------------

const bare = (name: string) => fold(name).replace(/^the /, '');
function namesSite(s: string, sites: readonly string[]): boolean {
  const f = ` ${fold(s)} `;
  return sites.some((n) => bare(n).length > 1 && f.includes(` ${bare(n)} `));
}
function isHeadline(s: string, headline: string | undefined, sites: readonly string[]): boolean {
  if (!headline) return false;
  const h = fold(headline);
  let f = fold(s);
  for (const n of sites) if (f.endsWith(` ${fold(n)}`)) f = f.slice(0, -fold(n).length).trim();
  return f === h;
}
/** A person's name on a line of its own: two to four capitalised words. */
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:de |van |von |der |la |le )?[\\p{Lu}][\\p{L}'’.-]+){1,3}";
const ROLE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|journalist|critic|producer)s?\b/i;
const PEOPLE = new RegExp(`^${NAME}(?:\\s+(?:and|&)\\s+${NAME})*$`, 'u');
/** One or more people's names on a line of their own, maybe with a role: "Jane Roe", "Jane Roe and Sam Poe | Staff writers". */
function isNameLine(s: string): boolean {
  const [names = '', role] = s.trim().split(/\s*[|,·]\s*(?=[^|,·]*$)/);
  return wordsOf(s).length <= 10 && (PEOPLE.test(s.trim()) || (role !== undefined && ROLE.test(role) && PEOPLE.test(names)));
}
/** A reporter's role on a line of its own: "Staff writer", "Senior reporter". */
const isRoleLine = (s: string) => wordsOf(s).length <= 5 && !isSentence(s) && ROLE.test(s);
/**
 * Whether a sentence under an image's description is its caption: the
 * description is bare ("[Image]") or shares a word of substance with it. A
 * header image's text ("Image for article titled …") has none: the article
 * starts under it.
 */
function describesSame(imageText: string, sentence: string): boolean {
  if (/article titled/i.test(imageText)) return false;
  const words = (s: string) => new Set(fold(s).split(' ').filter((w) => w.length >= 4 && !PICTURE_WORD.test(w)));
  const described = words(imageText);
  return described.size === 0 || [...words(sentence)].some((w) => described.has(w));
}

/** A title in a list of links: no sentence, a few words. */
const isTitle = (s: string) => !isSentence(s) && wordsOf(s).length >= 2 && wordsOf(s).length <= 18;

/** The furniture kind of each unit (undefined: the article's own text), in order. */
export function findFurniture(units: readonly Unit[], ctx: FurnitureContext = {}): (Kind | undefined)[] {
  const sites = ctx.siteNames ?? [];
  const texts = units.map((u) => u.text.trim());
  // A line's own shape first; then what its page calls it.
  const kinds: (Kind | undefined)[] = texts.map((t, i) => (t ? (shapeOf(t) ?? units[i]!.named) : undefined));
  texts.forEach((t, i) => {
    if (t && isHeadline(t, ctx.headline, sites) && kinds[i] !== 'image-text') kinds[i] = 'headline';
  });

  // The article starts at its first line of prose and ends at its last.
  const prose = texts.map((t, i) => !kinds[i] && isProse(t));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const head = (i: number) => first < 0 || i < first;
  const foot = (i: number) => last >= 0 && i > last;
  const prev = (i: number) => texts.slice(0, i).findLastIndex((t) => t !== '');
  const next = (i: number) => texts.findIndex((t, j) => j > i && t !== '');

  texts.forEach((t, i) => {
    if (!t || kinds[i]) return;
    const u = units[i]!;
    const p = prev(i);
    const n = next(i);
    const kindAt = (j: number) => (j >= 0 ? kinds[j] : undefined);
    if (head(i) && namesSite(t, sites) && !isProse(t)) kinds[i] = 'tagline';
    else if (head(i) && (isNameLine(t) || isRoleLine(t)) && [kindAt(p), kindAt(n)].some((k) => k === 'byline' || k === 'headline')) kinds[i] = 'byline';
    else if (head(i) && kindAt(p) === 'tagline' && !isSentence(t) && p === i - 1) kinds[i] = 'tagline';
    else if (foot(i) && namesSite(t, sites) && !isProse(t)) kinds[i] = 'tagline';
    else if (foot(i) && isRow(t)) kinds[i] = 'tag-list';
    else if (u.within === 'figure') kinds[i] = 'caption';
    else if (kindAt(p) === 'image-text' && isSentence(t) && wordsOf(t).length <= 30 && !/^[-•*]\s/.test(t) && describesSame(texts[p]!, t)) kinds[i] = 'caption';
    else if (kindAt(p) === 'image-text' && kindAt(n) === 'credit') kinds[i] = 'caption';
  });

  // Below the text, titles under a "Related" label are its links, and a row under a "Topics" label its tags.
  texts.forEach((t, i) => {
    if (!t || kinds[i] || !foot(i)) return;
    const p = prev(i);
    const label = p >= 0 ? texts[p]! : '';
    if (p >= 0 && kinds[p] === 'related-link' && isTitle(t) && (LABEL_ONLY(RELATED_LABEL, label) || !LABEL_THEN(RELATED_LABEL, label))) kinds[i] = 'related-link';
    else if (p >= 0 && kinds[p] === 'tag-list' && LABEL_ONLY(TAG_LABEL, label) && !isSentence(t)) kinds[i] = 'tag-list';
  });

  // A page's box beside the text: the words of the text shown again, or a box of its own.
  const body = texts.filter((t, i) => t && !kinds[i] && units[i]!.within === undefined).map(fold);
  units.forEach((u, i) => {
    if (u.within !== 'aside' || kinds[i]) return;
    const f = fold(texts[i]!);
    kinds[i] = f.length > 20 && body.some((b) => b.includes(f)) ? 'pull-quote' : 'aside';
  });
  return kinds;
}
