// A search page's results appear after its script has searched: a picture or a
// check of /search/?q=… taken at load shows the page before them. The page
// marks which search it shows (data-shown on [data-search-page]).
import type { Page } from '@playwright/test';

/** The query a path opens the search page with, or undefined for any other page. */
export function searchQueryOf(path: string): string | undefined {
  const url = new URL(path, 'http://x');
  return /\/search\/?$/.test(url.pathname) ? (url.searchParams.get('q') ?? undefined) : undefined;
}

/** Resolves once the search page shows the results for `query` (as the page trims it). */
export async function searchShown(page: Page, query: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const shown = document.querySelector<HTMLElement>('[data-search-page]')?.dataset.shown;
      return shown !== undefined && new URL(shown, location.href).searchParams.get('q') === q.trim();
    },
    query,
    { timeout },
  );
}
