// What an explainer's MDX components share while one page renders, and how
// they report a problem: the same file → field → fix as the content checks,
// which find these problems before rendering (checks/explainers.ts); this is
// the last line, for a component used where no check looked.
import { ContentError } from '../content/problems.ts';

export interface MdxPage {
  file: string;
  order: string[];
  anchored: Set<string>;
  popovers: number;
  previews: boolean;
}

/** The page state when a component renders outside an explainer body. */
export const mdxPage = (): MdxPage => ({ file: 'an MDX page', order: [], anchored: new Set(), popovers: 0, previews: true });

export function mdxProblem(page: Pick<MdxPage, 'file'>, tag: string, message: string, fix: string): ContentError {
  return new ContentError([{ file: page.file, field: tag, message, fix }]);
}
