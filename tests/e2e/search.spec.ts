import { test, expect, type Locator, type Page, type Request } from '@playwright/test';
import { axeViolations } from './axe.ts';

// Tests whose outcome no base path can change (ranking, layout, axe): test:base leaves them out.
const SAME_UNDER_BASE = '@same-under-base';

const CLAIM = 'claims/negotiations-were-ongoing/';
const searchBytes = (r: Request) => /\/pagefind\/|header-search|search-page|render\./.test(r.url());

async function typeInHeader(page: Page, text: string) {
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search claims, sources and events' })).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
}

test('no search code or index is fetched until a reader uses search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(CLAIM);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => searchBytes({ url: () => u } as Request))).toEqual([]);
  await typeInHeader(page, 'privacy');
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('header search: the claim that answers first, with status, sources and its quote, then other results grouped; arrows and Enter open one', async ({
  page,
}) => {
  await page.goto(CLAIM);
  await typeInHeader(page, 'door locks');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const answer = listbox.getByRole('group', { name: 'Answer' });
  await expect(answer.getByRole('option')).toHaveCount(1);
  await expect(listbox.getByRole('group', { name: 'Timeline' })).toBeVisible();
  const first = listbox.getByRole('option').first();
  await expect(answer.getByRole('option')).toHaveId((await first.getAttribute('id'))!);
  await expect(first.locator('.status-badge')).toHaveText('Reported');
  await expect(first).toContainText('The Verge · Android Central');
  await expect(first.locator('.answer-quote')).toContainText('doors were locked or unlocked');
  await expect(page.getByRole('status').filter({ hasText: /results? for “door locks”/ })).toBeAttached();

  const input = page.getByRole('combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/proactive-state-data-reveals-state-of-the-home\/\?highlight=door%20locks$/);
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
});

test('Escape clears and closes; Enter without a choice opens the full search page', async ({ page }) => {
  await page.goto(CLAIM);
  await typeInHeader(page, 'privacy');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox')).toHaveValue('');
  await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('Jack Evans');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Jack\+Evans$/);
  await expect(page.locator('[data-search-results] .result-link').first()).toBeVisible();
});

test('a passage result lands on its paragraph with the words marked, also when the link is opened fresh', async ({ page, context }) => {
  await page.goto('search/?q=set%20temperature&type=source');
  const link = page.locator('[data-search-results] a.result-link').first();
  await expect(link).toHaveAttribute('href', /\/sources\/verge-2021-04-15-amazon-ecobee\/\?highlight=set%20temperature#p-2$/);
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page.locator('#p-2')).toBeInViewport();
  await expect(page.locator('#p-2 > p mark.search-hit')).toHaveText(['set', 'temperature']);
  const fresh = await context.newPage();
  await fresh.goto(new URL(href!, page.url()).href);
  await expect(fresh.locator('#p-2 mark.search-hit').first()).toBeVisible();
});

test('/search/ keeps query and filters in the URL; back and forward restore them', async ({ page }) => {
  await page.goto('search/?q=amazon');
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-shown', /q=amazon$/);
  const all = await page.locator('[data-search-results] a.result-link').count();
  await page.getByRole('checkbox', { name: /^Claims/ }).check();
  await expect(page).toHaveURL(/\/search\/\?q=amazon&type=claim$/);
  await expect(page.locator('[data-search-results] .result-group')).toHaveCount(1);
  await page.getByRole('checkbox', { name: /^Analysis/ }).check();
  await expect(page).toHaveURL(/q=amazon&type=claim&status=analysis$/);
  const analysis = page.locator('[data-search-results] .status-badge');
  await expect(analysis.first()).toHaveText('Analysis');
  expect(await analysis.allTextContents()).toEqual(Array(await analysis.count()).fill('Analysis'));
  await expect(page.getByRole('checkbox', { name: /^Reported/ }).locator('xpath=..')).toContainText('(');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Analysis/ })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: /Search claims, source passages/ })).toHaveValue('amazon');
  await page.goBack();
  await expect(page).toHaveURL(/q=amazon&type=claim$/);
  await expect(page.getByRole('checkbox', { name: /^Analysis/ })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Claims/ })).not.toBeChecked();
  await expect(page.locator('[data-search-results] a.result-link')).toHaveCount(all);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Claims/ })).toBeChecked();
});

