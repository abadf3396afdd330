// Checks on explainers that schemas cannot express: every component an MDX body
// uses names an entry that exists (and a paragraph its source has), exactly one
// explainer is the home page, and the explainers the site links to from every
// page exist.
import { fileOf, type Problem } from '../content/problems.ts';
import { findMdxTags, integerAttr, MDX_COMPONENTS, stringAttr, withoutCode, type MdxComponent, type MdxTag } from '../content/mdx-refs.ts';
import { spotAt } from './files/text.ts';
import { routes } from '../site/paths.ts';
import { unknownIdFix } from './references.ts';

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
  /** Timeline events, for <EventDate id>. */
  events?: Set<string>;
  /** Each source's number of archived passages (0 for a cited report without text). */
  passageCount: Map<string, number>;
  /** Old claim id → current id, so a stale reference names its fix. */
  claimAliases: Map<string, string>;
}

const isKnown = (name: string): name is MdxComponent => Object.hasOwn(MDX_COMPONENTS, name);

/** The problems of one tag, without file and field (the caller adds them). */
function tagProblems(t: MdxTag, targets: MdxTargets): Omit<Problem, 'file' | 'field'>[] {
  if (!isKnown(t.name)) {
    return [
      {
        message: `<${t.name}> is not a component explainers can use`,
        fix: `use one of ${Object.keys(MDX_COMPONENTS)
          .map((c) => `<${c}>`)
          .join(', ')}`,
      },
    ];
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
      if (t.attrs.card && t.attrs.card.kind !== 'flag')
        return [
          { message: 'card is a switch, not a value: any value, even "false", shows the card', fix: 'write card to show the claim as a card, or leave it out' },
        ];
      const claim = id('id');
      if (claim === undefined) return [{ message: 'the claim id must be written as text', fix: `write id="<claim id>"` }];
      if (targets.claims.has(claim)) return [];
      const renamed = targets.claimAliases.get(claim);
      return renamed
        ? [{ message: `"${claim}" is an old id of the claim now called "${renamed}"`, fix: `write id="${renamed}"` }]
        : [{ message: `no claims entry has the id "${claim}"`, fix: unknownIdFix(claim, targets.claims, `add content/claims/${claim}.yaml`) }];
    }
    case 'Term':
    case 'Diagram':
    case 'EventDate': {
      if (t.name === 'Term' && t.tag.endsWith('/>'))
        return [{ message: '<Term> links the words inside it, and this one has none', fix: 'write <Term id="…">the words</Term>' }];
      const collection = t.name === 'Term' ? 'glossary' : t.name === 'Diagram' ? 'diagrams' : 'events';
      const value = id('id');
      if (value === undefined) return [{ message: `the ${t.name.toLowerCase()} id must be written as text`, fix: `write id="<${collection} id>"` }];
      return (targets[collection] ?? new Set()).has(value)
        ? []
        : [
            {
              message: `no ${collection} entry has the id "${value}"`,
              fix: unknownIdFix(value, targets[collection] ?? new Set(), `add content/${collection}/${value}.yaml`),
            },
          ];
    }
    case 'Cite': {
      const source = id('source');
      const p = integerAttr(t, 'p');
      if (t.attrs.p?.kind === 'string')
        return [{ message: `p is written as text ("${t.attrs.p.value}"), which MDX passes on as text`, fix: `write p={${t.attrs.p.value}}` }];
      if (source === undefined) return [{ message: 'the source id must be written as text', fix: 'write source="<source id>"' }];
      const count = targets.passageCount.get(source);
      if (count === undefined)
        return [
          {
            message: `no sources entry has the id "${source}"`,
            fix: unknownIdFix(source, new Set(targets.passageCount.keys()), 'import it with npm run import'),
          },
        ];
      if (count === 0)
        return [{ message: `"${source}" has no archived text, so no paragraph of it can be cited`, fix: 'cite the archived article that relays it' }];
      if (p === undefined || p < 1) return [{ message: 'p must be a paragraph number', fix: `write p={N} with N from 1 to ${count}` }];
      if (p > count)
        return [
          {
            message: `"${source}" has ${count} paragraphs, so there is no paragraph ${p}`,
            fix: `pick the paragraph (1–${count}) from ${routes.source(source)}`,
          },
        ];
      return [];
    }
    case 'StatusList':
    case 'Coverage':
    case 'SourceCount':
      return [];
  }
}

