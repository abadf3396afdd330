// The header search: a combobox whose listbox shows results as you type,
// grouped by type. "/" focuses it, arrows move, Enter opens, Escape clears
// and closes. Without JS the same form submits to /search/.
import { runSearch } from './engine.ts';
import { answerBody, answerLabel, renderAbsent, renderCorrection, resultBody, shownQuery } from './render.ts';
import { groupResults, type DisplayResult } from '../../lib/search/results.ts';

const LIMIT = 8;

export function initHeaderSearch(form: HTMLFormElement) {
  if (form.dataset.ready) return;
  form.dataset.ready = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = panel.querySelector<HTMLElement>('[role=listbox]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const correction = panel.querySelector<HTMLElement>('[data-search-correction]')!;
  const absent = panel.querySelector<HTMLElement>('[data-search-absent]')!;
  let asTyped = false;
  let options: HTMLElement[] = [];
  let active = -1;

  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };
  const setActive = (i: number) => {
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    active = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i]!.id);
      options[i]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** `typed`: called for a keystroke, so a word still being typed may wait (see pauseFor). */
  const update = async (typed = false) => {
    const q = input.value.trim();
    if (!q) {
      correction.hidden = true;
      absent.hidden = true;
      listbox.replaceChildren();
      options = [];
      setActive(-1);
      open(false);
      return;
    }
    const outcome = await runSearch(q, {}, LIMIT, { asTyped, typed: typed ? input.value : undefined });
    if (!outcome || input.value.trim() !== q) return;
    renderCorrection(correction, outcome, (words, exact) => {
      input.value = words;
      asTyped = exact;
      input.focus();
      void update();
    });
    const shown = shownQuery(outcome);
    // Lets tests and the search probe (scripts/lib/search-probe.ts) know which search is shown.
    form.dataset.shown = q;
    more.href = `${form.action.split('?')[0]}?q=${encodeURIComponent(q)}`;
    more.textContent = outcome.total > outcome.results.length ? `See all ${outcome.total} results` : 'Search with filters';
    status.textContent = outcome.total
      ? `${outcome.total} result${outcome.total === 1 ? '' : 's'} for “${shown}”`
      : `Nothing found for “${q}”. Try fewer words, or browse all claims.`;
    renderAbsent(absent, outcome);
    let n = 0;
    const option = (r: DisplayResult, body: typeof resultBody) => {
      const o = document.createElement('div');
      o.setAttribute('role', 'option');
      o.id = `search-option-${n++}`;
      o.setAttribute('aria-selected', 'false');
      return body(r, shown, o);
    };
    const group = (type: string, label: string, items: HTMLElement[]) => {
      const g = document.createElement('div');
      g.setAttribute('role', 'group');
      const labelId = `search-group-${type}`;
      g.setAttribute('aria-labelledby', labelId);
      const l = document.createElement('div');
      l.id = labelId;
      l.className = 'result-group-label';
      l.setAttribute('aria-hidden', 'true');
      l.textContent = label;
      g.append(l, ...items);
      return g;
    };
    // listbox > group (labelled) > option; options are not links (no
    // interactive content inside an option): choosing one navigates. The
    // answer, when there is one, is the first option, in a group of its own.
    const { answer } = outcome;
    const rest = answer ? outcome.results.filter((r) => r.url !== answer.url) : outcome.results;
    const answerGroup = answer ? group('answer', answerLabel(outcome), [option(answer, answerBody)]) : undefined;
    answerGroup?.setAttribute('data-search-answer', '');
    answerGroup?.classList.add('search-answer');
    listbox.replaceChildren(
      ...(answerGroup ? [answerGroup] : []),
      ...groupResults(rest, outcome.order).map((g) =>
        group(
          g.type,
          g.label,
          g.results.map((r) => option(r, resultBody)),
        ),
      ),
    );
    options = [...listbox.querySelectorAll<HTMLElement>('[role=option]')];
    setActive(-1);
    open(true);
  };

  listbox.addEventListener('click', (e) => {
    const option = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (option?.dataset.href) location.href = option.dataset.href;
  });
  input.addEventListener('input', () => {
    asTyped = false;
    void update(true);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && options.length) open(true);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options[active]!.dataset.href!;
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.value = '';
      void update();
    }
  });
  form.addEventListener('focusout', () => {
    setTimeout(() => {
      if (!form.contains(document.activeElement)) open(false);
    }, 150);
  });
  // This module loads on the first keystroke, so a value already here was typed.
  if (input.value.trim()) void update(true);
}
