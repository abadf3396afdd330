// The one search engine behind the header field and the /search/ page.
// Pagefind and the readers' aliases load on first use only: no search JS or
// index bytes are spent on a page until a reader starts searching. The
// spelling vocabulary loads only when a search finds too little.
import { correctedAsTyped, pauseFor, searchTerms, swapWords, withFixedTerms } from '../../lib/search/query.ts';
import { holdsWord } from '../../lib/search/match.ts';
import { combineWords, cutoffFor, INFORMATIVE, isClearAnswer, unsaidWords, type WordUse } from '../../lib/search/score.ts';
import { toDisplay, visibleText, type DisplayResult, type RawResult, type ResultType } from '../../lib/search/results.ts';
import { mergeVariants, type Variant } from '../../lib/search/rank.ts';
import { latestOnly, oneAtATime } from '../../lib/search/latest-only.ts';
import { facetCounts, type FacetPages } from '../../lib/search/facet-counts.ts';
import { groupOrder, intentOf, rankForIntent, unquoted } from '../../lib/search/intent.ts';
import { askedFor } from '../../lib/search/asked.ts';
import { aliasedWords, isAliased } from '../../lib/search/reader-words.ts';
import { parseForms } from '../../lib/search/word-forms.ts';
import { askedFigure, givesFigure, type AskedFigure } from '../../lib/search/figures.ts';
import { asksNamesOf } from '../../lib/search/unnamed.ts';

