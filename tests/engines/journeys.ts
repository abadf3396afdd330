// The main journeys a reader makes, written once and run in every engine
// (journeys.test.ts). Each fails if its feature breaks in that engine.
import { waitUntil, type Engine } from './driver.ts';

export interface Site {
  /** The served URL of a route ("claims/"). */
  url: (route: string) => string;
  /** The canonical (shared) URL of a route. */
  canonical: (route: string) => string;
  claims: { id: string; status: string }[];
  /** A story in short pages: `laterEvent` is listed on `laterPage`, not on /timeline/. */
  paged: { url: (route: string) => string; laterEvent: string; laterPage: string };
}

/**
 * Opens a page and starts listening for what must never happen: a script
 * error, an unhandled rejection, a CSP violation. Classic WebDriver has no
 * console or network events, so this is the one way that works in every
 * engine; requests off the origin are read from Resource Timing.
 */
async function open(engine: Engine, url: string): Promise<void> {
  await engine.goto(url);
  await watch(engine);
}

async function watch(engine: Engine): Promise<void> {
  await engine.run(() => {
    const w = window as unknown as { __problems?: string[] };
    if (w.__problems) return;
    const problems: string[] = (w.__problems = []);
    addEventListener('error', (e) => problems.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
    document.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
}

/** Script errors, CSP violations and requests to another origin seen on the current page (and, where the driver reports them, console errors and requests since the last call). */
export async function problems(engine: Engine): Promise<string[]> {
  const fromDriver = engine.drain();
  const inPage = await engine.run(() => {
    const seen = (window as unknown as { __problems?: string[] }).__problems ?? [];
    const offOrigin = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      .map((u) => `request off the origin: ${u}`);
    return [...seen, ...offOrigin];
  });
  return [...fromDriver, ...inPage];
}

/** Empties the search page's field and types `text` into it, as a reader starting a new search. */
async function retypeSearch(engine: Engine, text: string): Promise<void> {
  await engine.click('[data-search-page] input[name=q]');
  await engine.run(() => {
    document.querySelector<HTMLInputElement>('[data-search-page] input[name=q]')!.value = '';
  });
  await engine.type(text);
}

/** Marks the first element the in-page function `find` returns with data-journey, so the driver can click it by selector; returns whether one was found. */
function mark(engine: Engine, find: string): Promise<boolean> {
  return engine.run<[], boolean>(`() => {
    document.querySelectorAll('[data-journey]').forEach((e) => e.removeAttribute('data-journey'));
    const el = (${find})();
    el?.setAttribute('data-journey', '');
    return Boolean(el);
  }`);
}

async function clickFound(engine: Engine, what: string, fn: string): Promise<void> {
  if (!(await mark(engine, fn))) throw new Error(`${engine.name}: ${what} not found`);
  await engine.click('[data-journey]');
}

const EXPLAINER = 'explainers/why-ecobee-said-no/';

export interface Journey {
  name: string;
  run: (engine: Engine, site: Site) => Promise<void>;
}

export const JOURNEYS: Journey[] = [
  {
    name: 'the home page: a claim’s footnote marker leads to its note, and the note to the claim',
    async run(engine, site) {
      await open(engine, site.url(''));
      await engine.click('.claim-ref > a.preview-marker');
      // In view and still: a page that glides to the anchor would move the link from under the click.
      await waitUntil(
        engine,
        'the marker lands on its note, in view and still',
        () => {
          const note = location.hash.startsWith('#note-') && document.querySelector(location.hash);
          if (!note) return location.hash;
          const box = note.getBoundingClientRect();
          const w = window as unknown as { __noteTop?: number };
          const still = w.__noteTop === box.top;
          w.__noteTop = box.top;
          return still && box.top < innerHeight && box.bottom > 0;
        },
        [],
      );
      await clickFound(engine, 'the claim link in the note', `() => document.querySelector(location.hash + ' a[href*="/claims/"]')`);
      await waitUntil(
        engine,
        'the note opens the claim page',
        () => location.pathname.includes('/claims/') && !!document.querySelector('[data-copy-link]'),
        [],
      );
    },
  },
  {
    name: 'pointer: a claim marker previews its claim; the preview leads to the claim page',
    async run(engine, site) {
      await open(engine, site.url(EXPLAINER));
      await engine.hover('.claim-ref > [data-preview-marker]');
      await waitUntil(
        engine,
        'the preview card opens on hover',
        () => {
          const m = document.querySelector('.claim-ref > [data-preview-marker]')!;
          return document.getElementById(m.getAttribute('popovertarget')!)!.matches(':popover-open');
        },
        [],
      );
      await clickFound(
        engine,
        'the preview’s claim link',
        `() => {
        const m = document.querySelector('.claim-ref > [data-preview-marker]');
        return [...document.getElementById(m.getAttribute('popovertarget')).querySelectorAll('a')].find((a) => a.href.includes('/claims/'));
      }`,
      );
      await waitUntil(engine, 'the claim page opens', () => location.pathname.includes('/claims/') && !!document.querySelector('[data-copy-link]'), []);
    },
  },
  {
    name: 'keyboard alone: Tab to a marker opens its preview, Tab reaches its link, Enter follows it',
    async run(engine, site) {
      await open(engine, site.url(EXPLAINER));
      // Focus the last focusable element before the first marker, then go on with keys only.
      await engine.run(() => {
        const marker = document.querySelector<HTMLElement>('.claim-ref > [data-preview-marker]')!;
        const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), input, summary')].filter((e) => e.offsetParent !== null);
        const before = focusable.filter((e) => e.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING).pop()!;
        before.focus();
      });
      await engine.press('Tab');
      await waitUntil(
        engine,
        'Tab focuses the marker and opens its preview',
        () => {
          const m = document.activeElement!;
          return m.matches('[data-preview-marker]') && document.getElementById(m.getAttribute('popovertarget')!)!.matches(':popover-open');
        },
        [],
      );
      let onLink = false;
      for (let i = 0; i < 4 && !onLink; i++) {
        await engine.press('Tab');
        onLink = await engine.run(() => (document.activeElement as HTMLAnchorElement | null)?.href?.includes('/claims/') ?? false);
      }
      if (!onLink) throw new Error(`${engine.name}: Tab never reached the preview’s claim link`);
      await engine.press('Enter');
      await waitUntil(engine, 'Enter opens the claim page', () => location.pathname.includes('/claims/'), []);
    },
  },
  {
    name: 'a claim: "Copy link" copies the canonical URL; "Share…" shows only where the browser can share; "Cite" gives the permalink',
    async run(engine, site) {
      const claim = site.claims[0]!.id;
      await open(engine, site.url(`claims/${claim}/`));
      // What the page hands the clipboard is recorded; the browser still decides whether to allow it.
      await engine.run(() => {
        const w = window as unknown as { copied?: string };
        const clip = navigator.clipboard;
        if (clip) {
          const write = clip.writeText.bind(clip);
          clip.writeText = (text: string) => ((w.copied = text), write(text));
        }
      });
      await engine.click('[data-copy-link]');
      await waitUntil(
        engine,
        'copying says it copied, or selects the link to copy',
        () => /Link copied|Press (Ctrl|⌘)\+C/.test(document.querySelector('[data-share-status]')?.textContent ?? ''),
        [],
      );
      const { copied, selected, status } = await engine.run(() => {
        const a = document.activeElement as HTMLInputElement;
        return {
          copied: (window as unknown as { copied?: string }).copied,
          selected: a?.value?.slice(a.selectionStart ?? 0, a.selectionEnd ?? 0),
          status: document.querySelector('[data-share-status]')!.textContent!,
        };
      });
      const url = site.canonical(`claims/${claim}/`);
      if (/Link copied/.test(status) ? copied !== url : selected !== url)
        throw new Error(`${engine.name}: copied "${copied}", selected "${selected}", expected ${url}`);
      const share = await engine.run(() => ({
        can: typeof navigator.share === 'function',
        shown: !(document.querySelector('[data-native-share]') as HTMLElement).hidden,
      }));
      console.log(`${engine.name}: "Copy link" said "${status}"; navigator.share ${share.can ? 'exists' : 'is missing'}`);
      if (share.can !== share.shown)
        throw new Error(`${engine.name}: navigator.share ${share.can ? 'exists' : 'is missing'} but the Share button is ${share.shown ? 'shown' : 'hidden'}`);
      await clickFound(
        engine,
        'the "Cite this claim" summary',
        `() => [...document.querySelectorAll('summary')].find((s) => s.textContent.includes('Cite this claim'))`,
      );
      await waitUntil(
        engine,
        'the citation shows, with the permalink',
        (u: string) => {
          const cite = document.getElementById('cite-plain');
          return !!cite && cite.getBoundingClientRect().height > 0 && cite.textContent!.includes(u);
        },
        [url],
      );
    },
  },
  {
    name: 'the claims list: a filter narrows it and writes the URL; a reload keeps it',
    async run(engine, site) {
      const analysis = site.claims.filter((c) => c.status === 'analysis').length;
      await open(engine, site.url('claims/'));
      await engine.click('[data-facet="status"][data-value="analysis"]');
      const shown = (n: number) => [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].filter((e) => e.offsetParent !== null).length === n;
      await waitUntil(
        engine,
        `the filter shows the ${analysis} analysis claims and writes the URL`,
        `(n) => location.search === '?status=analysis' && (${shown})(n)`,
        [analysis],
      );
      await engine.reload();
      await watch(engine);
      await waitUntil(
        engine,
        'after reload the filter is still on',
        `(n) => document.querySelector('[data-value="analysis"]')?.getAttribute('aria-pressed') === 'true' && (${shown})(n)`,
        [analysis],
      );
    },
  },
  {
    name: 'search: the header shows results as you type; /search/ with a filter opens a passage, marked and in view',
    async run(engine, site) {
      await open(engine, site.url(`claims/${site.claims[0]!.id}/`));
      await engine.click('[data-site-search] input');
      await engine.type('door locks');
      await waitUntil(
        engine,
        'the header lists results',
        () => {
          const form = document.querySelector<HTMLFormElement>('[data-site-search]')!;
          return (
            form.querySelectorAll('[role=option]').length > 0 ||
            `field "${form.querySelector('input')!.value}", focus on ${document.activeElement?.outerHTML.slice(0, 80)}, script ${form.dataset.ready ? 'ready' : 'not loaded'}, status "${form.querySelector('[data-search-status]')?.textContent}"`
          );
        },
        [],
        15_000,
      );
      await open(engine, site.url('search/'));
      await engine.click('[data-search-page] input[name=q]');
      await engine.type('rival thermostats');
      // On a narrow window the filters fold into a "Filters" disclosure.
      if (await engine.run(() => document.querySelector('input[name=type]')!.getBoundingClientRect().width === 0)) {
        await clickFound(engine, 'the Filters disclosure', `() => document.querySelector('input[name=type]').closest('details').querySelector('summary')`);
      }
      await engine.click('input[type=checkbox][name=type][value=source]');
      await waitUntil(
        engine,
        'sources-only results with passage links',
        () => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a.result-link')];
          const ok = links.length > 0 && links.every((a) => a.href.includes('/sources/')) && links.some((a) => a.hash.startsWith('#p-'));
          return (
            ok || `${location.search}: ${document.querySelector('[data-search-summary]')?.textContent} ${links.map((a) => a.getAttribute('href')).join(' ')}`
          );
        },
        [],
        15_000,
      );
      await clickFound(
        engine,
        'a passage result',
        `() => [...document.querySelectorAll('[data-search-results] a.result-link')].find((a) => a.hash.startsWith('#p-'))`,
      );
      await waitUntil(
        engine,
        'the passage is the target, holds a marked word and is in view',
        () => {
          const target = location.hash && document.querySelector(location.hash);
          if (!target) return `no target at ${location.href}`;
          const box = target.getBoundingClientRect();
          return (
            (!!target.querySelector('mark.search-hit') && box.top < innerHeight && box.bottom > 0) ||
            `${location.href}: ${target.querySelectorAll('mark.search-hit').length} marks, top ${box.top}`
          );
        },
        [],
      );
    },
  },
  {
    name: 'search answers: the header’s first option is the claim that answers, and opens it; /search/ shows the answer card, and a query nothing matches the plain empty state with the claims list and the timeline',
    async run(engine, site) {
      await open(engine, site.url(`claims/${site.claims[0]!.id}/`));
      await engine.click('[data-site-search] input');
      await engine.type('door locks');
      await waitUntil(
        engine,
        'the answer group holds the first option, with its quote',
        () => {
          const form = document.querySelector<HTMLFormElement>('[data-site-search]')!;
          const first = form.querySelector('[role=option]');
          return (
            (!!first?.closest('[data-search-answer]') && !!first.querySelector('.answer-quote')?.textContent) ||
            `first option: ${first?.textContent}; field "${form.querySelector('input')!.value}", script ${form.dataset.ready ? 'ready' : 'not loaded'}, status "${form.querySelector('[data-search-status]')?.textContent}", problems ${JSON.stringify((window as unknown as { __problems?: string[] }).__problems)}`
          );
        },
        [],
        // The page's first search loads Pagefind: on a machine busy with other suites that has taken over 15 s once.
        30_000,
      );
      const claim = await engine.run(
        () => new URL(document.querySelector<HTMLElement>('[data-search-answer] [role=option]')!.dataset.href!, location.href).pathname,
      );
      await engine.click('[data-site-search] [data-search-answer] [role=option]');
      await waitUntil(engine, `the answer opens ${claim}`, (path: string) => location.pathname === path || location.pathname, [claim]);
      await open(engine, site.url('search/?q=door%20locks'));
      await waitUntil(
        engine,
        'the answer card links to the same claim',
        (path: string) => {
          const a = document.querySelector<HTMLAnchorElement>('[data-search-answer]:not([hidden]) a.result-link');
          return a?.pathname === path || `answer: ${a?.href}`;
        },
        [claim],
        15_000,
      );
      await retypeSearch(engine, 'qwxz vblkt');
      await waitUntil(
        engine,
        'the empty state says nothing matches and offers the claims list and the timeline',
        () => {
          const empty = document.querySelector<HTMLElement>('[data-search-empty]');
          const answer = document.querySelector<HTMLElement>('[data-search-answer]');
          const links = [...(empty?.querySelectorAll('a') ?? [])].map((a) => new URL(a.href).pathname);
          return (
            (!!empty &&
              !empty.hidden &&
              !!answer?.hidden &&
              /Nothing matches/.test(empty.textContent ?? '') &&
              links.some((l) => l.endsWith('/claims/')) &&
              links.some((l) => l.endsWith('/timeline/'))) ||
            `empty: ${empty?.hidden} ${empty?.textContent?.slice(0, 80)} ${links.join(' ')}`
          );
        },
        [],
        15_000,
      );
    },
  },
  {
    name: 'search says what the sources lack: a question with one word no page holds shows what its other words find and names that word; a possessive typed with a straight apostrophe is not called absent',
    async run(engine, site) {
      await open(engine, site.url('search/?q=does%20amazon%20see%20door%20locks%20from%20my%20garage'));
      await waitUntil(
        engine,
        'results for the other words, and the missing word named above them',
        () => {
          // Named as absent, or as a word no source uses (only words related to it met a page).
          const named = [...document.querySelectorAll('[data-search-absent]:not([hidden]) :is([data-absent-word], [data-unused-word])')].map(
            (e) => e.textContent,
          );
          const results = document.querySelectorAll('[data-search-results] a.result-link, [data-search-answer]:not([hidden]) a.result-link').length;
          return (named.join() === 'garage' && results > 0) || `named: ${named.join()}, ${results} results`;
        },
        [],
        15_000,
      );
      await retypeSearch(engine, "amazon's threat");
      await waitUntil(
        engine,
        'results, and no word called absent',
        () => {
          const form = document.querySelector<HTMLElement>('[data-search-page]')!;
          const shown = new URL(form.dataset.shown ?? '/', location.href).searchParams.get('q');
          const absent = document.querySelector<HTMLElement>('[data-search-absent]')!;
          const results = document.querySelectorAll('[data-search-results] a.result-link').length;
          return (
            (shown === "amazon's threat" && absent.hidden && results > 0) ||
            `shown "${shown}", notice "${absent.hidden ? '' : absent.textContent}", ${results} results`
          );
        },
        [],
        15_000,
      );
    },
  },
  {
    name: 'a timeline event’s permanent link finds the event on the later page it now lives on',
    async run(engine, site) {
      const { laterEvent, laterPage } = site.paged;
      // The timeline sends the reader on to the later page as it loads: watch only once there.
      await engine.goto(site.paged.url(`timeline/#event-${laterEvent}`));
      await waitUntil(
        engine,
        `the link lands on ${laterPage}#event-${laterEvent}, in view`,
        (page: string, id: string) => {
          const event = document.getElementById(`event-${id}`);
          if (location.pathname !== page || location.hash !== `#event-${id}` || !event) return `${location.pathname}${location.hash}`;
          const box = event.getBoundingClientRect();
          return box.top < innerHeight && box.bottom > 0;
        },
        [laterPage, laterEvent],
      );
      await watch(engine);
    },
  },
  {
    name: 'an embed card: status, statement, quote with its paragraph, and a link back that opens the site',
    async run(engine, site) {
      const claim = site.claims[0]!.id;
      await open(engine, site.url(`claims/${claim}/embed/`));
      const card = await engine.run(() => {
        const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
        const back = document.querySelector<HTMLAnchorElement>('.back a');
        return {
          badge: shown(document.querySelector('.status-badge')),
          statement: shown(document.querySelector('h1.statement')),
          quote: shown(document.querySelector('.quotes blockquote')),
          paragraph: [...document.querySelectorAll<HTMLAnchorElement>('.quotes a')].some((a) => /#p-\d+$/.test(a.href)),
          back: back ? { href: back.href, target: back.target } : undefined,
          // Framed on a phone, the card may be as narrow as the narrowest phone: nothing may stick out sideways there.
          overflow: (() => {
            const html = document.documentElement;
            html.style.width = '320px';
            const right = Math.max(...[...document.body.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
            html.style.width = '';
            return right > 320.5;
          })(),
          scripts: document.scripts.length,
        };
      });
      const wrong = Object.entries({
        'a status badge': card.badge,
        'the statement': card.statement,
        'a quote': card.quote,
        'a paragraph link': card.paragraph,
        'a link back to the claim page, opening a new tab': card.back?.href.endsWith(`/claims/${claim}/`) && card.back.target === '_blank',
        'nothing sticking out of a 320 px frame': !card.overflow,
        'no script': card.scripts === 0,
      })
        .filter(([, ok]) => !ok)
        .map(([what]) => what);
      if (wrong.length) throw new Error(`${engine.name}: the card lacks ${wrong.join(', ')}`);
    },
  },
  {
    name: 'dark mode: the toggle switches the theme and a reload keeps it',
    async run(engine, site) {
      await open(engine, site.url(''));
      const before = await engine.run(() => getComputedStyle(document.documentElement).backgroundColor);
      const wasDark = await engine.run(() => document.querySelector('.theme-toggle')!.getAttribute('aria-pressed') === 'true');
      await engine.click('.theme-toggle');
      await waitUntil(engine, 'the theme changes', (bg: string) => getComputedStyle(document.documentElement).backgroundColor !== bg, [before]);
      await engine.reload();
      await watch(engine);
      await waitUntil(
        engine,
        'after reload the theme is kept',
        (dark: boolean, bg: string) =>
          document.querySelector('.theme-toggle')!.getAttribute('aria-pressed') === String(!dark) &&
          getComputedStyle(document.documentElement).backgroundColor !== bg,
        [wasDark, before],
      );
      // Leave the theme as it was for the next journey.
      await engine.click('.theme-toggle');
    },
  },
];
