// Client side of list filters (claims, timeline): URL → visible items, and
// chip clicks → URL (pushState, so back/forward step through filter states).
// Items are [data-filter-item] elements whose facets sit in data-status, data-actor
// and data-source, on the item or on a card inside it.
import { activeCount, LIST_FACETS, readFilterState, urlWithState, type Filters } from '../../lib/site/filter-state.ts';
import { matches, toggle } from '../../lib/lists/list-filter.ts';

export function initListFilters(doc: Document) {
  const panel = doc.querySelector<HTMLElement>('[data-filters]');
  if (!panel) return;
  const chips = [...panel.querySelectorAll<HTMLButtonElement>('[data-facet]')];
  const items = [...doc.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...doc.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const count = panel.querySelector<HTMLElement>('[data-filter-count]')!;
  const clearButtons = [...doc.querySelectorAll<HTMLButtonElement>('[data-clear-filters]')];
  const noMatch = doc.querySelector<HTMLElement>('[data-no-match]');

  const noun = panel.dataset.noun ?? 'items';
  const facetsOf = (item: HTMLElement) => {
    const el = item.matches('[data-actor]') ? item : (item.querySelector<HTMLElement>('[data-actor]') ?? item);
    return { status: el.dataset.status ?? '', actor: (el.dataset.actor ?? '').split(' '), source: (el.dataset.source ?? '').split(' ') };
  };
  const itemFacets = new Map(items.map((i) => [i, facetsOf(i)]));

  const apply = (f: Filters) => {
    let shown = 0;
    for (const item of items) {
      const visible = matches(itemFacets.get(item)!, f);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-filter-item]:not([hidden])');
    for (const chip of chips) chip.setAttribute('aria-pressed', String((f[chip.dataset.facet!] ?? []).includes(chip.dataset.value!)));
    const filtered = activeCount(f) > 0;
    count.textContent = filtered ? `Showing ${shown} of ${items.length} ${noun}` : `Showing all ${items.length} ${noun}`;
    for (const b of clearButtons) b.hidden = !filtered;
    noMatch?.classList.toggle('hidden', shown > 0);
  };

  const current = () => readFilterState(location.search, LIST_FACETS).filters;
  const go = (f: Filters) => {
    history.pushState(null, '', urlWithState(location, { q: '', filters: f }));
    apply(f);
  };

  for (const chip of chips) chip.addEventListener('click', () => go(toggle(current(), chip.dataset.facet!, chip.dataset.value!)));
  for (const b of clearButtons) b.addEventListener('click', () => go({}));
  addEventListener('popstate', () => apply(current()));
  apply(current());
}
