// A claim as a card other sites embed: the <iframe> snippet readers copy and
// the oEmbed description (https://oembed.com, type "rich") consumers fetch.

export const EMBED_WIDTH = 560;

/** Text safe inside a double-quoted HTML attribute. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A height that shows the whole card at the snippet's width without a
 * scrollbar in most cases: header and link back, the statement, and each
 * quote with its source line. Characters per line are those of the card's
 * serif text at 560 px; a taller card scrolls inside its frame.
 */
export function embedHeight(statement: string, quotes: string[], corrected: boolean): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  const chrome = 48 + 44 + 40 + (corrected ? 28 : 0); // badge row, said-by line, link back, correction line
  const statementPx = lines(statement, 48) * 28;
  const quotesPx = quotes.reduce((sum, q) => sum + lines(q, 62) * 24 + 52, 0);
  return Math.min(1200, Math.ceil((chrome + statementPx + quotesPx) / 10) * 10);
}

export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="${EMBED_WIDTH}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export interface OembedInput {
  embedUrl: string;
  title: string;
  height: number;
  providerName: string;
  providerUrl: string;
}

/** The oEmbed 1.0 response for a claim: a "rich" type whose html is the snippet. */
export function oembed(i: OembedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title: i.title,
    provider_name: i.providerName,
    provider_url: i.providerUrl,
    html: embedSnippet(i.embedUrl, i.title, i.height),
    width: EMBED_WIDTH,
    height: i.height,
    cache_age: 86400,
  } as const;
}
