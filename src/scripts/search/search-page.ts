// /search/: the query and filters live in the URL (?q=…&type=claim&actor=ecobee),
// so a search can be shared; typing replaces the history entry, a filter
// change adds one, and back/forward restore both.
import { runSearch } from './engine.ts';
import { renderGroups } from './render.ts';

const FACETS = ['type', 'status', 'actor', 'source'];
const LIMIT = 60;

export function initSearchPage(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
  const results = form.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = form.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyTitle = form.querySelector<HTMLElement>('[data-search-empty-title]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  const stateFromForm = () => {
    const filters: Record<string, string[]> = {};
    for (const f of FACETS) filters[f] = boxes.filter((b) => b.name === f && b.checked).map((b) => b.value);
    return { q: input.value.trim(), filters };
  };
  const urlFor = (q: string, filters: Record<string, string[]>) => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    for (const f of FACETS) for (const v of filters[f] ?? []) p.append(f, v);
    const s = p.toString();
    return `${location.pathname}${s ? `?${s}` : ''}`;
  };
  const formFromUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    for (const b of boxes) b.checked = p.getAll(b.name).includes(b.value);
  };

  const show = async () => {
    const { q, filters } = stateFromForm();
    const outcome = await runSearch(q, filters, LIMIT, { debounceMs: 80, withFilters: true });
    if (!outcome) return;
    const now = stateFromForm();
    if (now.q !== q) return;
    for (const el of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = outcome.filters[facet]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
    const filtered = Object.values(filters).some((v) => v.length);
    const activeCount = Object.values(filters).reduce((n, v) => n + v.length, 0);
    const activeLabel = form.querySelector<HTMLElement>('[data-active-filters]');
    if (activeLabel) activeLabel.textContent = activeCount ? `(${activeCount} on)` : '';
    // Lets tests (and anyone scripting the page) know which search is shown.
    form.dataset.shown = urlFor(q, filters);
    if (!q && !filtered) {
      summary.textContent = '';
      results.replaceChildren();
      emptyTitle.textContent = 'Try one of these';
      empty.hidden = false;
      return;
    }
    renderGroups(results, outcome.results, q);
    empty.hidden = outcome.total > 0;
    emptyTitle.textContent = `Nothing matches${q ? ` “${q}”` : ''}${filtered ? ' with these filters' : ''}. Try one of these`;
    summary.textContent = outcome.total
      ? `${outcome.total} result${outcome.total === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${outcome.total > outcome.results.length ? `, showing the first ${outcome.results.length}` : ''}`
      : '';
  };

  input.addEventListener('input', () => {
    const { q, filters } = stateFromForm();
    history.replaceState(null, '', urlFor(q, filters));
    void show();
  });
  for (const b of boxes) {
    b.addEventListener('change', () => {
      const { q, filters } = stateFromForm();
      history.pushState(null, '', urlFor(q, filters));
      void show();
    });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const { q, filters } = stateFromForm();
    history.pushState(null, '', urlFor(q, filters));
    void show();
  });
  addEventListener('popstate', () => {
    formFromUrl();
    void show();
  });
  formFromUrl();
  // An empty search page keeps showing its suggestions; Pagefind loads when
  // the reader types or picks a filter.
  const { q, filters } = stateFromForm();
  if (q || Object.values(filters).some((v) => v.length)) void show();
}
