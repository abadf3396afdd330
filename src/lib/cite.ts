// "Cite this claim": a plain-text reference and a BibTeX entry, built from
// the claim and the sources it rests on.
import { SITE_NAME } from './site-meta.ts';

export interface CiteInput {
  id: string;
  statement: string;
  url: string;
  /** "The Verge, 15 April 2021" for each source the claim quotes. */
  basedOn: string[];
}

export function citePlain(c: CiteInput): string {
  return `${SITE_NAME}. “${c.statement}” Claim ${c.id}, based on ${c.basedOn.join('; ')}. ${c.url}`;
}

/** Escapes BibTeX's special characters; the URL goes inside \url{}, which needs none. */
export function bibEscape(s: string): string {
  return s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function citeBibtex(c: CiteInput): string {
  const key = `proactivestate:${c.id}`;
  return [
    `@misc{${key},`,
    `  title = {{${bibEscape(c.statement)}}},`,
    `  author = {{${bibEscape(SITE_NAME)}}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note = {Claim based on ${bibEscape(c.basedOn.join('; '))}},`,
    `}`,
  ].join('\n');
}
