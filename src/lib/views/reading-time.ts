// How long the home explainer takes to read, worked out from its words: the
// label above the home page's title ("The story in two minutes") then stays
// true when the next story's home explainer is longer.

/** Silent reading of non-fiction by adults, in words a minute (Brysbaert, 2019, a meta-analysis of 190 studies). */
const WORDS_PER_MINUTE = 238;

/** The words a reader reads in an explainer's MDX: component tags and their attributes, link targets and Markdown marks are not read. */
export function proseWords(mdx: string): number {
  const prose = mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{[^}]*\}/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** Whole minutes to read, rounded up, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(proseWords(mdx) / WORDS_PER_MINUTE));
}

const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "The story in two minutes": numbers under ten in words, as newspapers write them. */
export function storyInMinutes(minutes: number): string {
  const n = SMALL[minutes - 1] ?? String(minutes);
  return `The story in ${n} minute${minutes === 1 ? '' : 's'}`;
}
