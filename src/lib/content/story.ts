// What belongs to one story rather than to the engine: the site's name, its
// tagline and language, the footer's disclaimer, the glossary's description and
// which events the home page previews. It lives in content/site.yaml, so the
// next story is new content, not new code; a bad value names the file, the
// field and the fix like every other content problem.
import { parse, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { sentence } from './schemas.ts';
import { slugify } from './ids.ts';
import { ContentError } from './problems.ts';
import type { FuzzyDate } from './dates.ts';

export const STORY_FILE = 'site.yaml';

const storySchema = z
  .object({
    /** The site's name: in every title, the header, share images, citations and the feed. */
    name: sentence.max(40, { message: 'is longer than a header can show; keep it under 40 characters' }),
    /** One line on what the site explains: the home page's title and the default description. */
    tagline: sentence,
    /** The language of the pages (<html lang>), as a BCP 47 tag. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag like en or en-GB' })
      .default('en'),
    /** The footer's last line: whom the site is not affiliated with. */
    disclaimer: sentence,
    /** The glossary page's description (for search engines and link previews). */
    glossaryIntro: sentence,
    home: z
      .object({
        /** The home page previews events dated from this year on; earlier ones are background. */
        previewFrom: z.number().int().min(1000).max(9999).optional(),
        previewCount: z.number().int().min(1).max(12).default(5),
      })
      .strict()
      .default({ previewCount: 5 }),
  })
  .strict();

export type Story = z.infer<typeof storySchema>;

const EXAMPLE = 'name, tagline, disclaimer and glossaryIntro (see README, "A new story")';

/** The story's settings from the text of content/site.yaml (`file` names it in problems). */
export function parseStory(text: string | undefined, file: string): Story {
  if (text === undefined)
    throw new ContentError([{ file, field: 'file', message: 'is missing: every story names itself there', fix: `add it with ${EXAMPLE}` }]);
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (e) {
    if (!(e instanceof YAMLParseError)) throw e;
    throw new ContentError([
      {
        file,
        field: `line ${e.linePos?.[0]?.line ?? '?'}`,
        message: `is not valid YAML (${e.message.split('\n')[0]})`,
        fix: 'correct the line; strings with a colon need quotes',
      },
    ]);
  }
  const r = storySchema.safeParse(data);
  if (r.success) return r.data;
  throw new ContentError(
    r.error.issues.map((i) => ({
      file,
      field: i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : '(the whole file)'),
      message: i.message,
      fix:
        i.code === 'unrecognized_keys'
          ? `remove or rename it: the fields are ${Object.keys(storySchema.shape).join(', ')}`
          : `correct the field as the message says (docs/EDITING.md, "Name the story", shows each)`,
    })),
  );
}

/** The key citations use for the site: "Harbour Ledger" → "harbourledger". */
export const citationKey = (story: Story) => slugify(story.name).replace(/-/g, '') || 'explainer';

/**
 * The home page's preview: the first `count` dated events from the year
 * `from` on (home.previewFrom), in the order given; undated background is left
 * to the timeline.
 */
export function previewEvents<T extends { data: { when: FuzzyDate } }>(events: T[], from: number | undefined, count: number): T[] {
  return events.filter((e) => e.data.when.kind !== 'undated' && e.data.when.point.year >= (from ?? 0)).slice(0, count);
}
