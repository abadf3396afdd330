// Result markup shared by the header search and the search page. Titles are
// set as text; only Pagefind's excerpt (escaped text plus <mark>) is HTML, with
// every word the reader typed marked in it (the page they open highlights the same).
import { highlightWords } from '../../lib/search/query.ts';
import { withHighlight } from '../../lib/site/paths.ts';
import { groupResults, markWords, type DisplayResult, type ResultType } from '../../lib/search/results.ts';
import type { SearchOutcome } from './engine.ts';
import type { AskedFigure } from '../../lib/search/figures.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Fills `link` (an <a>, or an option element that navigates itself) with one result. */
export function resultBody<T extends HTMLElement>(r: DisplayResult, query: string, link: T): T {
  const words = highlightWords(query);
  const url = withHighlight(r.url, words);
  if (link instanceof HTMLAnchorElement) link.href = url;
  else link.dataset.href = url;
  link.classList.add('result-link');
  const head = el('span', 'result-head');
  if (r.status && r.statusKey) {
    const badge = el('span', `status-badge status-${r.statusKey}`);
    badge.append(el('span', 'dot'), document.createTextNode(r.status));
    head.append(badge);
  }
  if (r.sources) head.append(el('span', 'result-sources', r.sources));
  if (r.context) head.append(el('span', 'result-sources', r.context));
  link.append(head, el('span', 'result-title', r.title));
  const excerpt = el('span', 'result-excerpt');
  excerpt.innerHTML = markWords(r.excerpt, words);
  link.append(excerpt);
  return link;
}

/** Results grouped by type as plain lists (the search page). */
export function renderGroups(container: HTMLElement, results: DisplayResult[], query: string, order?: ResultType[]) {
  container.replaceChildren(
    ...groupResults(results, order).map((g) => {
      const section = el('section', 'result-group');
      const h = el('h2', 'result-group-label', `${g.label} (${g.results.length})`);
      const list = el('ol', 'result-list');
      for (const r of g.results) {
        const li = el('li');
        li.append(resultBody(r, query, el('a')));
        list.append(li);
      }
      section.append(h, list);
      return section;
    }),
  );
}

/**
 * The answer card's heading: "Answer", or "Closest claim" when the page also
 * says the sources never use one of the words typed: the claim then answers
 * only the question's other words.
 */
export const answerLabel = (o: Pick<SearchOutcome, 'absent' | 'unused'>) => (o.absent.length || o.unused.length ? 'Closest claim' : 'Answer');

/** The words whose results are shown: the corrected spelling when the typed one found nothing. */
export const shownQuery = (o: SearchOutcome) => o.corrected ?? o.query;

/**
 * "Showing results for …" (a slip, corrected) or "Did you mean …" (a real
 * word, when the words as typed found nothing), each one click away; `run` searches for the words given,
 * `asTyped` without correcting them.
 */
export function renderCorrection(p: HTMLElement, o: SearchOutcome, run: (q: string, asTyped: boolean) => void) {
  const button = (text: string, q: string, asTyped: boolean) => {
    const b = el('button', 'link-button', text);
    b.type = 'button';
    b.addEventListener('click', () => run(q, asTyped));
    return b;
  };
  if (o.corrected) {
    p.replaceChildren('Showing results for ', el('strong', '', o.corrected), '. ', button(`Search for “${o.query}” instead`, o.query, true));
  } else if (o.suggestion) {
    p.replaceChildren('Did you mean ', button(o.suggestion, o.suggestion, false), '?');
  } else p.replaceChildren();
  p.hidden = !o.corrected && !o.suggestion;
}

/**
 * The claim that answers the query, above the other results: its status,
 * statement and the quote that backs it, from its source, as one link.
 */
export function answerBody<T extends HTMLElement>(r: DisplayResult, query: string, link: T): T {
  resultBody({ ...r, excerpt: '' }, query, link);
  link.querySelector('.result-excerpt')?.remove();
  if (r.lead) link.append(el('span', 'answer-quote', r.lead));
  return link;
}

/** The reader's words as a list: “a”, “b” or “c”, each in <strong> marked with `mark`. */
function wordList(words: readonly string[], mark: string): (Node | string)[] {
  return words.flatMap((w, i) => {
    const word = el('strong', '', w);
    word.dataset[mark] = '';
    return [i === 0 ? '' : i === words.length - 1 ? ' or ' : ', ', '“', word, '”'];
  });
}

/** How the page says a result lacks what the question asks for, by its kind (a figure otherwise). */
const NOT_GIVEN: Partial<Record<AskedFigure['kind'], string>> = {
  steps: 'No result gives steps for ',
  outcome: 'No result says ',
  names: 'No source names the ',
  quote: 'No source quotes ',
};

/**
 * What the sources do not say, or nothing: "The sources say nothing about
 * “fined”; the results match the other words." for each word no page holds;
 * "No source uses the word “gadgets”; these results match related words." for
 * words only related words met; "No result gives a figure for “how many”."
 * when the question asks for a number and none of the results holds one, and
 * "No result gives steps for “how do i unlink”." likewise for a how-to, and
 * "No result says “how it ended”." for a question about how a thing turned out, and
 * "No source names the “other companies”." for one that asks who is in a group the sources leave unnamed, and
 * "No source quotes “ecobee”." for "what did ecobee say" when no claim gives Ecobee's words.
 */
export function renderAbsent(p: HTMLElement, o: Pick<SearchOutcome, 'absent' | 'unused' | 'notGiven' | 'total'>) {
  const others = o.total ? '; the results match the other words' : '';
  const lines = o.absent.map((w) => {
    const line = el('span', 'absent-line');
    line.append('The sources say nothing about ', ...wordList([w], 'absentWord'), `${others}. `);
    return line;
  });
  if (o.unused.length) {
    const line = el('span', 'absent-line');
    line.append(`No source uses the word${o.unused.length > 1 ? 's' : ''} `, ...wordList(o.unused, 'unusedWord'), '; these results match related words. ');
    lines.push(line);
  }
  if (o.notGiven && o.total) {
    const line = el('span', 'absent-line');
    const what = NOT_GIVEN[o.notGiven.kind] ?? 'No result gives a figure for ';
    line.append(what, ...wordList([o.notGiven.phrase], 'absentFigure'), '; the results match the question’s other words. ');
    lines.push(line);
  }
  p.replaceChildren(...lines);
  p.hidden = !lines.length;
}
