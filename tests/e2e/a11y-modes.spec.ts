// Accessibility beyond axe: forced colors, reduced motion, a keyboard-only
// path with a visible focus at every stop, and print. Screenshots of the
// forced-colors pages go to test-results/modes/ to be looked at.
import { test, expect, type Page } from '@playwright/test';

const CLAIM = 'claims/amazon-asked-ecobee-for-data-when-alexa-not-in-use/';
const EXPLAINER_WITH_DIAGRAM = 'explainers/amazons-levers/';
const SOURCE_HIT = 'sources/android-central-2021-04-amazon-ecobee/?highlight=rival%20thermostats#p-6';

/** Whether a computed color is drawn at all (not fully transparent). */
const opaque = (color: string) => !/rgba\(.*,\s*0\)$|transparent/.test(color);

test.describe('forced colors', () => {
  test.beforeEach(({ page }) => page.emulateMedia({ forcedColors: 'active' }));

  test('marked words, the focus ring and status badges stay visible', async ({ page }) => {
    await page.goto(SOURCE_HIT);
    await expect(page.locator('#p-6 mark.search-hit').first()).toBeVisible();
    const backgrounds: string[] = [];
    for (const selector of ['#p-6 mark.quoted', '#p-6 mark.search-hit']) {
      const { bg, page: canvas } = await page
        .locator(selector)
        .first()
        .evaluate((m) => ({ bg: getComputedStyle(m).backgroundColor, page: getComputedStyle(document.documentElement).backgroundColor }));
      expect(opaque(bg) && bg !== canvas, `${selector} has a background of its own (${bg} on ${canvas})`).toBe(true);
      backgrounds.push(bg);
    }
    expect(backgrounds[0], 'searched words stand apart from the quoted passage around them').not.toBe(backgrounds[1]);
    await page.screenshot({ path: 'test-results/modes/forced-colors-source.png' });

    await page.goto(CLAIM);
    const badge = page.locator('.status-badge').first();
    const style = await badge.evaluate((b) => ({ border: getComputedStyle(b).borderTopWidth, color: getComputedStyle(b).borderTopColor, text: b.textContent }));
    expect(parseFloat(style.border), 'the badge keeps its outline').toBeGreaterThan(0);
    expect(opaque(style.color), 'the outline is drawn').toBe(true);
    expect(style.text, 'the badge says its status in words, not by color alone').toMatch(/Reported/);
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!));
    expect(ring.outlineStyle).toBe('solid');
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: 'test-results/modes/forced-colors-claim.png' });
  });

  test('the diagram keeps its lifelines, arrows and arrowheads', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(EXPLAINER_WITH_DIAGRAM);
    const diagram = page.locator('.diagram').first();
    await diagram.scrollIntoViewIfNeeded();
    const drawn = await diagram.evaluate((d) => {
      const arrow = d.querySelector('.arrow')!;
      const line = getComputedStyle(arrow, '::before');
      const head = getComputedStyle(arrow, '::after');
      const heads = [head.borderLeftColor, head.borderRightColor];
      return {
        lifelines: getComputedStyle(d.querySelector('.steps')!, '::before').backgroundImage,
        line: `${line.borderTopWidth} ${line.borderTopColor}`,
        head: heads,
        headSides: [head.borderTopColor, head.borderBottomColor],
      };
    });
    expect(drawn.lifelines, 'lifelines are drawn').toContain('gradient');
    expect(parseFloat(drawn.line), 'the arrow line has a width').toBeGreaterThan(0);
    expect(opaque(drawn.line.split(' ').slice(1).join(' ')), 'the arrow line has a color').toBe(true);
    expect(drawn.head.some(opaque), 'the arrowhead is drawn').toBe(true);
    expect(
      drawn.headSides.every((c) => !opaque(c)),
      'the arrowhead stays a triangle (its other sides transparent)',
    ).toBe(true);
    await diagram.screenshot({ path: 'test-results/modes/forced-colors-diagram.png' });
  });
});