test("the filters count the pages a query's results come from, as the claims group does", async ({ page }) => {
  // Pagefind counts the pages holding every word; the results hold any of them.
  await page.goto('search/?q=what%20did%20amazon%20say%20about%20the%20data');
  await expect(page.locator('[data-search-results] a.result-link').first()).toBeVisible();
  const listed = await page.locator('[data-search-results] .result-group').first().locator('a.result-link').count();
  await expect(page.locator('[data-search-results] .result-group').first().getByRole('heading')).toHaveText(new RegExp(`Claims \\(${listed}\\)`, 'i'));
  await expect(page.getByRole('checkbox', { name: /^Claims/ }).locator('xpath=..')).toContainText(`(${listed})`);
});

test('empty and no-result states suggest queries and the claims list', async ({ page }) => {
  await page.goto('search/');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Alexa certification' })).toBeVisible();
  await expect(empty.getByRole('link', { name: /all \d+ claims/ })).toBeVisible();
  await page.goto('search/?q=zzyzx');
  await expect(empty).toContainText('Nothing matches “zzyzx”');
  await empty.getByRole('link', { name: 'Jack Evans' }).click();
  await expect(page).toHaveURL(/\?q=Jack%20Evans$/);
  await expect(page.locator('[data-search-results] a.result-link').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search submits to /search/, which explains and links to every claim', async ({ page }) => {
    await page.goto(CLAIM);
    await page.getByRole('combobox', { name: 'Search claims, sources and events' }).fill('privacy');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=privacy$/);
    await expect(page.locator('main')).toContainText('Search runs in your browser and needs JavaScript');
    await page.getByRole('link', { name: 'the claims page' }).click();
    await expect(page).toHaveURL(/\/claims\/$/);
  });
});

test('axe: the open results list and the search page with results', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto(CLAIM);
  await typeInHeader(page, 'door locks');
  await page.keyboard.press('ArrowDown');
  let violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
  // One claim answers it: the answer card is checked, with the results below it.
  await page.goto('search/?q=privacy');
  await expect(page.locator('[data-search-answer] a.result-link')).toBeVisible();
  await expect(page.locator('[data-search-results] a.result-link').first()).toBeVisible();
  violations = await axeViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
});

test('on a phone the search field sits under the header and results fit the screen', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  await page.getByRole('combobox').click();
  await page.keyboard.type('certification');
  const panel = page.locator('[data-search-panel]');
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test('a word no page holds, of any first letter, loads its letter’s forms file without a failed request', async ({ page }) => {
  const failed: string[] = [];
  const forms: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    if (r.url().includes('/search/forms/')) forms.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('search/?q=amazon%20qwxz%20vblkt');
  await expect(page.locator('[data-search-summary]')).toContainText('for “amazon qwxz vblkt”');
  expect(forms.sort()).toEqual(['q.json', 'v.json']);
  expect(failed).toEqual([]);
});

test('a word the sources print in another form is searched as their word, and the question keeps its form', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto('search/?q=why%20did%20ecobee%27s%20refusal%20matter');
  const first = page.locator('[data-search-results] a.result-link').first();
  // "refusal" is searched as the sources' "refused", and "why" still asks for a reason.
  await expect(first.locator('mark').first()).toBeVisible();
  expect((await first.locator('mark').allTextContents()).map((t) => t.toLowerCase())).toContain('refused');
  await expect(first).toContainText(/because/);
  await expect(page.locator('form[data-search-page] [data-search-absent]')).toBeHidden();
});

test('a misspelt query shows results for the corrected words, in the header and on the page; one click searches as typed', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (r) => r.url().includes('/search/vocabulary/') && vocabulary.push(r.url()));
  await page.goto(CLAIM);
  await typeInHeader(page, 'door locks');
  expect(vocabulary, 'a search that finds what it asks for never loads the spelling vocabulary').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.type('amazon spoksman');
  const panel = page.locator('[data-site-search] [data-search-correction]');
  await expect(panel).toHaveText(/Showing results for amazon spokesman\./);
  expect(vocabulary.length).toBe(1);
  await expect(page.getByRole('option').first()).toContainText(/spokesman/i);

  await page.goto('search/?q=thermastat');
  const correction = page.locator('form [data-search-correction]').last();
  await expect(correction).toHaveText(/Showing results for thermostat\. Search for “thermastat” instead/);
  await expect(page.locator('[data-search-results] a.result-link').first()).toContainText(/thermostat/i);
  await correction.getByRole('button', { name: 'Search for “thermastat” instead' }).click();
  await expect(correction).toBeHidden();
  await expect(page.locator('[data-search-summary]')).not.toContainText('thermostat');
});

