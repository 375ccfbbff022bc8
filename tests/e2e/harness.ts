/**
 * End-to-end harness: the real server on an ephemeral port over a fresh data folder with the
 * demo data, Debian's Chromium driven by playwright-core, and one `close()` that ends it all.
 * One-time codes go to a MemorySmsProvider so tests can read them back. The server serves a
 * copy of the built apps taken at start-up, so a rebuild during the run does not disturb it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, defaultWebDir } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/deps.js';
import { DEMO_PASSWORD } from '../../src/demo/demoData.js';
import { seedDemo } from '../../src/demo/seed.js';
import { MemorySmsProvider } from '../../src/infra/sms.js';
import { closeDeps, createDeps, startBackground } from '../../src/runtime.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Set to a folder to keep screenshots. */
export const SHOTS = process.env.ZW_E2E_SHOTS;
export { DEMO_PASSWORD };
/** For expect.poll: Vitest's default of 1 s is short for a page that loads and renders under load. */
export const SOON = { timeout: 5_000 };

/** Playwright's own timeout for one action or wait in contexts made by `newContext`. */
const STEP_TIMEOUT = 10_000;
const quiet = { info() {}, warn() {}, error() {} };

export interface ContextOpts {
  /** Let the citizen app ask its one-time new-article alerts question (off by default). */
  askAboutPush?: boolean;
}

export interface Harness {
  /** `http://127.0.0.1:<port>` */
  base: string;
  browser: Browser;
  sms: MemorySmsProvider;
  deps: AppDeps;
  app: FastifyInstance;
  /**
   * A fresh browser context whose actions and waits give up after 10 s, well inside the test
   * timeout, so a failure names the step that hung rather than just the test.
   */
  newContext(options?: BrowserContextOptions, opts?: ContextOpts): Promise<BrowserContext>;
  /** Closes the browser, the server, the background loops and the database; removes the run's folder. */
  close(): Promise<void>;
}

/** Every file under `dir` with its size and modification time: equal listings, same build. */
function listing(dir: string): string {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return entries
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const st = fs.statSync(file);
      return `${path.relative(dir, file)} ${st.size} ${st.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The bundles an app's index.html names, as paths inside the app's folder. */
function bundlesOf(appDir: string, prefix: string): string[] {
  const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => u.startsWith(`${prefix}assets/`))
    .map((u) => path.join(appDir, u.slice(prefix.length)));
}

const APPS = [
  { dir: 'citizen', prefix: '/' },
  { dir: 'console', prefix: '/console/' },
];
const NOT_BUILT = (dir: string) =>
  new Error(`the web apps are not built in ${dir}: run \`npm run build:web\` (npm test does it first)`);

/** True when something under dir was written within the last minute: a build may be running. */
function recentlyWritten(dir: string): boolean {
  const folders = [dir, ...APPS.map((a) => path.join(dir, a.dir))].filter((f) => fs.existsSync(f));
  return folders.some((f) => Date.now() - fs.statSync(f).mtimeMs < 60_000);
}

/**
 * Copies the built apps into the run's own folder, so a `npm run build:web` running meanwhile
 * (another engineer, a watcher) cannot swap the bundles under an open page. Retries until the
 * copy is of one finished build: the source did not change while it was copied, and every
 * bundle the index pages name is there. Fails at once when the apps were never built.
 */
async function snapshotWebApps(from: string, to: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const built = APPS.every((a) => fs.existsSync(path.join(from, a.dir, 'index.html')));
      if (built) {
        const before = listing(from);
        fs.rmSync(to, { recursive: true, force: true });
        fs.cpSync(from, to, { recursive: true });
        const complete = APPS.flatMap((a) => bundlesOf(path.join(to, a.dir), a.prefix)).every((f) =>
          fs.existsSync(f),
        );
        if (complete && listing(from) === before) return;
      } else if (!recentlyWritten(from)) {
        throw NOT_BUILT(from);
      }
    } catch (e) {
      // A build removes files while they are listed or copied; anything else is real.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`the web apps in ${from} kept changing (a build running?)`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const builtDir = defaultWebDir();

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-e2e-'));
  const dataDir = path.join(runDir, 'data');
  const webDir = path.join(runDir, 'web');
  const sms = new MemorySmsProvider();
  let deps: AppDeps | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let stopBackground: (() => Promise<void>) | undefined;

  const close = async () => {
    await browser?.close().catch(() => undefined);
    await app?.close();
    await stopBackground?.();
    if (deps) await closeDeps(deps);
    fs.rmSync(runDir, { recursive: true, force: true });
  };

  try {
    await snapshotWebApps(builtDir, webDir);
    fs.mkdirSync(dataDir);
    deps = await createDeps({ ...loadConfig({}), dataDir }, quiet, { sms });
    await seedDemo(deps);
    stopBackground = startBackground(deps);
    app = await buildApp(deps, { webDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // A fake microphone (a beep) that needs no permission prompt: voice messages.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    });
    const launched = browser;
    const newContext = async (options?: BrowserContextOptions, opts: ContextOpts = {}) => {
      const context = await launched.newContext(options);
      context.setDefaultTimeout(STEP_TIMEOUT);
      // The citizen app asks once, in a modal, whether to turn on new-article alerts (after a
      // follow, when its service worker is ready). Tests about other things would have it pop
      // up at a moment that depends on the service worker's timing, so their devices have
      // "already been asked" unless a test wants the question.
      if (!opts.askAboutPush)
        await context.addInitScript(() => localStorage.setItem('zw.webpush.asked', 'e2e'));
      return context;
    };
    return { base, browser, sms, deps, app, newContext, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

/** Saves a screenshot when ZW_E2E_SHOTS names a folder; does nothing otherwise. */
export async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * The text box behind a test id: Vant and Element Plus put the id either on the wrapper or
 * on the native input, so both are tried.
 */
export function inputByTestId(page: Page | Locator, testId: string): Locator {
  return page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first();
}

/** Signs a staff member in to the console and waits until the console has left the sign-in page. */
export async function signInConsole(
  page: Page,
  base: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${base}/console/login`);
  await inputByTestId(page, 'login-username').fill(username);
  await inputByTestId(page, 'login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/console/login'));
}

/** The demo account's numeric id, by handle (public API). */
export async function accountId(base: string, handle: string): Promise<number> {
  const res = await fetch(`${base}/api/accounts/${handle}`);
  if (!res.ok) throw new Error(`GET /api/accounts/${handle}: ${res.status}`);
  return ((await res.json()) as { id: number }).id;
}

/** Signs a citizen in through the app's own sign-in page (the code read back from the SMS stub). */
export async function signInCitizen(h: Harness, page: Page, phone: string): Promise<void> {
  await page.goto(`${h.base}/login`);
  await inputByTestId(page, 'login-phone').fill(phone);
  await page.getByTestId('login-send').click();
  await expect.poll(() => h.sms.lastCodeFor(phone), SOON).toMatch(/^\d{6}$/);
  await inputByTestId(page, 'login-code').fill(h.sms.lastCodeFor(phone)!);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Follows an account from its profile and opens its thread. */
export async function followAndOpenThread(h: Harness, page: Page, handle = 'henan-edu'): Promise<void> {
  await page.goto(`${h.base}/accounts/${handle}`);
  await page.getByTestId('follow-button').click();
  await expect
    .poll(() => page.getByTestId('follow-button').getAttribute('data-following'), SOON)
    .toBe('true');
  await page.getByTestId('thread-link').first().click();
  await page.getByTestId('thread-list').waitFor();
}
