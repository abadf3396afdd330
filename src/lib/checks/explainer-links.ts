// An explainer's Markdown links to the site's own pages of one entry
// (/claims/<id>/, /sources/<id>/#p-<n>, /actors/<id>/, /explainers/<id>/) or
// to one event or term (/timeline/#event-<id>, /glossary/#term-<id>) are
// checked against the content before anything is built, so a mistyped id is
// reported at its line in `npm run dev` too, with the id most likely meant.
// Every other link is left to the check of the built pages (published-urls.ts).
import { meantId } from '../content/ids.ts';
import { findLinks } from '../content/mdx-refs.ts';
import { fileOf, type Problem } from '../content/problems.ts';
import { anchors, routes } from '../site/paths.ts';
import { unknownIdFix } from './references.ts';

export interface LinkTargets {
  claims: ReadonlySet<string>;
  /** Old claim id → current id: its page is a redirect. */
  claimAliases: ReadonlyMap<string, string>;
  actors: ReadonlySet<string>;
  /** Explainers with a page of their own (the home explainer is the home page). */
  explainers: ReadonlySet<string>;
  /** The home explainer's id, whose page is /. */
  home?: string;
  /** Each source's number of archived passages. */
  passageCount: ReadonlyMap<string, number>;
  /** Timeline events (/timeline/#event-<id>) and glossary terms (/glossary/#term-<id>). */
  events: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
}

const ENTRY = /^\/(claims|sources|actors|explainers)\/([^/#?]+)\/?(?:embed\/)?(?:[?#](.*))?$/;

type Found = Omit<Problem, 'file' | 'field'>;

/** A link to one event on the timeline or one term in the glossary: its anchor must name one. */
function anchorProblem(href: string, t: LinkTargets): Found | undefined {
  const places = [
    { page: routes.timeline(), prefix: anchors.event(''), ids: t.events, what: 'event', an: 'an event', folder: 'events' },
    { page: routes.glossary(), prefix: anchors.term(''), ids: t.glossary, what: 'glossary term', an: 'a glossary term', folder: 'glossary' },
  ];
  for (const p of places) {
    // A term or event has no page of its own: /glossary/fire-tv/ is meant as /glossary/#term-fire-tv.
    const own = href.startsWith(p.page) ? /^([^/#?]+)\/?$/.exec(href.slice(p.page.length))?.[1] : undefined;
    if (own !== undefined) {
      const meant = p.ids.has(own) ? own : meantId(own, p.ids);
      return {
        message: `${p.an} has no page of its own, so the link leads to the 404 page`,
        fix: meant ? `write ${p.page}#${p.prefix}${meant}` : `link to one on its page: ${p.page}#${p.prefix}<id>, the id being its file's name in ${p.folder}/`,
      };
    }
    if (!href.startsWith(`${p.page}#`)) continue;
    const anchor = href.slice(p.page.length + 1);
    const id = anchor.startsWith(p.prefix) ? anchor.slice(p.prefix.length) : anchor;
    if (anchor.startsWith(p.prefix) && p.ids.has(id)) return undefined;
    const meant = p.ids.has(id) ? id : meantId(id, p.ids);
    return {
      message: `no ${p.what} has the anchor "#${anchor}", so the link lands at the top of ${p.page}`,
      fix: meant
        ? `write ${p.page}#${p.prefix}${meant} if that is the one meant`
        : `link to one that exists: ${p.page}#${p.prefix}<id>, the id being its file's name in ${p.folder}/`,
    };
  }
  return undefined;
}

function problemOf(href: string, t: LinkTargets): Found | undefined {
  const placed = anchorProblem(href, t);
  if (placed) return placed;
  const m = ENTRY.exec(href);
  if (!m || m[2] === 'page') return undefined;
  const [, kind, id, after] = m as unknown as [string, 'claims' | 'sources' | 'actors' | 'explainers', string, string | undefined];
  // The address with another page's: what follows the id (embed/, #anchor) is kept.
  const fixed = (to: string) => to + href.slice(`/${kind}/${id}`.length).replace(/^\//, '');
  switch (kind) {
    case 'claims': {
      if (t.claims.has(id)) return undefined;
      const now = t.claimAliases.get(id);
      if (now)
        return {
          message: `"${id}" is an old id of the claim now called "${now}", so the link goes through a redirect`,
          fix: `write ${fixed(routes.claim(now))}`,
        };
      return { message: `no claim has the id "${id}", so the link leads to the 404 page`, fix: unknownIdFix(id, t.claims, 'link to a claim that exists') };
    }
    case 'actors':
      return t.actors.has(id)
        ? undefined
        : { message: `no actor has the id "${id}", so the link leads to the 404 page`, fix: unknownIdFix(id, t.actors, 'link to an actor that exists') };
    case 'explainers':
      if (id === t.home) return { message: `"${id}" is the home explainer, whose page is the home page`, fix: `write ${fixed(routes.home())}` };
      return t.explainers.has(id)
        ? undefined
        : {
            message: `no explainer has the id "${id}", so the link leads to the 404 page`,
            fix: unknownIdFix(id, t.explainers, 'link to an explainer that exists'),
          };
    case 'sources': {
      const count = t.passageCount.get(id);
      if (count === undefined)
        return {
          message: `no source has the id "${id}", so the link leads to the 404 page`,
          fix: unknownIdFix(id, new Set(t.passageCount.keys()), 'link to a source that exists'),
        };
      const n = after === undefined ? undefined : Number(new RegExp(`^${anchors.passage(0).replace('0', '(\\d+)')}$`).exec(after)?.[1]);
      if (n !== undefined && !Number.isNaN(n) && (n < 1 || n > count))
        return {
          message: `"${id}" has ${count} paragraph${count === 1 ? '' : 's'}, so there is no paragraph ${n} to land on`,
          fix: `link to one of ¶1–¶${count} (the source page numbers them)`,
        };
      return undefined;
    }
  }
}

/** Each explainer's links to a page of one entry that this content would not build, at the body line that writes them. */
export function checkExplainerLinks(explainers: { id: string; filePath?: string; body?: string }[], targets: LinkTargets): Problem[] {
  return explainers.flatMap((e) => {
    return findLinks(e.body ?? '').flatMap(({ href, line }) => {
      const found = problemOf(href, targets);
      return found ? [{ file: fileOf('explainers', e), field: `body, line ${line}, link to ${href}`, ...found }] : [];
    });
  });
}
