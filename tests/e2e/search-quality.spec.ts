import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { halfOf, type Half } from '../../scripts/lib/query-half.ts';
import { fmt, hitAt3, honest, median, scores, withinReach, type Answered } from '../../scripts/lib/search-eval.ts';
import { withAliases, type SearchWords, type SearchWordsFile } from '../../src/lib/search/data.ts';
import { askedFor } from '../../src/lib/search/asked.ts';
import { INFORMATIVE } from '../../src/lib/search/score.ts';
import { DIST } from './built-pages.ts';

// Two sets of reader queries, each typed into the real search page.
//
// tests/search-queries.json (197): written by people who had read the articles
// and the built site but not the search code, in the forms readers use; "team"
// ones by us. The search was tuned on them. Recall@3 must stay at or above OLD_FLOOR.
//
// tests/search-queries-blind.json (191) and tests/search-queries-blind-2.json
// (207): each written by a helper who saw only the two seed articles, committed
// before the search was changed, and split by a hash of the query into a half
// to tune on and a half never looked at while tuning. Misses are printed for
// the tune halves only; a holdout half prints only its figures. The first two
// sets' holdouts were reported after rounds of tuning; the third's
// (search-queries-blind-3.json, 240 queries in six classes) is the one the
// latest round is judged on.
const OLD_FLOOR = 0.95;
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '..', file), 'utf8'));
const old = read<{ query: string; form: string; expect: string[] }[]>('search-queries.json');
// tests/search-typos-generated.json (scripts/make-typo-queries.ts): queries of the
// sets already tuned on, retyped with one or two slips of a finger, split the same way.
// tests/search-unanswerable-2.json (120): questions the two articles cannot answer,
// by a helper who saw only them, in six types (a figure, an outcome, how-to, another
// topic, a missing detail, an opinion), committed before the search was changed for them.
// tests/search-queries-blind-4.json (215): a fourth set by a helper who saw only the two
// articles, in the third's six classes and weighted to questions (90), written when the
// third set's holdout had been reported on for several rounds: a half no round has seen.
const BLIND = [
  'search-queries-blind.json',
  'search-queries-blind-2.json',
  'search-queries-blind-3.json',
  'search-typos-generated.json',
  'search-unanswerable-2.json',
  'search-queries-blind-4.json',
];
/** What the later sets' tune halves reached when their round ended: recall@3, and the share of unanswerable queries handled honestly. */
const TUNE_FLOORS: Record<string, { recall3: number; honest: number }> = {
  'search-queries-blind-3.json': { recall3: 0.86, honest: 0.9 },
  'search-unanswerable-2.json': { recall3: 0, honest: 0.95 },
  'search-typos-generated.json': { recall3: 0.96, honest: 0 },
  'search-queries-blind-4.json': { recall3: 0.95, honest: 0.9 },
};

