// Checks on explainers and diagrams that schemas cannot express.
import { fileOf, type Problem } from './integrity.ts';
import { findRefs, type RefKind } from './explainer-refs.ts';

const COLLECTION: Record<RefKind, string> = { claim: 'claims', source: 'sources', term: 'glossary', diagram: 'diagrams' };

/** Every <Claim id>, <Cite source>, <Term id>, <Diagram id> in an explainer must name an existing entry. */
export function checkExplainerRefs(
  explainers: { id: string; filePath?: string; body?: string }[],
  ids: Record<string, Set<string>>,
  claimAliases: Map<string, string> = new Map(),
): Problem[] {
  return explainers.flatMap((e) =>
    findRefs(e.body ?? '')
      .filter((r) => !ids[COLLECTION[r.kind]]?.has(r.id))
      .map((r) => {
        const renamed = r.kind === 'claim' ? claimAliases.get(r.id) : undefined;
        return {
          file: fileOf('explainers', e),
          field: `body, line ${r.line}, ${r.tag}`,
          message: renamed ? `"${r.id}" is an old id of the claim now called "${renamed}"` : `no ${COLLECTION[r.kind]} entry has the id "${r.id}"`,
          fix: renamed ? `write id="${renamed}"` : `correct the id (see content/${COLLECTION[r.kind]}/)`,
        };
      }),
  );
}

/** A diagram's arrows may only join its declared participants. */
export function checkDiagrams(
  diagrams: { id: string; filePath?: string; data: { participants: { id: string }[]; steps: { from: { id: string }; to: { id: string } }[] } }[],
): Problem[] {
  return diagrams.flatMap((d) => {
    const members = new Set(d.data.participants.map((p) => p.id));
    return d.data.steps.flatMap((s, i) =>
      (['from', 'to'] as const)
        .filter((end) => !members.has(s[end].id))
        .map((end) => ({
          file: fileOf('diagrams', d),
          field: `steps[${i}].${end}`,
          message: `"${s[end].id}" is not one of the diagram's participants`,
          fix: `add ${s[end].id} to participants, or correct the step`,
        })),
    );
  });
}

/** Exactly one explainer is the home page. */
export function checkHome(explainers: { id: string; filePath?: string; data: { home: boolean } }[]): Problem[] {
  const homes = explainers.filter((e) => e.data.home);
  if (homes.length === 1 || explainers.length === 0) return [];
  return [
    {
      file: homes.length ? homes.map((h) => fileOf('explainers', h)).join(', ') : 'content/explainers/',
      field: 'home',
      message: homes.length ? 'more than one explainer is marked as the home page' : 'no explainer is marked as the home page',
      fix: 'set home: true on exactly one explainer',
    },
  ];
}
