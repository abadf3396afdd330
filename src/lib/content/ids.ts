// Ids become URLs (/claims/<id>/), so they are lowercase kebab-case and never reused.

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isKebabId(id: string): boolean {
  return KEBAB.test(id);
}

/** A kebab-case id from free text: "The Wall Street Journal" → "the-wall-street-journal". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
