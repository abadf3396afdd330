// Checks on explainers that schemas cannot express: every component an MDX body
// uses names an entry that exists (and a paragraph its source has), exactly one
// explainer is the home page, and the explainers the site links to from every
// page exist.
import { fileOf, type Problem } from './problems.ts';
import { findMdxTags, integerAttr, MDX_COMPONENTS, stringAttr, type MdxComponent, type MdxTag } from '../mdx-refs.ts';
import { routes } from '../paths.ts';

export interface ExplainerLike {
  id: string;
  filePath?: string;
  body?: string;
  data: { home: boolean };
}

export interface MdxTargets {
  claims: Set<string>;
  glossary: Set<string>;
  diagrams: Set<string>;
  /** Each source's number of archived passages (0 for a cited report without text). */
  passageCount: Map<string, number>;
  /** Old claim id → current id, so a stale reference names its fix. */
  claimAliases: Map<string, string>;
}

const isKnown = (name: string): name is MdxComponent => Object.hasOwn(MDX_COMPONENTS, name);

/** The problems of one tag, without file and field (the caller adds them). */
function tagProblems(t: MdxTag, targets: MdxTargets): Omit<Problem, 'file' | 'field'>[] {
  if (!isKnown(t.name)) {
    return [{ message: `<${t.name}> is not a component explainers can use`, fix: `use one of ${Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`).join(', ')}` }];
  }
  const spec = MDX_COMPONENTS[t.name];
  const missing = spec.required.filter((a) => !(a in t.attrs));
  if (missing.length) return [{ message: `<${t.name}> needs ${missing.map((a) => `${a}=…`).join(' and ')}`, fix: `write it as ${example(t.name)}` }];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  const unknown = Object.keys(t.attrs).filter((a) => !allowed.includes(a));
  if (unknown.length) return [{ message: `<${t.name}> has no attribute ${unknown.join(', ')}`, fix: `write it as ${example(t.name)}` }];

  const id = (attr: string) => stringAttr(t, attr);
  switch (t.name) {
    case 'Claim': {
      const claim = id('id');
      if (claim === undefined) return [{ message: 'the claim id must be written as text', fix: `write id="<claim id>"` }];
      if (targets.claims.has(claim)) return [];
      const renamed = targets.claimAliases.get(claim);
      return renamed
        ? [{ message: `"${claim}" is an old id of the claim now called "${renamed}"`, fix: `write id="${renamed}"` }]
        : [{ message: `no claims entry has the id "${claim}"`, fix: 'correct the id (see content/claims/)' }];
    }
    case 'Term':
    case 'Diagram': {
      const collection = t.name === 'Term' ? 'glossary' : 'diagrams';
      const value = id('id');
      if (value === undefined) return [{ message: `the ${t.name.toLowerCase()} id must be written as text`, fix: `write id="<${collection} id>"` }];
      return targets[collection].has(value) ? [] : [{ message: `no ${collection} entry has the id "${value}"`, fix: `correct the id (see content/${collection}/)` }];
    }
    case 'Cite': {
      const source = id('source');
      const p = integerAttr(t, 'p');
      if (source === undefined) return [{ message: 'the source id must be written as text', fix: 'write source="<source id>"' }];
      const count = targets.passageCount.get(source);
      if (count === undefined) return [{ message: `no sources entry has the id "${source}"`, fix: 'correct the id (see content/sources/)' }];
      if (count === 0) return [{ message: `"${source}" has no archived text, so no paragraph of it can be cited`, fix: 'cite the archived article that relays it' }];
      if (p === undefined || p < 1) return [{ message: 'p must be a paragraph number', fix: `write p={N} with N from 1 to ${count}` }];
      if (p > count) return [{ message: `"${source}" has ${count} paragraphs, so there is no paragraph ${p}`, fix: `pick the paragraph (1–${count}) from ${routes.source(source)}` }];
      return [];
    }
    case 'StatusList':
      return [];
  }
}

function example(name: MdxComponent): string {
  const attrs: Record<string, string> = { id: 'id="…"', source: 'source="…"', p: 'p={3}', card: 'card' };
  return `<${[name, ...MDX_COMPONENTS[name].required.map((a) => attrs[a])].join(' ')} />`;
}

/** Every component tag in every explainer, checked; each problem names the file and line. */
export function checkExplainerRefs(explainers: { id: string; filePath?: string; body?: string }[], targets: MdxTargets): Problem[] {
  return explainers.flatMap((e) =>
    findMdxTags(e.body ?? '').flatMap((t) =>
      tagProblems(t, targets).map((p) => ({ file: fileOf('explainers', e), field: `body, line ${t.line}, ${t.tag}`, ...p })),
    ),
  );
}

/** Exactly one explainer is the home page. */
export function checkHome(explainers: ExplainerLike[]): Problem[] {
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

/**
 * Explainers the site links to from every claim list and status badge (the
 * method page, with its #status-… anchors) must exist and not be the home page.
 */
export function checkRequiredExplainers(explainers: ExplainerLike[], required: { id: string; why: string; body?: RegExp; bodyHint?: string }[]): Problem[] {
  return required.flatMap((r) => {
    const file = `content/explainers/${r.id}.mdx`;
    const entry = explainers.find((e) => e.id === r.id);
    if (!entry) return [{ file, field: 'file', message: `this explainer is missing, and ${r.why} link to it`, fix: `add ${file} (see README, "Content and its checks")` }];
    if (entry.data.home) return [{ file: fileOf('explainers', entry), field: 'home', message: `this explainer cannot be the home page: ${r.why} link to ${routes.explainer(r.id)}`, fix: 'set home: true on another explainer' }];
    if (r.body && !r.body.test(entry.body ?? '')) return [{ file: fileOf('explainers', entry), field: 'body', message: r.bodyHint ?? 'the body lacks what links expect', fix: r.bodyHint ?? 'restore it' }];
    return [];
  });
}