import { withBase, routes } from '../../lib/site/paths.ts';
import { withAliases, type FormsFile, type SearchWords, type SearchWordsFile, type VocabularyFile } from '../../lib/search/data.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<RawResult>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string[]>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Filters }) => Promise<PagefindSearch>;
  preload: (q: string, o?: { filters?: Filters }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
const url = (path: string) => withBase(base, path);
let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<Pagefind> | undefined;
let words: Promise<SearchWords> | undefined;
const letters = new Map<string, Promise<VocabularyFile>>();

const json = <T>(path: string): Promise<T> =>
  fetch(url(path)).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${path}: ${r.status}`))));

function loadPagefind(withFilters = false): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // On the main thread: Pagefind's worker script is another 12 KB on every first search, for searches
    // that take milliseconds here (`npm run bench`: a few ms at 10,000 claims).
    await pf.options({ baseUrl: base, excerptLength: 22, noWorker: true });
    await pf.init();
    return pf;
  });
  // Filter counts cover only the filters Pagefind has loaded; the search page
  // loads them all up front (a few KB) so every facet shows its counts.
  if (withFilters) filtersLoaded ??= loading.then(async (pf) => (await pf.filters(), pf));
  return withFilters && filtersLoaded ? filtersLoaded : loading;
}

// Search still works without the aliases file (an old cached page, a failed request): it only loses the aliases.
const loadWords = () =>
  (words ??= json<SearchWordsFile>(routes.searchWords())
    .catch((): SearchWordsFile => ({ actors: [], terms: [] }))
    .then(withAliases));
/** One file per first letter of `words` (a letter no word starts with has none: an empty one), each loaded once a session. */
async function filesFor<T>(words: readonly string[], cache: Map<string, Promise<T>>, path: (letter: string) => string, empty: T): Promise<T[]> {
  // One module object, not destructured in the import: that is the shape the build unwraps (src/lib/site/strip-preload.ts).
  const spelling = await import('../../lib/search/spelling.ts');
  const keys = [...new Set(words.flatMap(spelling.wordsOf).map(spelling.letterOf))];
  for (const k of keys)
    if (!cache.has(k))
      cache.set(
        k,
        json<T>(path(k)).catch(() => empty),
      );
  return Promise.all(keys.map((k) => cache.get(k)!));
}

const formFiles = new Map<string, Promise<FormsFile>>();
/** An unknown word this long or shorter may be the second half of a word split in two (see joinSplitWords). */
const SPLIT_HALF_MAX = 5;

/**
 * The query with each of `unshown` that is another form of a word the sources
 * use ("refusal", "threat") written as that word ("refused", "threatening"),
 * with those swaps (typed → source), or undefined when none is. The rest of the query stays as typed, so its
 * question ("why did …", "how many …") is read the same. Only the first
 * letters' small forms files load.
 */
async function asSourceForms(query: string, unshown: string[]): Promise<{ query: string; swaps: Map<string, string> } | undefined> {
  if (!unshown.length) return undefined;
  const files = await filesFor(unshown, formFiles, routes.searchForms, { forms: '' });
  const forms = new Map(files.flatMap((f) => [...parseForms(f.forms)]));
  const swaps = new Map(unshown.filter((w) => forms.has(w)).map((w) => [w, forms.get(w)!]));
  return swaps.size ? { query: swapWords(query, swaps), swaps } : undefined;
}

/** The search of `forms` (a query with words in the sources' forms), its unsaid words named as the reader typed them. */
async function searchForms(call: Call, forms: { query: string; swaps: Map<string, string> }, filters: Filters): Promise<Found> {
  const found = await searchWords(call, forms.query, await call.pf.search(searchTerms(forms.query), { filters }));
  const typed = new Map([...forms.swaps].map(([from, to]) => [to, from]));
  const asTyped = (words: string[]) => words.map((w) => typed.get(w) ?? w);
  return { ...found, absent: asTyped(found.absent), unused: asTyped(found.unused) };
}

/**
 * A corrected spelling of the query, from the vocabulary of the first letters
 * of the words nothing holds. The spelling code loads with it: most searches
 * never need either.
 */
async function correctSpelling(terms: string, unknown: string[]): Promise<{ query: string; english: boolean } | undefined> {
  const spelling = await import('../../lib/search/spelling.ts');
  // The word before a short unknown one too: the two may be one word split ("time tabel"), filed under the first's letter.
  // A longer unknown word is a slip, not half a word ("amazon spoksman" loads only "s").
  const words = terms.split(' ');
  const before = words.filter((_, i) => unknown.includes(words[i + 1] ?? '') && words[i + 1]!.length <= SPLIT_HALF_MAX);
  const files = await filesFor([...unknown, ...before], letters, routes.searchVocabulary, { words: '' });
  const v = spelling.vocabulary(
    files.flatMap((f) => f.words.split(' ').filter(Boolean)),
    files.flatMap((f) => (f.english ?? '').split(' ').filter(Boolean)),
  );
  const slips = spelling.correctQuery(terms, v, { only: unknown });
  if (slips) return { query: slips, english: false };
  const any = spelling.correctQuery(terms, v, { english: true, only: unknown });
  return any ? { query: any, english: true } : undefined;
}

export interface SearchOutcome {
  query: string;
  total: number;
  results: DisplayResult[];
  /** Result kinds in the order to show them (a question may ask for one first). */
  order: ResultType[];
  filters: Record<string, Record<string, number>>;
  /** A slip was corrected (the correction leaves fewer words unfound): these are results for the corrected spelling. */
  corrected?: string;
  /** A real English word the sources lack, in a query that found nothing: this spelling finds more. */
  suggestion?: string;
  /** Words of the query no page holds, even among related words (see unsaidWords): the page says so. */
  absent: string[];
  /** Words of the query the sources never use that some page is found by among its related words: the page says so. */
  unused: string[];
  /** The claim that clearly answers the query (see isClearAnswer): shown first, as an answer. */
  answer?: DisplayResult;
  /** What the question asks for (a figure, steps, an ending; see figures.ts) when no result gives it: the page says so. */
  notGiven?: AskedFigure;
}

export interface SearchOptions {
  /** The search follows a keystroke: the field as typed, so a word still being typed may wait (see pauseFor). */
  typed?: string;
  withFilters?: boolean;
  /** Split pages (sources, glossary) show at most this many hits each. */
  perPage?: number;
  /** At most this many sources are loaded (each is a whole article): the header needs a few, the page more. */
  maxSources?: number;
  /** Search the words exactly as typed: no spelling correction. */
  asTyped?: boolean;
}

interface Found {
  total: number;
  /** Result kinds in the order the query's intent shows them. */
  order: ResultType[];
  results: DisplayResult[];
  filters: Record<string, Record<string, number>>;
  /** Words of the query no page holds (see unsaidWords): the sources say nothing about them. */
  absent: string[];
  /** Words of the query no page shows, though one is found by it among its related words (see unsaidWords). */
  unused: string[];
  /** Words that may be slips: those no page holds, and those only hidden related words hold, unless still being typed. */
  unsure: string[];
  /** Words of the query (three letters or more) that no result shows: perhaps another form of a word the sources use. */
  unshown: string[];
  /** What the question asks for (a figure, steps, an ending) when no result loaded gives it (see figures.ts). */
  notGiven?: AskedFigure;
}

/**
 * One search for settled words: each word alone, rare ones counting most,
 * the kinds a question asks for loaded first.
 */
let sources: Promise<Set<string>> | undefined;
/** Which pages are sources, known before any is loaded (a filter listing: no page is fetched). */
const sourceIds = (pf: Pagefind) => (sources ??= pf.search(null, { filters: { type: ['source'] } }).then((r) => new Set(r.results.map((h) => h.id))));

/**
 * Listing every filter value costs about 40 ms once on a story's site, 200 ms at 1,000 generated
 * claims and 4 s at 10,000 (Pagefind makes a result for every page of every value; `npm run
 * measure:facets`): above this
 * many pages the filters show Pagefind's own counts, of the pages holding every word.
 */
const FACET_LISTING_MAX_PAGES = 2_000;
let facets: Promise<FacetPages | undefined> | undefined;
/**
 * Every filter value's pages, listed once a session from the filter index the
 * search page loads anyway (see facetCounts). A listing that fails leaves
 * Pagefind's counts shown, and the next search tries again.
 */
function facetPages(pf: Pagefind): Promise<FacetPages | undefined> {
  const list = async (facet: string, value: string) =>
    [value, new Set((await pf.search(null, { filters: { [facet]: [value] } })).results.map((r) => r.id))] as const;
  facets ??= pf
    .filters()
    .then(
      async (all) =>
        new Map(
          await Promise.all(
            Object.entries(all).map(async ([f, values]) => [f, new Map(await Promise.all(Object.keys(values).map((v) => list(f, v))))] as const),
          ),
        ),
    )
    .catch(() => (facets = undefined));
  return facets;
}

interface Shape {
  limit: number;
  perPage: number;
  maxSources: number;
  /**
   * Whether to tell sources apart before loading them: a filter listing, free
   * where the filters are loaded anyway (the search page) but a filter chunk
   * of some 25 KB at 10,000 claims, so not in the header.
   */
  knowSources: boolean;
}

/** What a query asks for, read once per query: one search reads it up to three times (as typed, corrected, widened). */
const intents = new Map<string, ReturnType<typeof intentOf>>();
function intentFor(query: string, sw: SearchWords) {
  if (intents.size > 16) intents.clear();
  if (!intents.has(query)) intents.set(query, intentOf(query, sw));
  return intents.get(query)!;
}

/** Thrown when a newer search has started: the rest of this one is not worth its requests. */
const SUPERSEDED = new Error('superseded');

/** What the searches of one call share: Pagefind, whether the call is still the newest, the words file, the filters, the results' shape. */
interface Call {
  pf: Pagefind;
  isLatest: () => boolean;
  sw: SearchWords;
  active: Filters;
  shape: Shape;
}

/** A page holding only words at least this share of pages hold is not shown when others hold a rarer word (see combineWords). */
const COMMON_SHARE = 0.5;
/** A page scoring under this share of the best one is not shown (see cutoffFor). */
const CUTOFF = { few: 0.15, many: 0.35 };
/** A word once in a page's body text counts in full (see ScoreOptions.bodyScore): one met only among hidden related words, less. */
const BODY_SCORE = 1;

async function searchWords({ pf, isLatest, sw, active, shape }: Call, query: string, first: PagefindSearch): Promise<Found> {
  const { limit, perPage, maxSources, knowSources } = shape;
  const intent = intentFor(query, sw);
  const search = (q: string | null, f: Filters = active) => pf.search(q, { filters: f });
  const terms = searchTerms(query);
  // Each word is searched alone (Pagefind would want every word on one page) and counts by how rare it is.
  const asked = askedFor(query, sw);
  // All searches at once: the worker answers them in turn, without a round trip between.
  const [wordHits, bestHits, listed, isSource, facetsOf] = await Promise.all([
    Promise.all(asked.map((a) => search(a.word))),
    // A page named by the query is found by its name: the query's other words need not be on it.
    Promise.all(intent.best.filter((b) => !active.type || active.type.includes(b.type)).map((b) => search(searchTerms(b.name), { ...active, type: [b.type] }))),
    // "Who reported it?" lists the sources too, below any that match the words.
    intent.list && !active.type ? search(null, { ...active, type: [intent.list] }) : undefined,
    knowSources ? sourceIds(pf) : new Set<string>(),
    // The filters' counts: only the search page shows them, and it has the filter index loaded.
    knowSources && terms && sw.pages !== undefined && sw.pages <= FACET_LISTING_MAX_PAGES ? facetPages(pf) : undefined,
  ]);
  const scored = combineWords(
    asked.map((a, i) => ({ ...a, hits: wordHits[i]!.results })),
    { pages: sw.pages || 1, commonShare: COMMON_SHARE, cutoff: cutoffFor(asked, terms.split(' '), CUTOFF), bodyScore: BODY_SCORE },
  ).map((p) => ({ ...p.hit, score: p.score }));
  const variants: Variant<PagefindResult>[] = [
    { hits: terms ? scored : first.results, weight: 1 },
    ...bestHits.map((r) => ({ hits: r.results.slice(0, 1), weight: 1 })),
    ...(listed ? [{ hits: listed.results, weight: 0.01 }] : []),
  ];
  const ranked = mergeVariants(variants);
  // Only `limit` pages are loaded: those of the kinds the query asks for go first, so they are among them.
  const kinds = new Set<string>(intent.first);
  const wanted = new Set<string>(bestHits.flatMap((r) => r.results.slice(0, 1).map((h) => h.id)));
  if (kinds.size && !active.type) {
    const ofKind = await Promise.all(intent.first.map((t) => search(null, { ...active, type: [t] })));
    const ids = new Set(ofKind.flatMap((r) => r.results.map((h) => h.id)));
    for (const r of ranked.filter((r) => ids.has(r.hit.id)).slice(0, limit)) wanted.add(r.hit.id);
  }
  // Newer words typed meanwhile: skip the page loads (a search waiting behind this one needs the worker).
  if (!isLatest()) throw SUPERSEDED;
  const ordered = [...ranked.filter((r) => wanted.has(r.hit.id)), ...ranked.filter((r) => !wanted.has(r.hit.id))];
  // Other pages first. A source's fragment is its whole article: sources load
  // only for the places the kinds shown before them leave free, and a few at most.
  const nonSources = ordered.filter((r) => !isSource.has(r.hit.id)).slice(0, limit);
  const otherData = await Promise.all(nonSources.map((r) => r.hit.data()));
  const order = groupOrder(intent);
  const before = otherData.filter((d) => order.indexOf((d.filters.type?.[0] ?? 'explainer') as ResultType) < order.indexOf('source')).length;
  // A reader who asks for sources alone gets more of them.
  const cap = active.type?.length === 1 && active.type[0] === 'source' ? Math.max(maxSources, Math.ceil(limit / 3)) : maxSources;
  const sourcePages = ordered.filter((r) => isSource.has(r.hit.id)).slice(0, Math.min(cap, Math.max(0, limit - before)));
  const pages = [...nonSources, ...sourcePages];
  const data = [...otherData, ...(await Promise.all(sourcePages.map((r) => r.hit.data())))];
  // Passages are told apart by the informative words they hold.
  const wordSets = [asked.filter((a) => a.weight >= INFORMATIVE).map((a) => a.word)].filter((w) => w.length);
  const shown = rankForIntent(
    data.flatMap((d, i) => toDisplay(d, pages[i]!.score, wordSets, perPage)),
    intent,
  );
  // Pagefind answers a word it does not know with pages holding a shorter one ("thermastat" with "therm…"):
  // a word is held when a page's text has it. A word the pages shown lack is looked up in its own first hit.
  const holds = (text: (d: RawResult) => string) => (d: RawResult, w: string, asPrefix: boolean) =>
    (d.filters.type?.[0] ?? 'explainer') !== 'explainer' && holdsWord(text(d), w, asPrefix);
  const [anywhere, shownOn] = [holds((d) => d.content), holds((d) => visibleText(d.content))];
  const typedWords = [...new Set(terms.split(' ').filter(Boolean))];
  const aliased = aliasedWords(query, sw.aliases);
  const typed: (WordUse & { begun?: boolean })[] = await Promise.all(
    typedWords.map(async (word, i) => {
      // The last word may be one still being typed: Pagefind matches it as a prefix.
      const asPrefix = i === typedWords.length - 1;
      if (data.some((d) => shownOn(d, word, asPrefix))) return { word, found: true, shown: true };
      // What the sources say is judged over every page: under a filter (explainers alone), the word's own hits are searched unfiltered.
      const filtered = Object.values(active).some((v) => v.length);
      const hitsOf = filtered ? (await search(word, {})).results : wordHits[asked.findIndex((a) => a.word === word)]?.results;
      const own = hitsOf?.slice(0, 2) ?? [];
      const theirs = [...data, ...(await Promise.all(own.map((h) => h.data())))];
      const found = theirs.some((d) => anywhere(d, word, asPrefix));
      // Held only as the start of a longer word: a word still being typed ("refusa"), not a slip.
      const begun = found && asPrefix && !theirs.some((d) => anywhere(d, word, false));
      return { word, found, shown: theirs.some((d) => shownOn(d, word, asPrefix)), begun };
    }),
  );
  const unsaid = unsaidWords(
    // A reader's word for a name the sources use ("amzn") is never one they say nothing about.
    typed.filter((t) => !isAliased(t.word, aliased)),
    sw.rank,
    sw.functionWords,
  );
  const begun = new Set(typed.filter((t) => t.begun).map((t) => t.word));
  // Words no page holds. Shorter words are never corrected (see spelling.ts), so they never load the vocabulary.
  const missing = typed.filter((t) => !t.found && t.word.length >= 4).map((t) => t.word);

  const figure = asksNamesOf(query, sw.actors, shown.find((r) => r.type === 'claim')?.actors ?? []) ?? askedFigure(query);
  return {
    notGiven:
      figure && !data.some((d) => (d.filters.type?.[0] ?? 'explainer') !== 'explainer' && givesFigure(figure, visibleText(d.content)))
        ? figure
        : quoteNotGiven(unquoted(intent, sw.actors)),
    total: shown.length + ranked.length - pages.length,
    order,
    results: shown.slice(0, limit),
    filters: facetsOf
      ? facetCounts(
          ranked.map((r) => r.hit.id),
          facetsOf,
        )
      : first.filters,
    unshown: typed.filter((t) => !t.shown && t.word.length >= 3 && !sw.functionWords.has(t.word)).map((t) => t.word),
    ...unsaid,
    // Words only hidden related words hold may be slips too ("regulaters", which Pagefind's stemmer takes for "regulate").
    // Not an everyday English word ("safe"): the speller never takes a real word for a slip.
    unsure: [...new Set([...missing, ...unsaid.unused.filter((w) => w.length >= 4 && !sw.rank.has(w) && !begun.has(w))])],
  };
}

/** A speaker no claim quotes, as what the question asks for and the results do not give. */
const quoteNotGiven = (speaker: string | undefined): AskedFigure | undefined => (speaker ? { phrase: speaker, kind: 'quote' } : undefined);

let preloaded = '';
/**
 * Whether this call is still the latest after `ms`. Pagefind's own debounced
 * search preloads the index for every prefix typed ("k", "ka", "kal"), and
 * at 10,000 claims a short prefix spans several chunks of tens of KB: only
 * words the reader has finished (another word follows) are preloaded here.
 */
async function settled(pf: Pagefind, isLatest: () => boolean, since: number, terms: string, filters: Filters, ms: number): Promise<boolean> {
  const done = terms.split(' ').slice(0, -1).join(' ');
  if (done && done !== preloaded) {
    preloaded = done;
    void pf.preload(done, { filters });
  }
  // Counted from the keystroke, not from when Pagefind finished loading: the pause is the reader's.
  if (ms > 0) await new Promise((r) => setTimeout(r, Math.max(0, ms - (performance.now() - since))));
  return isLatest();
}

/** No fixed debounce: a search starts when the one before it has finished (see oneAtATime). */
const inTurn = oneAtATime();

/**
 * Searches, one at a time. A call superseded by a newer one resolves to null,
 * also when it would finish after it (another keystroke, a filter ticked).
 * An empty query with filters lists everything those filters match. When a
 * typed word is on no page (or only among hidden related words), the spelling vocabulary loads and a corrected
 * spelling is tried: a slip's results are shown at once; a real English word's
 * correction is only offered, when the words as typed found nothing.
 */
export const runSearch = latestOnly(searchFor);

/**
 * The answer's score must be this many times the next claim's, and its own
 * text must hold this share of the query's informative words (see isClearAnswer).
 */
const ANSWER = { margin: 1.6, holds: 0.5 };

/** The claim shown as the answer: the first claim shown, well ahead of every other claim. */
function answerOf(found: Found): DisplayResult | undefined {
  // A question for a figure, steps or an ending that no result gives has no answer among them, however clear the first.
  if (found.notGiven) return undefined;
  const [first, ...others] = found.results.filter((r) => r.type === 'claim');
  const next = Math.max(0, ...others.filter((r) => r.url !== first?.url).map((r) => r.score));
  return first && isClearAnswer({ score: first.score, shown: first.shownCoverage }, next || undefined, ANSWER) ? first : undefined;
}

async function searchFor(isLatest: () => boolean, query: string, filters: Filters, limit: number, options: SearchOptions = {}): Promise<SearchOutcome | null> {
  const { typed, withFilters = false, perPage = 3, maxSources = 2, asTyped = false } = options;
  const shape = { limit, perPage, maxSources, knowSources: withFilters };
  const since = performance.now();
  const [pf, sw] = await Promise.all([loadPagefind(withFilters), loadWords()]);
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length));
  const terms = searchTerms(query);
  if (!terms && !Object.keys(active).length)
    return { query, total: 0, results: [], order: groupOrder(intentFor(query, sw)), filters: await pf.filters(), absent: [], unused: [] };
  const pauseMs = typed === undefined ? 0 : pauseFor(typed, sw.heavy);
  if (!(await settled(pf, isLatest, since, terms, active, pauseMs))) return null;
  const call: Call = { pf, isLatest, sw, active, shape };
  const outcome = (q: string, found: Found, more: Partial<SearchOutcome> = {}): SearchOutcome => ({ query: q, ...found, answer: answerOf(found), ...more });
  return inTurn(isLatest, async () => {
    try {
      const first = await pf.search(terms || null, { filters: active });
      if (!isLatest()) return null;
      let found = await searchWords(call, query, first);
      let [words, asked] = [terms, query];
      // A word no result shows may be one the sources print in another form: that word is searched instead, and never called absent.
      const asForms = terms && !asTyped ? await asSourceForms(query, found.unshown) : undefined;
      if (asForms) {
        if (!isLatest()) return null;
        [words, asked] = [searchTerms(asForms.query), asForms.query];
        found = await searchForms(call, asForms, active);
      }
      if (!terms || asTyped || !found.unsure.length) return outcome(query, found);
      // The vocabulary loads only for those words, and only their first letters.
      const fix = await correctSpelling(words, found.unsure);
      if (!fix) return outcome(query, found);
      // The corrected words go back into the question as typed, so that its form still orders the results;
      // the page names the correction with the reader's own words, not the sources' forms swapped in.
      const fixedQuery = withFixedTerms(asked, fix.query);
      const shownFix = withFixedTerms(query, correctedAsTyped(searchTerms(query), words, fix.query));
      let fixed = await searchWords(call, fixedQuery, await pf.search(fix.query, { filters: active }));
      // The word a slip was taken for may itself be one the sources print in another form ("canafa": canada, Canadian).
      const fixedForms = await asSourceForms(fixedQuery, fixed.unshown);
      if (fixedForms) fixed = await searchForms(call, fixedForms, active);
      const better = fixed.results.length > 0 && fixed.unsure.length < found.unsure.length;
      // A slip is corrected at once. A real word is left as typed; the correction is offered
      // beside it only when the words as typed find nothing ("spying" beside "thermostat" is meant).
      if (better && !fix.english) return outcome(query, fixed, { corrected: shownFix });
      return outcome(query, found, { suggestion: better && !found.results.length ? shownFix : undefined });
    } catch (e) {
      if (e === SUPERSEDED) return null;
      throw e;
    }
  });
}
