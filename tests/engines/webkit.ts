// WebKitGTK's MiniBrowser through its WebDriver (classic WebDriver, driven by
// selenium-webdriver), on a virtual display: MiniBrowser needs one.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { Builder, By } from 'selenium-webdriver';
import { WEBDRIVER_KEYS, type Engine } from './driver.ts';

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

async function ready(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${ms} ms`);
}

/** What is missing to run WebKitGTK here, and how to install it; undefined when nothing is. */
export function webkitMissing(): string | undefined {
  const absent = (
    [
      [WEBKIT_DRIVER, 'webkit2gtk-driver'],
      [MINIBROWSER, 'webkit2gtk-driver'],
      [XVFB_RUN, 'xvfb xauth'],
    ] as const
  ).filter(([path]) => !existsSync(path));
  if (!absent.length) return undefined;
  return `${absent.map(([path]) => path).join(' and ')} not found. Install them (Debian: sudo apt-get install ${[...new Set(absent.map(([, pkg]) => pkg))].join(' ')}), or run \`bash .ci/run\`, which installs them.`;
}

export async function launchWebKit(port = 4445): Promise<Engine> {
  // Its own process group, so closing ends Xvfb, the driver and the browser together.
  const server = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await ready(url, 15_000);
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
    const caps = await driver.getCapabilities();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    const element = (selector: string) => driver.findElement(By.css(selector));
    return {
      name: 'webkit',
      version: `WebKitGTK ${caps.get('browserVersion')}`,
      goto: (u) => driver.get(u),
      reload: () => driver.navigate().refresh(),
      run: (fn, ...args) =>
        driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1]; Promise.resolve((${fn.toString()})(...${JSON.stringify(args)})).then(done, (e) => done({ __error: String(e) }));`,
        ),
      // A pointer click through actions: WebKitWebDriver's element click neither
      // scrolls a button below the fold into view nor accepts a <summary>.
      click: async (selector) => {
        const el = await element(selector);
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', el);
        await driver.actions().move({ origin: el }).click().perform();
      },
      hover: async (selector) =>
        driver
          .actions()
          .move({ origin: await element(selector) })
          .perform(),
      press: (key) => driver.actions().sendKeys(WEBDRIVER_KEYS[key]).perform(),
      type: (text) => driver.actions().sendKeys(text).perform(),
      screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
      // Classic WebDriver has no console or network events: the in-page listeners (journeys.ts) stand in.
      drain: () => [],
      close: async () => {
        await driver.quit().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
