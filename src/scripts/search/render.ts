// Result markup shared by the header search and the search page. Titles are
// set as text; only Pagefind's excerpt (escaped text plus <mark>) is HTML.
import { highlightWords } from '../../lib/search-query.ts';
import { withHighlight } from '../../lib/paths.ts';
import { groupResults, type DisplayResult } from '../../lib/search-results.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Fills `link` (an <a>, or an option element that navigates itself) with one result. */
export function resultBody<T extends HTMLElement>(r: DisplayResult, query: string, link: T): T {
  const url = withHighlight(r.url, highlightWords(query));
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
  excerpt.innerHTML = r.excerpt;
  link.append(excerpt);
  return link;
}

/** Results grouped by type as plain lists (the search page). */
export function renderGroups(container: HTMLElement, results: DisplayResult[], query: string) {
  container.replaceChildren(
    ...groupResults(results).map((g) => {
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