function example(name: MdxComponent): string {
  const attrs: Record<string, string> = { id: 'id="…"', source: 'source="…"', p: 'p={3}', card: 'card' };
  return `<${[name, ...MDX_COMPONENTS[name].required.map((a) => attrs[a])].join(' ')} />`;
}

/** Every component tag in every explainer, checked; each problem names the file and line. */
export function checkExplainerRefs(explainers: { id: string; filePath?: string; body?: string }[], targets: MdxTargets): Problem[] {
  return explainers.flatMap((e) => {
    const file = fileOf('explainers', e);
    const body = e.body ?? '';
    if (!body.trim())
      return [
        {
          file,
          field: 'body',
          message: 'is empty, so the page would be blank (and listed, searched and in the sitemap)',
          fix: 'write the explainer, or remove the file until it is ready',
        },
      ];
    return [
      ...findMdxTags(body).flatMap((t) => tagProblems(t, targets).map((p) => ({ file, field: `body, line ${t.line}, ${t.tag}`, ...p }))),
      ...proseProblems(body).map((p) => ({ file, ...p })),
    ];
  });
}

const COMPONENT_NAMES = new Map(Object.keys(MDX_COMPONENTS).map((n) => [n.toLowerCase(), n]));

/**
 * What MDX reads differently from what an editor meant: a component written
 * in lowercase is a plain HTML element that shows nothing of it, and a brace
 * in prose starts code that fails while rendering, naming no line.
 */
function proseProblems(body: string): Omit<Problem, 'file'>[] {
  // Code, comments and component tags (whose attributes may hold braces) are not prose.
  const text = withoutCode(body).replace(/<[A-Z][^>]*>/g, (m) => m.replace(/[^\n]/g, ' '));
  const problems: Omit<Problem, 'file'>[] = [];
  for (const m of text.matchAll(/<([a-z][a-z]*)\b[^>]*>/g)) {
    const name = COMPONENT_NAMES.get(m[1]!);
    // <cite> alone is HTML's own element; with the component's attributes it was meant as <Cite>.
    if (name && (name !== 'Cite' || /\bsource=/.test(m[0]))) {
      problems.push({
        field: `body, line ${spotAt(text, m.index).line}, ${m[0]}`,
        message: `<${m[1]}> in lowercase is a plain HTML element, so the ${name.toLowerCase()} would not show`,
        fix: `write <${name}${m[0].slice(1 + m[1]!.length)} with a capital letter`,
      });
    }
  }
  for (const m of text.matchAll(/(?<!\\)\{[^}\n]*\}?/g)) {
    problems.push({
      field: `body, line ${spotAt(text, m.index).line}, ${m[0].slice(0, 40)}`,
      message: 'a brace in the text starts code in MDX, and this code would fail while the page renders',
      fix: 'write \\{ and \\} for braces shown as text, or use words',
    });
  }
  return problems;
}

/** Exactly one explainer is the home page. */
export function checkHome(explainers: (ExplainerLike & { data: { order?: number } })[]): Problem[] {
  const homes = explainers.filter((e) => e.data.home);
  if (homes.length === 1 || explainers.length === 0) return [];
  if (homes.length)
    return [
      {
        file: homes.map((h) => fileOf('explainers', h)).join(', '),
        field: 'home',
        message: 'more than one explainer is marked as the home page',
        fix: 'set home: true on exactly one explainer',
      },
    ];
  // None: the one that opens the reading order is named, where home: true most likely went missing.
  const first = [...explainers].sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity))[0]!;
  return [
    {
      file: fileOf('explainers', first),
      field: 'home',
      message: 'no explainer is marked as the home page (this one comes first in the reading order)',
      fix: 'set home: true on the explainer that opens the site, here or in another',
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
    if (!entry)
      return [
        { file, field: 'file', message: `this explainer is missing, and ${r.why} link to it`, fix: `add ${file} (see README, "Content and its checks")` },
      ];
    if (entry.data.home)
      return [
        {
          file: fileOf('explainers', entry),
          field: 'home',
          message: `this explainer cannot be the home page: ${r.why} link to ${routes.explainer(r.id)}`,
          fix: 'set home: true on another explainer',
        },
      ];
    if (r.body && !r.body.test(entry.body ?? ''))
      return [{ file: fileOf('explainers', entry), field: 'body', message: r.bodyHint ?? 'the body lacks what links expect', fix: r.bodyHint ?? 'restore it' }];
    return [];
  });
}
