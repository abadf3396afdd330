// Which lines of a copied page are its furniture, not the article: a classifier
// of line shapes (stub; filled in from the committed cases).
import type { LeftOutKind } from '../vocab.ts';

export interface Unit {
  text: string;
  /** A page's block inside a figure or a box beside the text. */
  within?: 'figure' | 'aside';
}

export interface FurnitureContext {
  /** The article's headline, when known. */
  headline?: string;
  /** The site's and the publisher's names. */
  siteNames?: readonly string[];
}

const COUNTER = /^\d+\s+(comments?|commentaires?|comentarios?)$/i;

/** The furniture kind of each unit (undefined: the article's own text), in order. */
export function findFurniture(units: readonly Unit[], _ctx: FurnitureContext = {}): (LeftOutKind | undefined)[] {
  return units.map((u) => (COUNTER.test(u.text.trim()) ? 'comment-counter' : undefined));
}
