// Questions that ask for a figure ("how many customers", "how much does it
// cost", "what share of the market"), for steps ("how do i unlink it") or for
// how something turned out ("how did the talks end").
// Words find pages about the question's other words, and a reader takes the
// first of them for the answer; when no result gives a figure of the kind
// asked for, or says how to do the thing asked, the page says so instead of
// letting the results stand in for what the sources do not give.
import { normalizeWords, stem } from '../content/words.ts';

type FigureKind = 'count' | 'money' | 'share' | 'duration' | 'frequency' | 'number' | 'steps' | 'outcome' | 'names' | 'quote';

export interface AskedFigure {
  /** The question's words that ask ("how many"), as the page names them. */
  phrase: string;
  kind: FigureKind;
  /** What a count counts: the two words after "how many" ("ecobee customers"), when the question says. */
  counts?: string[];
  /** What steps are asked for: the verb after "how to" ("unlink"). */
  verb?: string;
}

const ASKS: [RegExp, FigureKind][] = [
  [/\bhow many\b/, 'count'],
  [/\bhow much\b/, 'money'],
  [/\bwhat (?:share|percent|percentage|proportion|fraction)\b|\bmarket share\b|\bshare of (?:the )?(?:\w+ ){0,3}market\b/, 'share'],
  [/\bhow (?:long|old)\b/, 'duration'],
  [/\bhow often\b/, 'frequency'],
  [/\bhow (?:big|large|fast|far)\b|\bwhat (?:number|figure|amount|sum)\b/, 'number'],
  [/\b(?:cost|costs|price|prices|priced|revenue|revenues|profit|profits)\b/, 'money'],
  [/\bhow (?:to|can i|do i|can you|do you|should i|would i|could i|can we|do we)\b|\b(?:ways?|steps?) to\b/, 'steps'],
  // How a thing turned out, asked of the past ("did it end up …"; "will they eventually …" asks of the future).
  [/\bdid (?:\w+ ){0,8}(?:end|eventually|ultimately|finally)\b|\boutcome\b/, 'outcome'],
];

/** Verbs after "how do you …" that ask how one can tell or be sure, not for steps. */
const NOT_STEPS = new Set('be know tell think mean feel trust say believe'.split(' '));

/** Words that may stand between "how many" and what it counts, or follow it in its place ("how many did …"). */
const BEFORE_NOUN = new Set(
  'of the other more different smart did do does is are was were have has had will would can could there their its his her'.split(' '),
);

/** What figure the question asks for, or undefined. */
export function askedFigure(query: string): AskedFigure | undefined {
  const q = normalizeWords(query);
  for (const [test, kind] of ASKS) {
    const m = test.exec(q);
    if (!m) continue;
    if (kind === 'steps') {
      // The thing to do is the verb that follows ("how to unlink …"); "how do you know", "how can i be sure" ask no steps.
      const verb = q
        .slice(m.index + m[0].length)
        .trim()
        .split(' ')[0];
      if (verb && verb.length > 1 && !NOT_STEPS.has(verb)) return { phrase: `${m[0]} ${verb}`, kind, verb };
      continue;
    }
    // The page names it briefly: the question's own words may run to a sentence.
    if (kind === 'outcome') return { phrase: 'how it ended', kind };
    if (kind !== 'count') return { phrase: m[0], kind };
    const after = q
      .slice(m.index + 'how many'.length)
      .trim()
      .split(' ')
      .filter((w) => w && !BEFORE_NOUN.has(w));
    // "how many ecobee customers": a plural names what is counted, the word before it only qualifies it.
    const two = after.slice(0, 2);
    const plural = two.filter((w) => w.length > 3 && /[^s]s$/.test(w));
    return { phrase: 'how many', kind, counts: plural.length ? plural : two };
  }
  return undefined;
}

const NUMBER_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)';
/** A number that is not a year (2021 dates a thing, it does not count one), or a number word. */
const NUMBER = `(?:\\b(?!(?:1[89]|20)\\d\\d\\b)\\d[\\d,.]*|\\b${NUMBER_WORD}\\b)`;
const re = (s: string) => new RegExp(s, 'i');

const KIND_TESTS: Record<Exclude<FigureKind, 'count' | 'steps' | 'names' | 'quote'>, RegExp> = {
  // An ending told in the past, however put ("talks ended", "Ecobee agreed", "a deal"): a result that tells one may
  // give it. Not "agreements" or "may eventually", which tell of no ending.
  // Not negated ("has not agreed"), nor inside a contraction ("won't").
  outcome:
    /(?<!(?:\bnot|\bnever|\bno|n['’]t)\s)\b(?:ended|concluded|settled|resolved|agreed|(?:reached|struck|signed|made|cut) (?:a |the )?deal|outcome|resulted in|collapsed|broke down|gave in|gave up|backed down|dropped|abandoned|won|lost|ruled|verdict|sued|fined)\b(?!['’]t)/i,
  money: re(`[$€£¥]\\s?\\d|${NUMBER}\\s+(?:dollars?|euros?|pounds?|cents?|million|billion)\\b`),
  share: re(`\\d\\s?%|\\b(?:per ?cent|percent)\\b|\\b(?:half|a third|a quarter|majority|minority) of\\b`),
  duration: re(`${NUMBER}\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\\b`),
  frequency: re(`${NUMBER}\\s+times\\b|\\b(?:daily|weekly|monthly|yearly|hourly|every (?:day|week|month|year|hour|minute))\\b`),
  number: re(NUMBER),
};

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A day of a month ("15 April", "April 15th") counts nothing. */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi');

/**
 * Whether `text` gives the figure asked for: a number of what a count counts
 * (one of the two words after "how many", within three words of the number:
 * "40,000 Ecobee customers"; any number when the question names nothing), an
 * amount of money, a share, a duration, a frequency.
 */
export function givesFigure(asked: AskedFigure, raw: string): boolean {
  if (asked.kind === 'steps') return givesSteps(asked.verb ?? '', raw);
  // Who is in a group the content marks unnamed is given by no source (see asksNamesOf); a speaker's words, by claims (see unquoted).
  if (asked.kind === 'names' || asked.kind === 'quote') return false;
  const text = raw.replace(DAY_OF_MONTH, ' ');
  if (asked.kind !== 'count') return KIND_TESTS[asked.kind].test(text);
  const words = normalizeWords(text.replace(/(\d),(\d)/g, '$1$2')).split(' ');
  const number = re(`^${NUMBER}$`);
  const counted = new Set((asked.counts ?? []).map(stem));
  return words.some((w, i) => number.test(w) && (!counted.size || words.slice(i + 1, i + 4).some((n) => counted.has(stem(n)))));
}

/** Words that address whoever would follow steps, in a sentence that tells them what they can do. */
const ADDRESSED = new Set('you your users user customers customer owners owner people readers consumers buyers'.split(' '));

/**
 * Whether `text` says how to do `verb`: a sentence that holds the verb (by
 * stem) and either begins with it ("Open the app and unlink it"), says "how
 * to", or speaks of whoever would do it ("users can unlink …", "customers are
 * told when they link accounts").
 */
export function givesSteps(verb: string, text: string): boolean {
  const want = stem(verb);
  return text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => {
    const words = normalizeWords(sentence).split(' ');
    const at = words.findIndex((w) => stem(w) === want);
    if (at < 0) return false;
    return at === 0 || /\bhow to\b/.test(words.join(' ')) || words.some((w) => ADDRESSED.has(w));
  });
}
