// An archived article has text (and its raw seed, if named, is kept); a cited report has none.
import { fileOf, type EntryLike, type Problem } from '../content/problems.ts';

export interface SourceLike extends EntryLike {
  body?: string;
  data: { kind: string; seedFile?: string };
}

export function checkSources(sources: SourceLike[], seedExists: (name: string) => boolean): Problem[] {
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
    if (s.data.seedFile && !seedExists(s.data.seedFile)) {
      problems.push({
        file,
        field: 'seedFile',
        message: `content/seeds/${s.data.seedFile} does not exist`,
        fix: 'restore the raw text in content/seeds/ or correct the file name',
      });
    }
  }
  return problems;
}
