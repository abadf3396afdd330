// An archived article has text, and every paragraph of it is word for word in
// its raw seed (content/seeds/, the article as fetched), so the archive shows
// what was published and nothing an editor added; a cited report has no text.
import { fileOf, type EntryLike, type Problem } from '../content/problems.ts';
import { normalizeQuote, type Passage } from '../content/quotes.ts';

export interface SourceLike extends EntryLike {
  body?: string;
  data: { kind: string; seedFile?: string };
}

export function checkSources(
  sources: SourceLike[],
  seedText: (name: string) => string | undefined,
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
    const seed = s.data.seedFile === undefined ? undefined : seedText(s.data.seedFile);
    if (s.data.seedFile && seed === undefined) {
      problems.push({
        file,
        field: 'seedFile',
        message: `content/seeds/${s.data.seedFile} does not exist`,
        fix: 'restore the raw text in content/seeds/ or correct the file name',
      });
    }
    if (seed !== undefined && s.data.kind === 'article') {
      const raw = normalizeQuote(seed);
      const added = (passages.get(s.id) ?? []).find((p) => !raw.includes(normalizeQuote(p.text)));
      if (added)
        problems.push({
          file,
          field: `body, paragraph ${added.n}`,
          message: `is not in the article as archived (content/seeds/${s.data.seedFile}): "${added.text.slice(0, 60)}${added.text.length > 60 ? '…' : ''}"`,
          fix: 'the archived text stays as the article was published: undo the edit, and say what you add in a claim or an explainer',
        });
    }
  }
  return problems;
}
