// Ids become URLs (/claims/<id>/), so they are lowercase kebab-case and never reused.
import { editDistance } from './words.ts';

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

/** An id is mistyped within this many edits (a letter wrong, missing, added, or two swapped). */
const SLIPS = 2;

/**
 * The id an unknown one most likely meant: the one known id a slip or two
 * away ("amazn" → amazon), else the one whose words hold all of its words in
 * order, or whose words it holds ("fenmoor-council" → fenmoor-town-council).
 */
export function meantId(id: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  const near = ids.map((k) => ({ k, d: editDistance(id, k, SLIPS) })).filter((x) => x.d <= SLIPS);
  const best = Math.min(...near.map((x) => x.d));
  const closest = near.filter((x) => x.d === best);
  if (closest.length === 1) return closest[0]!.k;
  if (closest.length > 1) return undefined;
  const words = id.split('-');
  const within = (inner: string[], outer: string[]) => {
    let i = 0;
    for (const w of outer) if (w === inner[i]) i++;
    return i === inner.length;
  };
  const holding = ids.filter((k) => within(words, k.split('-')) || within(k.split('-'), words));
  return holding.length === 1 ? holding[0] : undefined;
}
