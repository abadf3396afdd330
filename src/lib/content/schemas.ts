// One schema per collection of DESIGN.md, as plain Zod: content.config.ts
// gives them Astro's reference(), and unit tests give them a stand-in, so every
// field rule and its message is tested without building the site. Cross-links
// are reference()s; that a referenced id exists is checked in checks/references.ts.
import { z } from 'astro/zod';
import { DateParseError, parseFuzzyDate, parsePoint } from './dates.ts';
import { isKebabId } from './ids.ts';
import { sentences } from './marks.ts';
import { ACTOR_KINDS, CLAIM_STATUS, keysOf, LEFT_OUT, PUBLISHER_BASIS, SOURCE_KINDS } from './vocab.ts';

type Reference = typeof import('astro:content').reference;

/** A date as precise as known: "2021-04-15", "2021-04", "before 2021-04", … optionally with its basis. */
export const fuzzyDate = z
  .union([z.string(), z.date(), z.object({ date: z.union([z.string(), z.date()]), basis: z.string().min(1) })])
  .transform((value, ctx) => {
    const [input, basis] = typeof value === 'object' && !(value instanceof Date) ? [value.date, value.basis] : [value, undefined];
    try {
      return parseFuzzyDate(input, basis);
    } catch (e) {
      if (!(e instanceof DateParseError)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message });
      return z.NEVER;
    }
  });

export const kebab = z.string().refine(isKebabId, { message: 'must be a lowercase kebab-case id (a-z, 0-9, single hyphens)' });
/** The day something was done, as YYYY-MM-DD (YAML reads an unquoted one as a Date). */
export const isoDay = z.union([z.string(), z.date()], { error: 'must be a day, like 2026-11-26' }).transform((value, ctx) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10)) : value.trim();
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text) && parsePoint(text).precision === 'day') return text;
  } catch (e) {
    if (!(e instanceof DateParseError)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message });
    return z.NEVER;
  }
  ctx.addIssue({ code: 'custom', message: `"${text}" is not a day; write the day it was published, like 2026-11-26` });
  return z.NEVER;
});

/** A date as content writes it, kept as text ("2025-02", "before 2025-03-14"): an event's dating before an update. */
const dateWords = z.string().refine(
  (t) => {
    try {
      parseFuzzyDate(t);
      return true;
    } catch {
      return false;
    }
  },
  { message: "must be a date as content writes it: YYYY, YYYY-MM, YYYY-MM-DD, 'before <date>', 'as of <date>' or 'undated'" },
);

/** Required text, with a message that says what is wrong rather than Zod's bare "Required". */
export const sentence = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing: this field is required' : 'must be text') })
  .trim()
  .min(1, { message: 'must not be empty' })
  .superRefine((text, ctx) => {
    const markup = markupIn(text);
    if (markup) ctx.addIssue({ code: 'custom', message: `is shown as plain text, so ${markup} would appear as written; remove the markup` });
  });

/** Markdown or HTML in a field shown as plain text (a statement, a title, a definition), if any. */
export function markupIn(text: string): string | undefined {
  return /\*\*[^*]+\*\*|__[^_]+__|<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>|\[[^\]]+\]\([^)]*\)/i.exec(text)?.[0];
}

/** A link to a page on the web: http(s) only, so no javascript: or ftp: link reaches a reader. */
const webUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `must be a web address starting with https:// (got "${String(issue.input)}")`,
});

/** A statement this long no longer fits its share card and title (the seed story's longest is under 200). */
export const STATEMENT_MAX = 300;

/**
 * A name or title pages show as a heading, in lists, the timeline and share
 * images: `max` characters at most, so it stays a heading (the longest of the
 * seed story: titles 82, names 26).
 */
const heading = (max: number, what: string) =>
  sentence.refine((s) => s.length <= max, {
    error: (issue) => `is ${String(issue.input).length} characters long: ${what} is shown as a heading, at most ${max} characters`,
  });
export const TITLE_MAX = 120;
export const NAME_MAX = 60;
const title = heading(TITLE_MAX, 'a title');
const name = heading(NAME_MAX, 'a name');