test('with reduced motion nothing animates, transitions or glides', async ({ page }) => {
  const motion = (p: Page) =>
    p.evaluate(() => {
      const moving = [...document.querySelectorAll('*')].flatMap((e) =>
        [getComputedStyle(e), getComputedStyle(e, '::before'), getComputedStyle(e, '::after')]
          .filter((c) => parseFloat(c.transitionDuration) > 0 || (c.animationName !== 'none' && parseFloat(c.animationDuration) > 0))
          .map(() => e.tagName.toLowerCase() + (e.className ? `.${String(e.className).split(' ')[0]}` : '')),
      );
      return { moving, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
  await page.goto('');
  expect((await motion(page)).scroll, 'without a preference, in-page links glide').toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['', CLAIM, EXPLAINER_WITH_DIAGRAM, 'claims/', 'timeline/', 'search/?q=privacy']) {
    await page.goto(path);
    const { moving, scroll } = await motion(page);
    expect(moving, `${path}: nothing moves`).toEqual([]);
    expect(scroll, `${path}: links jump`).toBe('auto');
  }
});

for (const path of ['', CLAIM, EXPLAINER_WITH_DIAGRAM, 'claims/', 'timeline/', 'sources/android-central-2021-04-amazon-ecobee/']) {
  test(`keyboard alone: every stop on /${path} shows a focus ring and is in view`, async ({ page }) => {
    // Focus scrolls at once when the reader asks for reduced motion (the glide is checked above): each stop is where it ends up.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const c = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        return {
          id: `${e.tagName.toLowerCase()} ${e.getAttribute('href') ?? e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}`,
          ring: c.outlineStyle !== 'none' && parseFloat(c.outlineWidth) >= 2,
          inView: box.bottom > 0 && box.top < innerHeight && box.width > 0,
          box: `${Math.round(box.top)}..${Math.round(box.bottom)} of ${innerHeight}, ${Math.round(box.width)} wide`,
        };
      });
      if (!stop) break;
      expect(stop.ring, `/${path}: ${stop.id} shows a focus ring`).toBe(true);
      // In-page scrolling glides (scroll-behavior: smooth), so the focused element may still be on its way;
      // on a busy machine (the suite runs beside other stages) the glide can take seconds.
      if (!stop.inView) {
        await page
          .waitForFunction(
            () => {
              const box = document.activeElement!.getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight;
            },
            undefined,
            { timeout: 8000 },
          )
          .catch(() => expect(stop.inView, `/${path}: ${stop.id} is scrolled into view (${stop.box})`).toBe(true));
      }
      seen.add(stop.id);
    }
    expect(seen.size, `/${path}: the keyboard reaches the page's controls`).toBeGreaterThan(5);
  });
}

test.describe('print', () => {
  for (const path of [CLAIM, 'explainers/why-ecobee-said-no/']) {
    test(`/${path} prints its content only, with the addresses of its sources`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        title: (document.querySelector('main h1')?.getClientRects().length ?? 0) > 0,
        chrome: ['body > header', 'body > footer', '[data-site-search]', '.share', '.skip-link'].filter((s) => {
          const e = document.querySelector(s);
          return e && e.getClientRects().length > 0;
        }),
        sources: [...document.querySelectorAll<HTMLElement>('main a[href^="http"], main [data-print-url]')]
          .filter((a) => a.getClientRects().length > 0)
          .map((a) => ({ url: a.dataset.printUrl ?? (a as HTMLAnchorElement).href, after: getComputedStyle(a, '::after').content })),
      }));
      expect(printed.chrome, 'no header, footer, search or share box on paper').toEqual([]);
      expect(printed.title, 'the page’s own title (a claim’s statement) is on paper').toBe(true);
      expect(printed.sources.length, 'the page points to its sources').toBeGreaterThan(0);
      for (const link of printed.sources) {
        expect(link.url, 'an address a reader of the paper can type').toMatch(/^https?:\/\//);
        expect(link.after, 'each link to a source prints its address').toContain(link.url);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  }
});
