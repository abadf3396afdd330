// "Cite this claim": a plain-text reference and a BibTeX entry, built from
// the claim and the sources it rests on.

export interface CiteInput {
  /** The site, as the citation's author, and its citation key ("harbourledger"). */
  site: { name: string; key: string };
  id: string;
  statement: string;
  url: string;
  /** "The Verge, 15 April 2021" for each source the claim quotes. */
  basedOn: string[];
}

export function citePlain(c: CiteInput): string {
  return `${c.site.name}. “${c.statement}” Claim ${c.id}, based on ${c.basedOn.join('; ')}. ${c.url}`;
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
  const key = `${c.site.key}:${c.id}`;
  return [
    `@misc{${key},`,
    `  title = {{${bibEscape(c.statement)}}},`,
    `  author = {{${bibEscape(c.site.name)}}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note = {Claim based on ${bibEscape(c.basedOn.join('; '))}},`,
    `}`,
  ].join('\n');
}
