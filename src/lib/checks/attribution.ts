// Who says a quote is read as a chain: the source's publisher, then whom it
// cites or quotes ("Android Central, citing The Wall Street Journal"). A chain
// that names the publisher again, or one actor twice, reads as nonsense on the
// claim page, its card and claims.json ("The Verge, citing The Verge").
import { fileOf, type Problem } from '../content/problems.ts';

type Link = { actor: { id: string }; as: 'citing' | 'quoting' };

export interface ClaimForAttribution {
  id: string;
  filePath?: string;
  data: { attribution?: Link[]; evidence: { source: { id: string }; attribution?: Link[] }[] };
}

/** `publisherOf` gives a source's publisher actor id. */
export function checkAttributionChains(claims: ClaimForAttribution[], publisherOf: (sourceId: string) => string | undefined): Problem[] {
  return claims.flatMap((c) =>
    c.data.evidence.flatMap((ev, i): Problem[] => {
      const own = ev.attribution !== undefined;
      const links = ev.attribution ?? c.data.attribution ?? [];
      const publisher = publisherOf(ev.source.id);
      const field = own ? `evidence[${i}].attribution` : 'attribution';
      const at = links.findIndex((l) => l.actor.id === publisher);
      if (publisher && at >= 0)
        return [
          {
            file: fileOf('claims', c),
            field: `${field}[${at}]`,
            message: `names ${publisher}, which publishes ${ev.source.id} (evidence[${i}]) and is named first already, so the claim would read "${publisher}, ${links[at]!.as} ${publisher}"`,
            fix: 'leave the publisher out: the attribution lists only whom the article cites or quotes',
          },
        ];
      const twice = links.findIndex((l, k) => links.findIndex((m) => m.actor.id === l.actor.id) < k);
      if (twice >= 0)
        return [
          {
            file: fileOf('claims', c),
            field: `${field}[${twice}]`,
            message: `names ${links[twice]!.actor.id} a second time in one chain`,
            fix: 'name each actor once: citing for the outlet whose report is relayed, quoting for the person whose words are quoted',
          },
        ];
      return [];
    }),
  );
}
