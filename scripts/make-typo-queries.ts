// Writes tests/search-typos-generated.json: reader queries from the evaluation
// sets that were already tuned on (the old set, and the tune halves of the blind
// sets), each retyped with one or two slips of a finger: a letter dropped, two
// swapped, a neighbouring key struck, a letter doubled. The same pages should
// answer. Slips that make another English word are skipped: no speller can tell
// "form" from "from" without reading the sentence. Deterministic: a query's slips
// come from a generator seeded by its text, so rerunning writes the same file.
//
//   node scripts/make-typo-queries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { halfOf } from './lib/query-half.ts';

const root = resolve(import.meta.dirname, '..');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(root, 'tests', file), 'utf8'));

/** Kinds whose words are typed as meant (not already slips, paraphrases or misremembered names). */
const AS_MEANT = new Set(['team', 'question', 'short', 'name', 'partial', 'keyword', 'mixed']);
const base = [
  ...read<{ query: string; form: string; expect: string[] }[]>('search-queries.json').map((q) => ({ ...q, kind: q.form })),
  ...['search-queries-blind.json', 'search-queries-blind-2.json', 'search-queries-blind-3.json'].flatMap((f) =>
    read<{ query: string; kind: string; half: string; expect: string[] }[]>(f).filter((q) => q.half === 'tune'),
  ),
].filter((q) => AS_MEANT.has(q.kind) && q.expect.length);

const english = new Set(
  readFileSync((await import('word-list')).default, 'utf8')
    .split('\n')
    .filter(Boolean),
);

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Keys beside a key on a QWERTY keyboard, in its own row. */
function neighbours(c: string): string[] {
  for (const row of ROWS) {
    const i = row.indexOf(c);
    if (i >= 0) return [row[i - 1], row[i + 1]].filter((k): k is string => !!k);
  }
  return [];
}

/** A small seeded generator (mulberry32), seeded by the query's FNV-1a hash. */
function random(seed: string): () => number {
  let a = 0x811c9dc5;
  for (const c of seed) a = Math.imul(a ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Slip = 'drop' | 'swap' | 'neighbour' | 'double';
const SLIPS: Slip[] = ['drop', 'swap', 'neighbour', 'double'];

/** The word with one slip at a letter after the first (readers rarely miss the first key). */
function slip(word: string, how: Slip, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 1));
  switch (how) {
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'swap':
      return i < word.length - 1 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i - 1) + word[i] + word[i - 1];
    case 'neighbour': {
      const n = neighbours(word[i]!);
      return n.length ? word.slice(0, i) + n[Math.floor(rnd() * n.length)] + word.slice(i + 1) : word;
    }
    case 'double':
      return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  }
}

const out = [];
for (const q of base) {
  const rnd = random(q.query);
  const words = q.query.split(' ');
  // Only words of five letters or more are slipped: shorter ones are names and function words a reader checks.
  const slippable = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/.test(w));
  if (!slippable.length) continue;
  const count = slippable.length > 2 && rnd() < 0.34 ? 2 : 1;
  // A shuffle by a random comparator: the same on the same V8 (its sort calls the comparator in a fixed order),
  // which is what the committed file was written with; a proper shuffle would write a different set.
  const picked = [...slippable].sort(() => rnd() - 0.5).slice(0, count);
  const typed = [...words];
  const slips: { typed: string; meant: string; how: Slip }[] = [];
  for (const [w, i] of picked) {
    const how = SLIPS[Math.floor(rnd() * SLIPS.length)]!;
    const s = slip(w, how, rnd);
    if (s === w || english.has(s)) continue;
    typed[i] = s;
    slips.push({ typed: s, meant: w, how });
  }
  if (!slips.length) continue;
  const query = typed.join(' ');
  out.push({ query, kind: 'typo', half: halfOf(query), expect: q.expect, from: q.query, slips });
}
const unique = [...new Map(out.map((q) => [q.query, q])).values()];
const file = resolve(root, 'tests/search-typos-generated.json');
// In the project's own format, so the format check passes on what this writes.
writeFileSync(file, await format(JSON.stringify(unique), { ...(await resolveConfig(file)), filepath: file }));
console.log(`${unique.length} queries (${unique.filter((q) => q.half === 'tune').length} tune) from ${base.length} typed as meant`);
