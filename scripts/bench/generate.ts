// A synthetic corpus of any size, shaped like the real one: sources with
// numbered paragraphs, claims quoting them verbatim, events backed by claims,
// explainers citing claims. Deterministic (seeded), so runs compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toYaml } from '../../src/lib/content/yaml-writer.ts';
import { METHOD_EXPLAINER } from '../../src/lib/site/paths.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

// A vocabulary shaped like prose: a few thousand words drawn with a Zipf
// distribution (a handful very common, most rare), so the search index has
// the posting lists of real text rather than forty words on every page.
const SYLLABLES = 'ka lo mi ne ru ta vi so pe du ga fe zi ho ba ce ly wo xu qa'.split(' ');
const VOCABULARY = Array.from({ length: 3000 }, (_, i) => {
  let n = i + 20;
  let w = '';
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
});
const ZIPF = (() => {
  const weights = VOCABULARY.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();
/** Mid-frequency words, as a reader's query would be: used by the benchmark's search probe. */
export const PROBE_QUERIES = [VOCABULARY[150]!, `${VOCABULARY[60]} ${VOCABULARY[400]}`] as const;

export interface CorpusSize {
  claims: number;
}

export function generateCorpus(root: string, { claims }: CorpusSize, seed = 42) {
  const rand = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)]!;
  const word = () => {
    const r = rand();
    let lo = 0;
    let hi = ZIPF.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ZIPF[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo]!;
  };
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, word);
    return `${w[0]![0]!.toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  rmSync(root, { recursive: true, force: true });
  for (const d of ['actors', 'topics', 'sources', 'claims', 'events', 'explainers', 'glossary', 'diagrams', 'seeds'])
    mkdirSync(join(root, d), { recursive: true });
  const write = (dir: string, id: string, data: Record<string, unknown>) => writeFileSync(join(root, dir, `${id}.yaml`), toYaml(data));
  writeFileSync(
    join(root, 'site.yaml'),
    toYaml({
      name: 'Generated Story',
      tagline: `A generated story of ${claims} claims, for measuring the engine at scale`,
      disclaimer: 'Generated text for benchmarks; nothing in it happened.',
      glossaryIntro: 'The generated terms, each with the claims that use it.',
    }),
  );

  const actorIds = Array.from({ length: 40 }, (_, i) => `actor-${i}`);
  actorIds.forEach((id, i) => write('actors', id, { name: `Actor ${i}`, kind: i < 5 ? 'publication' : i < 30 ? 'company' : 'person', role: sentence(10) }));
  const topicIds = Array.from({ length: 12 }, (_, i) => `topic-${i}`);
  topicIds.forEach((id, i) => write('topics', id, { title: `Topic ${i}`, description: sentence(8), order: i }));

  // Sources: one per 20 claims, 20 paragraphs of 3 sentences each.
  const sourceCount = Math.max(2, Math.ceil(claims / 20));
  const paragraphs: string[][] = [];
  for (let s = 0; s < sourceCount; s++) {
    const paras = Array.from({ length: 20 }, (_, p) => `${sentence(12)} ${sentence(14)} Paragraph ${p + 1} of source ${s}.`);
    paragraphs.push(paras);
    const day = String(1 + (s % 28)).padStart(2, '0');
    const month = String(1 + (s % 12)).padStart(2, '0');
    writeFileSync(
      join(root, 'sources', `source-${s}.mdx`),
      `---\n${toYaml({ title: `Source ${s}: ${sentence(6).slice(0, -1)}`, titleIsDescriptive: false, kind: 'article', publisher: actorIds[s % 5]!, publisherBasis: 'stated', published: `${2015 + (s % 8)}-${month}-${day}`, url: `https://example.com/articles/${s}`, cites: [] })}---\n\n${paras.join('\n\n')}\n`,
    );
  }

  const claimIds = Array.from({ length: claims }, (_, i) => `claim-${i}`);
  claimIds.forEach((id, i) => {
    const s1 = i % sourceCount;
    const s2 = (i * 7 + 3) % sourceCount;
    const quote = (s: number) => paragraphs[s]![(i * 3 + s) % 20]!.split('. ')[0]!;
    const evidence = [{ source: `source-${s1}`, quote: quote(s1) }, ...(i % 3 === 0 && s2 !== s1 ? [{ source: `source-${s2}`, quote: quote(s2) }] : [])];
    write('claims', id, {
      statement: `Synthetic claim ${i} says that ${sentence(12).toLowerCase()}`,
      status: pick(['reported', 'statement', 'analysis', 'context']),
      actors: [actorIds[5 + (i % 30)]!, actorIds[5 + ((i * 13) % 30)]!].filter((v, k, a) => a.indexOf(v) === k),
      topics: [topicIds[i % topicIds.length]!],
      evidence,
      related: [claimIds[(i + 1) % claims]!, claimIds[(i + 17) % claims]!].filter((r) => r !== id),
    } as Record<string, unknown>);
  });

  // Events: one per 10 claims, each backed by three. A large story has many
  // events of one date; each takes the next `order` there, as an editor would
  // place them, or the content check refuses them as unordered.
  const onDate = new Map<string, number>();
  for (let e = 0; e < Math.ceil(claims / 10); e++) {
    const year = 2015 + (e % 8);
    const when = e % 5 === 0 ? `${year}` : e % 5 === 1 ? `before ${year}-06` : `${year}-${String(1 + (e % 12)).padStart(2, '0')}`;
    const order = onDate.get(when) ?? 0;
    onDate.set(when, order + 1);
    write('events', `event-${e}`, {
      when,
      ...(order ? { order } : {}),
      title: `Event ${e}`,
      summary: sentence(16),
      actors: [actorIds[5 + (e % 30)]!],
      claims: [0, 1, 2].map((k) => claimIds[(e * 10 + k) % claims]!),
    });
  }

  for (let x = 0; x < 6; x++) {
    const refs = Array.from({ length: 25 }, (_, k) => claimIds[(x * 97 + k * 13) % claims]!);
    writeFileSync(
      join(root, 'explainers', `explainer-${x}.mdx`),
      `---\n${toYaml({ title: `Explainer ${x}`, description: sentence(12), order: x, home: x === 0 })}---\n\n${refs.map((r) => `<Claim id="${r}">${sentence(14)}</Claim>`).join('\n\n')}\n`,
    );
  }
  // Every claim list and status badge links to the method page's status meanings.
  writeFileSync(
    join(root, 'explainers', `${METHOD_EXPLAINER}.mdx`),
    `---\n${toYaml({ title: 'How this site works', description: sentence(12), order: 6 })}---\n\n${sentence(20)}\n\n<StatusList />\n`,
  );
  for (let g = 0; g < 15; g++) write('glossary', `term-${g}`, { term: `Term ${g}`, definition: sentence(15), claims: [claimIds[g % claims]!] });
  write('diagrams', 'main', {
    title: 'A diagram',
    description: sentence(8),
    participants: [actorIds[5]!, actorIds[6]!],
    steps: [{ from: actorIds[5]!, to: actorIds[6]!, kind: 'request', label: 'Asks', claims: [claimIds[0]!] }],
  });
  return { sources: sourceCount, claims, events: Math.ceil(claims / 10) };
}
