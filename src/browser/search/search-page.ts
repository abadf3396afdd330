// /search/: the query and filters live in the URL (?q=…&type=claim&actor=ecobee),
// so a search can be shared; typing replaces the history entry, a filter
// change adds one, and back/forward restore both.
import { runSearch } from './engine.ts';
import { answerBody, answerLabel, renderAbsent, renderCorrection, renderGroups, shownQuery } from './render.ts';
import { activeCount, readFilterState, SEARCH_FACETS, urlWithState, type FilterState } from '../../lib/site/filter-state.ts';

const LIMIT = 60;

export function initSearchPage(form: HTMLFormElement) {
  // A click is a pointerdown and a focusin, and either starts the page: a
  // second start would read back the URL the first wrote (its words trimmed)
  // over the field, dropping a space the reader has just typed.
  if (form.dataset.ready) return;
  form.dataset.ready = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
  const results = form.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = form.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyTitle = form.querySelector<HTMLElement>('[data-search-empty-title]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const correction = form.querySelector<HTMLElement>('[data-search-correction]')!;
  const absent = form.querySelector<HTMLElement>('[data-search-absent]')!;
  const answer = form.querySelector<HTMLElement>('[data-search-answer]')!;
  const answerLink = answer.querySelector<HTMLElement>('[data-search-answer-body]')!;
  const answerHeading = answer.querySelector<HTMLElement>('#search-answer-label')!;
  // Set by "Search for … instead": the words as typed, not corrected, until the reader types again.
  let asTyped = false;

  const stateFromForm = (): FilterState => {
    const filters: Record<string, string[]> = {};
    for (const f of SEARCH_FACETS) filters[f] = boxes.filter((b) => b.name === f && b.checked).map((b) => b.value);
    return { q: input.value.trim(), filters };
  };
  const urlFor = (state: FilterState) => urlWithState({ pathname: location.pathname, hash: '' }, state);
  const formFromUrl = () => {
    const { q, filters } = readFilterState(location.search, SEARCH_FACETS);
    input.value = q;
    for (const b of boxes) b.checked = (filters[b.name] ?? []).includes(b.value);
  };

  /** `typed`: called for a keystroke, so a word still being typed may wait (see pauseFor). */
  const show = async (typed = false) => {
    const { q, filters } = stateFromForm();
    const outcome = await runSearch(q, filters, LIMIT, {
      typed: typed ? input.value : undefined,
      withFilters: true,
      perPage: 10,
      maxSources: 6,
      asTyped,
    });
    if (!outcome) return;
    const now = stateFromForm();
    if (now.q !== q) return;
    for (const el of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = outcome.filters[facet]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
    const active = activeCount(filters);
    const filtered = active > 0;
    const activeLabel = form.querySelector<HTMLElement>('[data-active-filters]');
    if (activeLabel) activeLabel.textContent = active ? `(${active} on)` : '';
    // Lets tests (and anyone scripting the page) know which search is shown.
    form.dataset.shown = urlFor({ q, filters });
    renderCorrection(correction, outcome, (words, exact) => {
      input.value = words;
      asTyped = exact;
      history.pushState(null, '', urlFor(stateFromForm()));
      input.focus();
      void show();
    });
    renderAbsent(absent, outcome);
    answer.hidden = !outcome.answer;
    if (outcome.answer) answerLink.replaceChildren(answerBody(outcome.answer, shownQuery(outcome), document.createElement('a')));
    else answerLink.replaceChildren();
    answerHeading.textContent = answerLabel(outcome);
    if (!q && !filtered) {
      summary.textContent = '';
      results.replaceChildren();
      emptyTitle.textContent = 'Try one of these';
      empty.hidden = false;
      return;
    }
    const { answer: top } = outcome;
    renderGroups(results, top ? outcome.results.filter((r) => r.url !== top.url) : outcome.results, shownQuery(outcome), outcome.order);
    empty.hidden = outcome.total > 0;
    emptyTitle.textContent = `Nothing matches${q ? ` “${q}”` : ''}${filtered ? ' with these filters' : ''}. Try one of these`;
    summary.textContent = outcome.total
      ? `${outcome.total} result${outcome.total === 1 ? '' : 's'}${q ? ` for “${shownQuery(outcome)}”` : ''}${outcome.total > outcome.results.length ? `, showing the first ${outcome.results.length}` : ''}`
      : '';
  };

  input.addEventListener('input', () => {
    asTyped = false;
    history.replaceState(null, '', urlFor(stateFromForm()));
    void show(true);
  });
  for (const b of boxes) {
    b.addEventListener('change', () => {
      history.pushState(null, '', urlFor(stateFromForm()));
      void show();
    });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.pushState(null, '', urlFor(stateFromForm()));
    void show();
  });
  addEventListener('popstate', () => {
    formFromUrl();
    void show();
  });
  // A search in the URL fills the form. Without one, the form is the reader's:
  // this module loads on their first focus, and what they typed meanwhile stays.
  // An empty search page keeps showing its suggestions; Pagefind loads when
  // the reader types or picks a filter.
  const fromUrl = readFilterState(location.search, SEARCH_FACETS);
  if (fromUrl.q || activeCount(fromUrl.filters) > 0) {
    formFromUrl();
    void show();
  } else if (input.value.trim() || activeCount(stateFromForm().filters) > 0) {
    history.replaceState(null, '', urlFor(stateFromForm()));
    void show(true);
  }
}
