// An archived article has text, and its archive is its seed (content/seeds/,
// the article as received) exactly: every paragraph of the archive is word for
// word in the seed, so it shows nothing an editor added, and every paragraph of
// the seed is in the archive or declared under `leftOut` (an advertising
// notice, a caption), so nothing goes missing in silence. A cited report has
// no text.
import { parseArticleBody } from '../content/article.ts';
import { expectedPassages, missingPassages, seedWords, type Seed } from '../content/archive/seed.ts';
import { fileOf, type EntryLike, type Problem } from '../content/problems.ts';
import { normalizeQuote, type Passage } from '../content/quotes.ts';

export interface SourceLike extends EntryLike {
  body?: string;
  data: { kind: string; seedFile?: string; leftOut?: { text: string; kind: string }[]; notClaims?: { text: string }[] };
}

const excerpt = (text: string, max = 90) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** Where a passage starts in its seed, for the editor: a line of a text, or a block of a page. */
function placeInSeed(seed: Seed, passage: string): string {
  const start = normalizeQuote(passage).slice(0, 40);
  if (seed.kind === 'unreadable') return '';
  if (seed.kind === 'page') {
    const i = seed.blocks.findIndex((b) => normalizeQuote(b.text).startsWith(start));
    return i < 0 ? '' : `, block ${i + 1} of the page's article`;
  }
  const i = seed.text.split(/\r\n?|\n/).findIndex((l) => normalizeQuote(l).includes(start));
  return i < 0 ? '' : `, line ${i + 1}`;
}

/** At most this many missing passages are named one by one; the rest are counted. */
const MAX_NAMED = 5;

function checkArchive(s: SourceLike, file: string, seed: Seed, seedFile: string, passages: Passage[]): Problem[] {
  const problems: Problem[] = [];
  if (seed.kind === 'unreadable')
    return [
      {
        file,
        field: 'seedFile',
        message: `content/seeds/${seedFile} is read as a saved web page, and ${seed.reason}`,
        fix: 'save the article’s page again from the browser (Save Page As…, HTML only), or paste its text into a .txt file and import that',
      },
    ];
  const raw = normalizeQuote(seedWords(seed));
  const added = passages.find((p) => !raw.includes(normalizeQuote(p.text)));
  if (added)
    problems.push({
      file,
      field: `body, paragraph ${added.n}`,
      message: `is not in the article as archived (content/seeds/${seedFile}): ${excerpt(added.text, 60)}`,
      fix: 'the archived text stays as the article was published: undo the edit, and say what you add in a claim or an explainer',
    });

  const declared = s.data.leftOut ?? [];
  const archive = parseArticleBody(s.body ?? '').flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : [b.text]));
  const { passages: expected, unknown } = expectedPassages(
    seed,
    declared.map((d) => d.text),
  );
  declared.forEach((d, i) => {
    if (unknown.includes(d.text))
      problems.push({
        file,
        field: `leftOut[${i}]`,
        message: `${excerpt(d.text)} is not a line of content/seeds/${seedFile}, so it cannot have been left out`,
        fix: 'copy the whole line exactly as the raw file has it, or remove the entry',
      });
    const at = archive.findIndex((a) => normalizeQuote(a) === normalizeQuote(d.text));
    if (at >= 0)
      problems.push({
        file,
        field: `leftOut[${i}]`,
        message: `${excerpt(d.text)} is declared as left out (${d.kind}), but the archive still holds it`,
        fix: 'remove it from the text, or remove the entry if it is the article’s own words',
      });
  });

  const missing = missingPassages(expected, archive);
  for (const m of missing.slice(0, MAX_NAMED))
    problems.push({
      file,
      field: 'body',
      message: `misses a paragraph of the article as received (content/seeds/${seedFile}${placeInSeed(seed, m)}): ${excerpt(m)}`,
      fix: `the archive holds the whole article: restore the paragraph (\`npm run import -- content/seeds/${seedFile} … --force\` writes it again), or, if it is not the article (an advertising notice, a caption), declare it under leftOut with its kind: - { text: ${JSON.stringify(m.length > 60 ? `${m.slice(0, 60)}…` : m)}, kind: … }`,
    });
  if (missing.length > MAX_NAMED)
    problems.push({
      file,
      field: 'body',
      message: `misses ${missing.length - MAX_NAMED} more paragraphs of content/seeds/${seedFile}`,
      fix: 're-import the article with `npm run import -- … --force`, which writes the whole text and lists what it leaves out',
    });
  return problems;
}

export function checkSources(
  sources: SourceLike[],
  seeds: (name: string) => Seed | undefined,
  passages: ReadonlyMap<string, Passage[]> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  for (const s of sources) {
    const file = fileOf('sources', s);
    const hasText = (s.body ?? '').trim().length > 0;
    if (s.data.kind === 'article' && !hasText) {
      problems.push({
        file,
        field: 'body',
        message: 'an article has no text',
        fix: 'import the article text with `npm run import`, or set kind: cited-report',
      });
    }
    if (s.data.kind === 'cited-report' && hasText) {
      problems.push({ file, field: 'kind', message: 'a cited report has text', fix: 'set kind: article, or remove the text' });
    }
    const seed = s.data.seedFile === undefined ? undefined : seeds(s.data.seedFile);
    if (s.data.seedFile && seed === undefined) {
      problems.push({
        file,
        field: 'seedFile',
        message: `content/seeds/${s.data.seedFile} does not exist`,
        fix: 'restore the raw text in content/seeds/ or correct the file name',
      });
    }
    if (seed !== undefined && s.data.kind === 'article' && hasText) problems.push(...checkArchive(s, file, seed, s.data.seedFile!, passages.get(s.id) ?? []));
    // A sentence marked as no claim is one the archive holds.
    const text = normalizeQuote((passages.get(s.id) ?? []).map((p) => p.text).join('\n'));
    (s.data.notClaims ?? []).forEach((m, i) => {
      if (!text.includes(normalizeQuote(m.text)))
        problems.push({
          file,
          field: `notClaims[${i}].text`,
          message: `${excerpt(m.text)} is not in the archived text, so it marks no sentence`,
          fix: 'copy the words of the sentence exactly from the source page (straight or curly quotes may differ)',
        });
    });
  }
  return problems;
}
