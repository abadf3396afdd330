// The whole search UI as one lazily loaded chunk: the header field and the
// /search/ page both import() it, so it shares no chunks with anything else,
// and pages pay nothing for it until a reader searches.
import css from './search.css?inline';
import { initHeaderSearch } from './header-search.ts';
import { initSearchPage } from './search-page.ts';

let styled = false;
function injectStyles() {
  if (styled) return;
  styled = true;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

export function startHeaderSearch(form: HTMLFormElement) {
  injectStyles();
  initHeaderSearch(form);
}

export function startSearchPage(form: HTMLFormElement) {
  injectStyles();
  initSearchPage(form);
}