test("readers' words find what the articles call otherwise, and are not shown on the page", { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto('search/?q=AWS');
  const results = page.locator('[data-search-results]');
  await expect(results.locator('a.result-link').first()).toHaveAttribute('href', /\/glossary\/.*#term-web-hosting$/);
  await expect(
    results
      .getByRole('region', { name: /Claims/ })
      .or(results.locator('section').nth(1))
      .locator('a.result-link')
      .first(),
  ).toHaveAttribute('href', /\/claims\/(amazon-sells-web-hosting-and-fire-tv|wsj-report-describes-hosting-and-fire-tv-leverage)\//);
  await page.goto('search/?q=spokesperson');
  const best = page.locator('[data-search-results] section').first();
  await expect(best.getByRole('heading')).toHaveText(/Best match/);
  await expect(best.locator('a.result-link')).toHaveAttribute('href', /\/actors\/jack-evans\//);
  await page.goto('actors/jack-evans/');
  await expect(page.getByText('press officer')).toBeHidden();
});

test("a result's excerpt marks each of the reader's words it holds, not only the one that found it", { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto('search/?q=did%20ecobee%20refuse%20amazon');
  const excerpt = page.locator('[data-search-results] a.result-link .result-excerpt').first();
  await expect(excerpt).toContainText(/refused/);
  const marked = (await excerpt.locator('mark').allTextContents()).map((t) => t.toLowerCase());
  expect(marked).toEqual(expect.arrayContaining(['ecobee', 'refused', 'amazon']));
});

test("an explainer's excerpt holds its sentences, not the numbers of the claim markers after them", { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto('search/?q=same%20data&type=explainer');
  const excerpts = page.locator('[data-search-results] a.result-link .result-excerpt');
  await expect(excerpts.first()).toContainText(/data/);
  // A marker's number would be glued to the word or stop before it ("same data.6").
  for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/[a-z.,;:]\d/i);
});

test('a question reorders results: "when" puts the timeline first, "what did … say" on-the-record claims first', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto('search/?q=when%20did%20ecobee%20refuse');
  await expect(page.locator('[data-search-results] h2').first()).toHaveText(/^Timeline/);
  await page.goto('search/?q=what%20did%20amazon%20say');
  const first = page.locator('[data-search-results] a.result-link').first();
  await expect(first.locator('.status-badge')).toHaveText('On the record');
});

test(
  'a publication named with others is the best match, actors named together are not; a short form reads as its word',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    await page.goto('search/?q=android%20central%20ecobee%20report');
    const best = page.locator('[data-search-results] section').first();
    await expect(best.getByRole('heading')).toHaveText(/Best match/);
    await expect(best.locator('a.result-link')).toHaveCount(1);
    await expect(best.locator('a.result-link')).toHaveAttribute('href', /\/actors\/android-central\/(\?|$)/);
    // Two companies named together: the claims about both lead, not either one's page.
    await page.goto('search/?q=amazon%20ecobee');
    await expect(page.locator('[data-search-results] section').first().getByRole('heading')).toHaveText(/Claims/);
    await page.goto('search/?q=tstat');
    await expect(page.locator('form [data-search-correction]').last()).toHaveText(/Showing results for thermostat\./);
  },
);

test('a word of one or two letters still being typed is searched only when the reader pauses on it', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto(CLAIM);
  await typeInHeader(page, 'privacy');
  await page.keyboard.press('Escape');
  // Measured in the page, from the keystroke to the first result drawn.
  await page.evaluate(() => {
    const w = window as unknown as { shown?: Promise<number> };
    let typed = 0;
    document.querySelector('[data-site-search] input')!.addEventListener('keydown', () => (typed = performance.now()), { once: true });
    const listbox = document.querySelector('[data-site-search] [role=listbox]')!;
    w.shown = new Promise<number>((resolve) => {
      new MutationObserver((_, obs) => {
        if (typed && listbox.querySelector('[role=option]')) {
          obs.disconnect();
          resolve(performance.now() - typed);
        }
      }).observe(listbox, { childList: true, subtree: true });
    });
  });
  await page.keyboard.type('d');
  const shown = page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
  // A lower bound only (a slow machine can only make it later): a longer word is searched at once, a short prefix after 350 ms.
  expect(await shown, '"d" is not searched until the reader has paused on it').toBeGreaterThanOrEqual(300);
});

