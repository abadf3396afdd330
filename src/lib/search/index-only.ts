// Words a page is indexed with but never shows (SearchAliases.astro: readers'
// names, related words) are needed by the search index only. Once Pagefind has
// indexed the built pages they are taken out of the HTML, so a reader's first
// load carries none of them (a claim page holds several hundred).

const INDEX_ONLY = /<span\b[^>]*\bdata-index-only\b[^>]*>[^<]*<\/span>/g;

/** The page without its index-only spans. */
export const stripIndexOnly = (html: string): string => html.replace(INDEX_ONLY, '');
