// What a claim page says about itself to the outside: share image text,
// citation, JSON-LD. Kept together so the permalink, the card and the
// citation always name the same sources.
import type { ClaimView } from '../site.ts';
import { absolute } from '../../lib/site/url.ts';
import { routes } from '../../lib/site/paths.ts';
import { CLAIM_STATUS, publisherConfirmed } from '../../lib/content/vocab.ts';
import { story } from '../content/story.ts';
import { citationKey } from '../../lib/content/story.ts';
import { formatFuzzyDate } from '../../lib/content/dates.ts';
import { claimJsonLd } from '../../lib/share/json-ld.ts';
import type { OgCardInput } from '../../lib/share/og-card.ts';
import type { CiteInput } from '../../lib/share/cite.ts';
import { embedHeight, oembed } from '../../lib/share/embed.ts';

const claimUrl = (c: ClaimView) => absolute(routes.claim(c.id));
export const claimImageUrl = (c: ClaimView) => absolute(routes.claimImage(c.id));

function publishersOf(c: ClaimView): string[] {
  return [...new Set(c.evidence.map((e) => e.publisher))];
}

export function claimCardInput(c: ClaimView): OgCardInput {
  const url = new URL(claimUrl(c));
  return {
    siteName: story.name,
    statement: c.statement,
    statusLabel: CLAIM_STATUS[c.status].label,
    sources: publishersOf(c).join(' · '),
    footer: `Claim · ${url.host}${url.pathname}`,
  };
}

export function claimCite(c: ClaimView): CiteInput {
  return {
    site: { name: story.name, key: citationKey(story) },
    id: c.id,
    statement: c.statement,
    url: claimUrl(c),
    basedOn: c.sources.map((s) => {
      const e = c.evidence.find((x) => x.source.id === s.id)!;
      return `${e.publisher}${publisherConfirmed(s.data.publisherBasis) ? '' : ' (attributed)'}, ${formatFuzzyDate(s.data.published)}`;
    }),
  };
}

export function claimStructuredData(c: ClaimView) {
  return claimJsonLd({
    statement: c.statement,
    url: claimUrl(c),
    appearances: c.sources.map((s) => ({
      title: s.data.title,
      url: s.data.url,
      publisher: c.evidence.find((x) => x.source.id === s.id)!.publisher,
      published: s.data.published,
      archivedUrl: absolute(routes.source(s.id)),
    })),
  });
}

/** The claim's card for other sites: its oEmbed description, and the snippet the share box copies. */
export function claimOembed(c: ClaimView) {
  return oembed({
    embedUrl: absolute(routes.claimEmbed(c.id)),
    title: c.statement,
    height: embedHeight(
      c.statement,
      c.evidence.map((e) => e.quote),
      !!c.lastChanged,
    ),
    providerName: story.name,
    providerUrl: absolute(routes.home()),
  });
}