/** The site's base path, as the project serves it. */
const basePath = () => new URL(test.info().project.use.baseURL!).pathname;
/** A link as the query files write pages: from the site's root, without the highlight. */
const local = (href: string, base: string) => href.replace(/\?highlight=[^#]*/, '').replace(base, '/');

async function ask(page: Page, queries: { query: string; kind: string; expect: string[]; half?: Half }[]): Promise<Answered[]> {
  const base = basePath();
  // The first query arrives in the URL (which loads the search code); the rest
  // are typed into the page's own field, as a reader's keyboard would (the field's
  // value, then an input event), inside the page: one round trip for all of them.
  await page.goto(`search/?q=${encodeURIComponent(queries[0]!.query)}`);
  await page.getByRole('searchbox', { name: /Search claims, source passages/ }).waitFor();
  const seen = await page.evaluate(
    async (texts) => {
      const form = document.querySelector<HTMLElement>('[data-search-page]')!;
      const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
      // The page says which search it shows (data-shown), so results are never read from the one before.
      const shows = (text: string) => {
        const shown = form.dataset.shown;
        return shown !== undefined && new URL(shown, location.href).searchParams.get('q') === text.trim();
      };
      const out = [];
      for (const text of texts) {
        if (input.value !== text) {
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const started = performance.now();
        while (!shows(text)) {
          if (performance.now() - started > 15_000) throw new Error(`no results shown for "${text}"`);
          await new Promise((r) => setTimeout(r, 5));
        }
        out.push({
          links: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-answer] a.result-link, [data-search-results] a.result-link')].map((a) =>
            a.getAttribute('href')!,
          ),
          summary: document.querySelector('[data-search-summary]')?.textContent ?? '',
          // A word named as absent, as one no source uses (only related words met it), or a figure asked for that no result gives.
          absent: [
            ...document.querySelectorAll<HTMLElement>(
              '[data-search-absent] [data-absent-word], [data-search-absent] [data-unused-word], [data-search-absent] [data-absent-figure]',
            ),
          ].map((e) => e.textContent ?? ''),
          answer: document.querySelector('[data-search-answer]:not([hidden]) a.result-link')?.getAttribute('href') ?? undefined,
        });
      }
      return out;
    },
    queries.map((q) => q.query),
  );
  return queries.map((q, i) => {
    const s = seen[i]!;
    const shown = [...new Set(s.links.map((h) => local(h, base)))];
    const answer = s.answer === undefined ? undefined : local(s.answer, base);
    return { ...q, shown, answer, total: Number(/(\d+) results?/.exec(s.summary)?.[1] ?? 0), absentWords: s.absent };
  });
}

/** How many of `rows` have their answer within reach of their informative words (see withinReach), by Pagefind in the page. */
async function reachable(page: Page, rows: readonly Answered[]): Promise<number> {
  const sw: SearchWords = withAliases(JSON.parse(readFileSync(resolve(DIST, 'search/words.json'), 'utf8')) as SearchWordsFile);
  const words = rows.map((r) =>
    askedFor(r.query, sw)
      .filter((a) => a.weight >= INFORMATIVE)
      .map((a) => a.word),
  );
  const base = basePath();
  const held = await page.evaluate(
    async ([all, base]) => {
      const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      await pf.init();
      const out: [string, string[]][] = [];
      for (const w of all) {
        const r = await pf.search(w);
        out.push([w, await Promise.all(r.results.map(async (h: { data: () => Promise<{ url: string }> }) => (await h.data()).url))]);
      }
      return out;
    },
    [[...new Set(words.flat())], base] as const,
  );
  const map = new Map(held.map(([w, urls]) => [w, urls.map((u) => local(u, base))]));
  return rows.filter((r, i) => withinReach(r.expect, words[i]!, map, sw.pages ?? 1)).length;
}

const line = (r: Answered) => `${hitAt3(r) ? 'hit ' : 'MISS'}  ${r.kind.padEnd(10)} ${r.query.padEnd(44)} ${r.shown.slice(0, 3).join('  ')}`;

test(`recall@3 over ${old.length} reader queries the search was tuned on is at least ${OLD_FLOOR}`, async ({ page }) => {
  test.setTimeout(300_000);
  const rows = await ask(
    page,
    old.map((q) => ({ query: q.query, kind: q.form, expect: q.expect })),
  );
  const s = scores(rows);
  const misses = rows.filter((r) => !hitAt3(r)).map(line);
  console.log(`old set: ${fmt(s)}; misses:\n${misses.join('\n')}`);
  expect(s.recall3, misses.join('\n')).toBeGreaterThanOrEqual(OLD_FLOOR);
  expect(old.length).toBeGreaterThanOrEqual(80);
});

for (const file of BLIND) {
  const blind = read<{ query: string; kind: string; half: Half; expect: string[]; from?: string; type?: string }[]>(file);
  test(`${file}: ${blind.length} reader queries written from the articles alone, half of them never tuned on`, async ({ page }) => {
    test.setTimeout(300_000);
    // The halves are fixed by the query's hash: a query moved by hand would show here.
    for (const q of blind) expect(q.half, q.query).toBe(halfOf(q.query));
    const rows = await ask(page, blind);
    // A generated slip is measured against the query it was made from: what the slip alone costs.
    const meant = blind.filter((q) => q.from).map((q) => ({ ...q, query: q.from! }));
    const asMeant = meant.length ? new Map((await ask(page, meant)).map((r, i) => [blind.filter((q) => q.from)[i]!.query, hitAt3(r)])) : undefined;
    if (process.env.SEARCH_DUMP) writeFileSync(`${process.env.SEARCH_DUMP}.${file}`, JSON.stringify(rows.filter((r) => r.half === 'tune')));
    const report: string[] = [];
    // While tuning (SEARCH_TUNING=1), not even the holdout half's figures are printed.
    const halves = process.env.SEARCH_TUNING ? (['tune'] as const) : (['tune', 'holdout'] as const);
    for (const half of halves) {
      const mine = rows.filter((r) => r.half === half);
      const absent = mine.filter((r) => !r.expect.length);
      const questions = mine.filter((r) => r.kind === 'question');
      report.push(
        `${half}: ${fmt(scores(mine))}; not in the sources: ${absent.filter(honest).length}/${absent.length} honest; ` +
          `answerable told a word is absent: ${mine.filter((r) => r.expect.length && r.absentWords.length).length}; ` +
          `questions: median ${median(questions.map((r) => r.total))} results; answers shown ${mine.filter((r) => r.answer).length}, right ${mine.filter((r) => r.answer && r.expect.includes(r.answer)).length}`,
      );
      if (asMeant) {
        const hitAsMeant = mine.filter((r) => asMeant.get(r.query));
        report.push(`  slips cost ${hitAsMeant.filter((r) => !hitAt3(r)).length} of the ${hitAsMeant.length} that hit as meant`);
      }
      // Unanswerable questions by type: which kinds of silence the search tells honestly.
      const typed = mine.filter((r) => blind[rows.indexOf(r)]!.type);
      for (const type of [...new Set(typed.map((r) => blind[rows.indexOf(r)]!.type))]) {
        const these = typed.filter((r) => blind[rows.indexOf(r)]!.type === type);
        report.push(`  ${type!.padEnd(12)} ${these.filter(honest).length}/${these.length} honest`);
      }
      for (const kind of [...new Set(mine.map((r) => r.kind))]) report.push(`  ${kind.padEnd(10)} ${fmt(scores(mine.filter((r) => r.kind === kind)))}`);
    }
    const tune = rows.filter((r) => r.half === 'tune');
    // Misses within reach are ranking misses; the rest need word knowledge the index lacks.
    const answerable = tune.filter((r) => r.expect.length);
    report.push(`tune: ${await reachable(page, answerable)} of ${answerable.length} answerable queries have a word few pages hold on an expected page`);
    const misses = [
      ...tune.filter((r) => r.expect.length && !hitAt3(r)).map((r) => `${line(r)}${asMeant?.get(r.query) ? '  (hit as meant)' : ''}`),
      ...tune.filter((r) => hitAt3(r) && !r.expect.includes(r.shown[0]!)).map((r) => `not 1st ${line(r).slice(4)}  (want ${r.expect.join(' ')})`),
      ...tune.filter((r) => !r.expect.length && !honest(r)).map((r) => `SHOWN ${r.kind.padEnd(10)} ${r.query.padEnd(44)} ${r.total} results`),
    ];
    console.log(`${file}:\n${report.join('\n')}\ntune half, misses:\n${misses.join('\n')}`);
    expect(blind.length).toBeGreaterThanOrEqual(100);
    // The latest set's tune half holds what this round reached on it (a ratchet; the holdout half is only reported).
    const floor = TUNE_FLOORS[file];
    if (floor) {
      const unanswerable = tune.filter((r) => !r.expect.length);
      expect(scores(tune).recall3, misses.join('\n')).toBeGreaterThanOrEqual(floor.recall3);
      if (unanswerable.length) expect(unanswerable.filter(honest).length / unanswerable.length, misses.join('\n')).toBeGreaterThanOrEqual(floor.honest);
    }
  });
}

/**
 * Queries made only of words the sources use, typed in another form (a possessive,
 * a plural, an inflection, a derivation): search-other-forms.json (80) and
 * search-other-forms-2.json (100), each written by a helper from the articles
 * alone and committed before the search was changed for it.
 * False notices allowed on each other-forms list's held-out half: what it was when
 * its rule was written (counted, never read). A ratchet, not a goal.
 */
const OTHER_FORMS_HOLDOUT_CEILING: Record<string, number> = { 'search-other-forms.json': 2, 'search-other-forms-2.json': 1 };

for (const file of Object.keys(OTHER_FORMS_HOLDOUT_CEILING)) {
  const otherForms = read<{ query: string; half: Half; words: { typed: string; source: string; how: string }[] }[]>(file);
  test(`${file}: ${otherForms.length} queries made of source words in other forms: none of the tune half is told the sources say nothing about a word`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const q of otherForms) expect(q.half, q.query).toBe(halfOf(q.query));
    const rows = await ask(
      page,
      otherForms.map((q) => ({ query: q.query, kind: 'other-form', expect: [], half: q.half })),
    );
    const told = (half: Half) => rows.filter((r) => r.half === half && r.absentWords.length);
    // While tuning (SEARCH_TUNING=1), not even the holdout half's count is printed.
    const report = (process.env.SEARCH_TUNING ? (['tune'] as const) : (['tune', 'holdout'] as const)).map(
      (half) =>
        `${half}: ${told(half).length} of ${rows.filter((r) => r.half === half).length} told a word is absent, ${rows.filter((r) => r.half === half && !r.total).length} with no result`,
    );
    console.log(`${file}: ${report.join('; ')}`);
    // Only the tune half's queries are named; the held-out half is counted.
    expect(
      told('tune').map((r) => `${r.query}: ${r.absentWords.join(', ')}`),
      report.join('; '),
    ).toEqual([]);
    expect(told('holdout').length, report.join('; ')).toBeLessThanOrEqual(OTHER_FORMS_HOLDOUT_CEILING[file]!);
    expect(rows.filter((r) => !r.total).length, 'every query of source words finds something').toBe(0);
  });
}