/** One sentence in our words: checked, because a claim is the unit readers share. */
export const oneSentence = sentence
  .refine((s) => s.length <= STATEMENT_MAX, {
    error: (issue) =>
      `is ${String(issue.input).length} characters long: a claim is one sentence a reader can share, at most ${STATEMENT_MAX} characters (say the rest in another claim)`,
  })
  .refine((s) => sentences(s).length === 1 && /[.!?]["”’]?$/.test(s), {
    message: 'must be exactly one sentence, ending with a full stop',
  });

/** The schema of every collection, given the reference() to link them with. */
export function contentSchemas(reference: Reference) {
  /**
   * Who a claim comes from beyond the article that makes it, outermost first:
   * the article is "citing" the WSJ, which is "quoting" Amazon's spokesman.
   * The article's own publisher is the first link, taken from the evidence.
   */
  /** What changed after publication, and why: never removed once published. */
  const corrections = z.array(z.object({ date: isoDay, changed: sentence, reason: sentence }).strict()).default([]);

  const attributionLinks = z.array(z.object({ actor: reference('actors'), as: z.enum(['citing', 'quoting']) }).strict());
  const attribution = attributionLinks.default([]);

  const evidence = z
    .object({
      source: reference('sources'),
      quote: sentence,
      /** The paragraph the quote is from, when its words occur in more than one. */
      paragraph: z.number().int().positive().optional(),
      /** How this source's wording differs, when it matters to a reader. */
      note: z.string().optional(),
      /** Overrides the claim's attribution for this source (one article relays the WSJ, the other speaks for itself). */
      // No default here (Zod 4 would apply it inside .optional()): absent means "as the claim".
      attribution: attributionLinks.optional(),
    })
    .strict();

  /**
   * Other words readers use for an actor, a term or a topic ("spokesperson",
   * "AWS", "blackmail"): indexed with the entry's page and used to widen a
   * search. Never shown as text.
   */
  const alsoKnownAs = z
    .array(
      z
        .string()
        .trim()
        .min(2, { message: 'an empty or one-letter word would match everything; remove it' })
        .max(60, { message: 'is longer than a reader would type; keep it to a few words' }),
      {
        error: (issue) =>
          typeof issue.input === 'string'
            ? `must be a list, even of one word: write [${issue.input}]`
            : 'must be a list of the words readers use, like [AWS, cloud hosting]',
      },
    )
    .default([]);

  const actors = z.object({
    name,
    kind: z.enum(keysOf(ACTOR_KINDS)),
    /** How the person is introduced: "Amazon spokesman". */
    title: z.string().optional(),
    role: sentence,
    url: webUrl.optional(),
    alsoKnownAs,
    /**
     * A group the sources speak of without naming who is in it ("a few other
     * sellers"): a reader who asks which they are is told the sources name none.
     */
    unnamed: z
      .boolean({ error: 'must be true or false: true when the sources speak of this group without naming who is in it' })
      .default(false),
  });

  const topics = z
    .object({
      title,
      description: sentence,
      order: z.number().int(),
      /** Readers' words for what the topic is about ("blackmail" for pressure): a search with one looks among the topic's claims. */
      alsoKnownAs,
    })
    .strict();

  const sources = z
    .object({
      /** An article's own headline: longer than ours may be, but still one. */
      title: heading(200, "a source's title"),
      titleIsDescriptive: z.boolean().default(false),
      titleNote: z.string().optional(),
      kind: z.enum(keysOf(SOURCE_KINDS)).default('article'),
      publisher: reference('actors'),
      publisherBasis: z.enum(keysOf(PUBLISHER_BASIS)),
      published: fuzzyDate,
      url: webUrl.optional(),
      cites: z.array(reference('sources')).default([]),
      seedFile: z.string().optional(),
      summary: z.string().optional(),
      /**
       * Each line of the raw text that is not the article (an advertising
       * notice, a photo credit), and why: the archive holds every other line
       * (checks/sources.ts), and the source page lists these to readers.
       */
      leftOut: z
        .array(
          z
            .object({
              text: z.string({ error: 'is missing: the line as the raw file has it' }).trim().min(1, { message: 'must not be empty' }),
              kind: z.enum(keysOf(LEFT_OUT), { error: `must be one of ${keysOf(LEFT_OUT).join(', ')}` }),
              note: z.string().trim().min(1).optional(),
            })
            .strict()
            .refine((e) => e.kind !== 'other' || e.note, { message: 'kind: other needs a note saying what the line is', path: ['note'] }),
        )
        .default([]),
      /** The copy received is not the whole article (it ends mid-sentence): readers are told, in this note. */
      incomplete: z
        .object({ note: sentence }, { error: 'is a note readers see, not a yes or no: write incomplete: { note: "The copy received ends mid-sentence." }' })
        .strict()
        .optional(),
      /**
       * Sentences of the article that are no claim, each with why (an aside,
       * the outlet's own promotion): coverage counts them apart, and the method
       * page lists them (views/coverage.ts).
       */
      notClaims: z.array(z.object({ text: z.string().trim().min(1, { message: 'must not be empty' }), why: sentence }).strict()).default([]),
    })
    .strict();

  const claims = z
    .object({
      statement: oneSentence,
      status: z.enum(keysOf(CLAIM_STATUS)),
      attribution,
      actors: z.array(reference('actors')).default([]),
      topics: z.array(reference('topics')).min(1, { message: 'needs at least one topic' }),
      evidence: z.array(evidence).min(1, { message: 'needs at least one quote from a source' }),
      /** Where the sources' accounts differ in wording or emphasis: shown beside the quotes. */
      differences: z.string().optional(),
      related: z.array(reference('claims')).default([]),
      /** Claims that seem to pull the other way, shown side by side with a note on how. */
      contrasts: z.array(z.object({ claim: reference('claims'), note: sentence }).strict()).default([]),
      aliases: z.array(kebab).default([]),
      /**
       * What changed after the claim was published, and why: shown under the
       * claim, on /corrections/ and in the feed. A published claim changes only
       * with one (checks/revisions.ts); entries are never removed.
       */
      corrections,
      /**
       * What is new since the claim was published, when nothing published was
       * wrong (a source added, a status changed by new reporting): shown apart
       * from corrections, on /changes/ and in the feed (lib/revisions/).
       */
      updates: z.array(z.object({ date: isoDay, note: sentence }).strict()).default([]),
    })
    .strict();

  const events = z
    .object({
      when: fuzzyDate,
      title,
      summary: sentence,
      actors: z.array(reference('actors')).default([]),
      claims: z.array(reference('claims')).min(1, { message: 'every event must be backed by at least one claim; list the ids of the claims that report it' }),
      /**
       * Orders events that share a date (two things reported in the same
       * month); `unknown` where the sources do not say which came first, and
       * the timeline says so.
       */
      order: z.union([z.number().int(), z.literal('unknown')], { error: 'must be a whole number (1, 2, …), or unknown where the sources do not say' }).default(0),
      corrections,
      /**
       * What is new since the event was published: a date made more precise
       * keeps the dating it replaces in `was`, and the timeline shows both.
       */
      updates: z.array(z.object({ date: isoDay, note: sentence, was: dateWords.optional() }).strict()).default([]),
    })
    .strict()
    .transform(({ order, ...e }) => ({ ...e, order: order === 'unknown' ? 0 : order, orderUnknown: order === 'unknown' }));

  const diagrams = z
    .object({
      title,
      description: sentence,
      participants: z.array(reference('actors')).min(2),
      steps: z
        .array(
          z
            .object({
              from: reference('actors'),
              to: reference('actors'),
              kind: z.enum(['request', 'refusal', 'lever', 'state']),
              label: sentence,
              detail: z.string().optional(),
              claims: z.array(reference('claims')).min(1, { message: 'every step must be backed by at least one claim' }),
            })
            .strict(),
        )
        .min(1),
    })
    .strict();

  const explainers = z
    .object({
      title,
      description: sentence,
      order: z.number().int(),
      /** The explainer that is the home page (/) — exactly one. */
      home: z.boolean().default(false),
      /** Claims the home page lists as key claims. */
      keyClaims: z.array(reference('claims')).default([]),
    })
    .strict();

  const glossary = z
    .object({
      term: name,
      definition: sentence,
      claims: z.array(reference('claims')).default([]),
      alsoKnownAs,
    })
    .strict();
  return { actors, topics, sources, claims, events, diagrams, explainers, glossary };
}
