// Search records that are not whole pages, passed from the build to the
// Pagefind integration (see src/pages/search-records.json.ts).

export const RECORDS_FILE = 'search-records.json';

export interface SearchRecord {
  /** Root-relative, like every indexed page; Pagefind's baseUrl adds any base path. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