test('on /search/, words typed while the search code is still loading are kept', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  // A slow network: the search code arrives after the reader has typed.
  await page.route(/\/_astro\/search\.[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await page.goto('search/');
  await page.getByRole('searchbox', { name: /Search claims, source passages/ }).click();
  await page.keyboard.type('rival thermostats');
  await expect(page.getByRole('searchbox', { name: /Search claims, source passages/ })).toHaveValue('rival thermostats');
  await expect(page.locator('[data-search-summary]')).toContainText('for “rival thermostats”');
  await expect(page).toHaveURL(/\?q=rival\+thermostats$/);
});

test('on /search/, the search code arriving between two words keeps the space typed', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  // A click is a pointerdown and a focusin, and either loads the code: it must start once, and
  // never write the URL's trimmed words back over the field.
  let release!: () => void;
  const arrived = new Promise<void>((r) => (release = r));
  // The lazily loaded chunk (search.<hash>.js), not the page's own loader.
  await page.route(/\/_astro\/search\.[\w-]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('search/');
  const field = page.getByRole('searchbox', { name: /Search claims, source passages/ });
  await field.click();
  await page.keyboard.type('rival ');
  release();
  await expect(page).toHaveURL(/\?q=rival$/);
  await page.keyboard.type('thermostats');
  await expect(field).toHaveValue('rival thermostats');
  await expect(page.locator('[data-search-summary]')).toContainText('for “rival thermostats”');
});

/**
 * Searches `query` on /search/ and expects the notice that no result gives what it asks for (`line`,
 * its whole text, or with `among` one of its lines), results below it and no answer card; returns the notice.
 */
async function expectNotGiven(page: Page, query: string, line: string, among = false) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const absent = page.locator('form[data-search-page] [data-search-absent]');
  await (among ? expect(absent).toContainText(line) : expect(absent).toHaveText(line));
  await expect(page.locator('form [data-search-results] a.result-link').first()).toBeVisible();
  await expect(page.locator('form [data-search-answer]')).toBeHidden();
  return absent;
}

/** Searches `query` on /search/ and expects its results shown without the notice `absent`. */
async function expectNoNotice(page: Page, query: string, absent: Locator) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-summary]')).toContainText(`for “${query}”`);
  await expect(absent).toBeHidden();
}

test(
  'a question for a figure or an ending no result gives says so, and shows no answer card; one whose results give a figure does not',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    const absent = await expectNotGiven(
      page,
      'how many ecobee customers use alexa',
      'No result gives a figure for “how many”; the results match the question’s other words.',
    );
    // The same words without asking for a figure: no such notice.
    await expectNoNotice(page, 'do ecobee customers use alexa', absent);
    // Asking how a thing turned out, when no result tells an ending (the talks were still going on).
    await expectNotGiven(
      page,
      'how did the talks between amazon and ecobee end',
      'No result says “how it ended”; the results match the question’s other words.',
    );
  },
);

test(
  'a question asking which members of a group the sources leave unnamed says none is named, and shows no answer card; asking whether does not',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    const absent = await expectNotGiven(
      page,
      'which other device makers did amazon ask for data',
      'No source names the “other device makers”; the results match the question’s other words.',
    );
    // The claim that Amazon asked other sellers comes first: what the sources do say about them.
    await expect(page.locator('form [data-search-results] a.result-link').first()).toHaveAttribute('href', /\/claims\/amazon-asked-other-device-makers\//);
    await expectNoNotice(page, 'did amazon ask other device makers', absent);
  },
);

test(
  'asking what someone said whom no claim quotes says so, and shows no answer card; asking it of someone quoted does not',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    // The sources report what Ecobee did, never its own words.
    const absent = await expectNotGiven(
      page,
      'what did ecobee say about the report',
      'No source quotes “ecobee”; the results match the question’s other words.',
    );
    await expectNoNotice(page, 'what did amazon say about the report', absent);
  },
);

test(
  'a how-to question no result tells how to do says so, and shows no answer card; one a result speaks to does not',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    const absent = await expectNotGiven(
      page,
      'how do i change my ecobee settings',
      'No result gives steps for “how do i change”; the results match the question’s other words.',
      true,
    );
    // A claim says what customers are told when they link their accounts: that speaks to it.
    await expectNoNotice(page, 'how do i link my ecobee to alexa', absent);
  },
);

test('a word still being typed that begins a word only hidden related words hold loads no spelling vocabulary', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (r) => r.url().includes('/search/vocabulary/') && vocabulary.push(r.url()));
  await page.goto(`search/?q=${encodeURIComponent("amazon's refusa")}`);
  await expect(page.locator('[data-search-summary]')).toContainText("for “amazon's refusa”");
  expect(vocabulary).toEqual([]);
});

