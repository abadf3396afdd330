// Which half of an evaluation set a query belongs to, by a fixed hash of its
// text (32-bit FNV-1a): half the queries to tune the search on, half never looked
// at while tuning. Fixed, so adding queries never moves one between halves.
export type Half = 'tune' | 'holdout';

export function halfOf(query: string): Half {
  let h = 0x811c9dc5;
  for (const c of query.trim().toLowerCase()) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tune' : 'holdout';
}