test('a slip is corrected inside the question as typed, a word cut short with a slip is completed, and a reader’s alias is never called unused', async ({
  page,
}) => {
  await page.goto('search/?q=why%20did%20ecobe%20say%20no');
  const correction = page.locator('form [data-search-correction]').last();
  await expect(correction).toHaveText(/^Showing results for why did ecobee say no\./);
  // Still a "why": a claim that gives Ecobee's reasons comes first.
  await expect(page.locator('[data-search-results] a.result-link').first()).toContainText(/fear|trust|privacy/i);

  // With a word searched in the sources' form ("refusal" as "refused"), the correction is named in the reader's words.
  await page.goto(`search/?q=${encodeURIComponent("why did ecobe's refusal matter")}`);
  await expect(correction).toHaveText(/^Showing results for why did ecobee refusal matter\./);

  // A name split in two, with a slip, is joined, the question still around it.
  await page.goto('search/?q=why%20did%20echo%20bee%20refuse');
  await expect(correction).toHaveText(/^Showing results for why did ecobee refuse\./);

  await page.goto('search/?q=praoct');
  await expect(correction).toHaveText(/^Showing results for proactive\./);
  // A slip Pagefind's stemmer takes for another word ("regulat…") is still corrected, not called unused.
  await page.goto('search/?q=regulaters');
  await expect(correction).toHaveText(/^Showing results for regulators\./);
  await expect(page.locator('form[data-search-page] [data-search-absent]')).toBeHidden();

  await page.goto('search/?q=amzn%20ecobee');
  await expect(page.locator('[data-search-summary]')).toContainText('for “amzn ecobee”');
  await expect(page.locator('form[data-search-page] [data-search-absent]')).toBeHidden();
});

test(
  'a word the sources never use is named above the results, which match the other words, an everyday one too; a real English word is never replaced',
  { tag: SAME_UNDER_BASE },
  async ({ page }) => {
    await page.goto('search/?q=amazon%20zeppelin');
    const absent = page.locator('form[data-search-page] [data-search-absent]');
    await expect(absent).toHaveText('The sources say nothing about “zeppelin”; the results match the other words.');
    await expect(absent.locator('[data-absent-word]')).toHaveText('zeppelin');
    // Above anything else shown.
    const [note, summary] = await Promise.all([absent.boundingBox(), page.locator('[data-search-summary]').boundingBox()]);
    expect(note!.y).toBeLessThan(summary!.y);

    // A word the sources never use that related words meet: named, with what the results are.
    await page.goto('search/?q=thermostat%20gadgets');
    await expect(absent).toHaveText('No source uses the word “gadgets”; these results match related words.');
    await expect(absent.locator('[data-unused-word]')).toHaveText('gadgets');
    await expect(page.locator('form [data-search-results] a.result-link').first()).toBeVisible();

    // Under a filter the word is still judged over every page: explainers alone hold no source's words.
    await page.goto('search/?q=refused&type=explainer');
    await expect(page.locator('form [data-search-results] a.result-link').first()).toBeVisible();
    await expect(absent).toBeHidden();

    // The claim first among them answers only the other words: it is headed so, not as the answer.
    await page.goto('search/?q=is%20ecobee%20safe%20to%20buy');
    await expect(absent).toHaveText('No source uses the word “safe”; these results match related words.');
    const card = page.locator('form [data-search-answer]');
    await expect(card.getByRole('heading')).toHaveText('Closest claim');

    // An everyday word too: the results match it only through related words.
    await page.goto('search/?q=is%20my%20thermostat%20listening');
    await expect(page.locator('[data-search-summary]')).toContainText('for “is my thermostat listening”');
    await expect(absent).toHaveText('No source uses the word “listening”; these results match related words.');
    await expect(page.locator('form [data-search-correction]').last()).not.toContainText('Showing results for');

    // A real word beside words that find the story is what the reader meant: no correction is offered for it.
    await page.goto('search/?q=ecobee%20shaving');
    await expect(page.locator('[data-search-summary]')).toContainText('for “ecobee shaving”');
    await expect(page.locator('form [data-search-results] a.result-link').first()).toBeVisible();
    await expect(page.locator('form [data-search-correction]').last()).toBeHidden();
    // Alone, it finds nothing: the site word it is nearest is offered, not applied.
    await page.goto('search/?q=shaving');
    await expect(page.locator('form [data-search-correction]').last()).toHaveText(/^Did you mean sharing\?$/);
    await expect(page.locator('form [data-search-results] a.result-link')).toHaveCount(0);
  },
);
