// Shared helpers for the end-to-end specs (node:test + playwright-core + axe).
// The specs run against the release build in dist/, served by .ci/test (or .ci/serve by hand).
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// Where the bundle is served. .ci/test sets E2E_BASE_URL; the fallback matches .ci/serve's default port.
export const baseUrl = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080/').href;

// Debian's chromium: playwright's own browser download is unreachable here (no `playwright install`).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless Debian chromium with flags that keep it quiet and stable in containers. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', // we run as root in CI containers
      '--disable-gpu',
      '--disable-dev-shm-usage', // small /dev/shm in containers
      '--disable-background-networking', // no internet: avoid stray requests and their delays
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    ...options,
  });
}

/**
 * A page in its own fresh browser context (clean storage, no shared state between tests).
 * Use this rather than browser.newPage(): runAxe needs a page whose context can open a second page,
 * which pages from browser.newPage() cannot. Closing the page's context: `await page.context().close()`.
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await watchPolicy(context);
  return context.newPage();
}

/** The exhibit's own origin: the only one its pages may ask anything of. */
const exhibitOrigin = new URL(baseUrl).origin;

/**
 * Watches a browser context for what a strict server must never see happen: a
 * Content-Security-Policy violation (each page reports its `securitypolicyviolation` events)
 * and a request from one of the exhibit's pages (or its service worker) to another origin. A
 * visitor following a link elsewhere is a navigation, not a request the exhibit makes, and a
 * host page of a test (embedding) is not the exhibit. Returns `{ violations, foreign }`, live
 * arrays of readable strings, also kept as `context.exhibitPolicy`.
 */
export async function watchPolicy(context) {
  const found = { violations: [], foreign: [] };
  await context.exposeBinding('__exhibitPolicyViolation', ({ frame }, report) => {
    found.violations.push(`${report} on ${frame.url()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      window.__exhibitPolicyViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(nothing named)'}${where}`,
      );
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol) || url.origin === exhibitOrigin) return;
    if (request.isNavigationRequest()) return;
    let from = exhibitOrigin; // a service worker's request has no frame, and is the exhibit's
    try {
      from = new URL(request.frame().url()).origin;
    } catch {}
    if (from === exhibitOrigin) found.foreign.push(`${request.method()} ${request.url()}`);
  });
  context.exhibitPolicy = found;
  return found;
}

/**
 * Collects console.error messages and uncaught page errors (e.g. wasm panics, failed resource loads)
 * from the moment it is called. Returns the (live) array; assert it is empty at the end of a test.
 */
export function collectConsoleErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  return errors;
}

/**
 * One browser for the tests of a spec file: call once at the spec's top level. Registers node:test
 * hooks that launch the browser before the file's tests and close it after them, and returns
 * `{ withPage }`, which runs a test body on a fresh page of that browser:
 *
 *   const { withPage } = useBrowser();
 *   test('…', () => withPage({ colorScheme: 'dark' }, async ({ page }) => { … }));
 *
 * withPage([contextOptions], body, [{ checkConsoleErrors = true, label }]) opens a page in its own
 * context (openPage), collects its console errors (collectConsoleErrors), awaits
 * `body({ page, errors })`, then asserts that no console errors were collected (message
 * "console errors", or "<label>: console errors" when a test opens several pages), unless
 * checkConsoleErrors is false, and, always, that no Content-Security-Policy violation and no
 * request to another origin happened (watchPolicy). The context is closed whether the body passes or throws; a body that
 * throws fails the test with its own error, not with the console errors.
 */
export function useBrowser(launchOptions) {
  let browser;
  before(async () => {
    browser = await launchBrowser(launchOptions);
  });
  after(async () => {
    await browser?.close();
  });
  return { withPage: (...args) => withPageOf(browser, ...args) };
}

async function withPageOf(browser, contextOptions, body, { checkConsoleErrors = true, label } = {}) {
  if (typeof contextOptions === 'function') return withPageOf(browser, {}, contextOptions, body);
  const page = await openPage(browser, contextOptions);
  try {
    const errors = collectConsoleErrors(page);
    const result = await body({ page, errors });
    const named = (what) => (label ? `${label}: ${what}` : what);
    if (checkConsoleErrors) assert.deepEqual(errors, [], named('console errors'));
    const { violations, foreign } = page.context().exhibitPolicy;
    assert.deepEqual(violations, [], named('Content-Security-Policy violations'));
    assert.deepEqual(foreign, [], named('requests to other origins'));
    return result;
  } finally {
    await page.context().close();
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the current page state (WCAG 2.2 AA + best practices) and returns the violations
 * as readable strings, one per rule with its offending nodes; an empty array means no violations, so
 * `assert.deepEqual(await runAxe(page), [])` prints a useful diff when it fails.
 * Optional: { include, exclude } CSS selectors, { disableRules } rule ids.
 * The page must come from openPage() (a browser.newContext() page), not browser.newPage().
 */
export async function runAxe(page, { include, exclude, disableRules } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules) builder = builder.disableRules(disableRules);
  const { violations } = await builder.analyze();
  return violations.map(formatViolation);
}

/**
 * The camp map's pins. On a phone the map is too small for its 23 pins to be 24 px apart
 * (axe's target-size); WCAG 2.5.8 allows that because the map's data table selects every camp
 * too, with 44 px rows on touch. map.test.mjs checks both; page-wide scans on phones leave the
 * pins out: `runAxe(page, { exclude: MAP_PINS })`.
 */
export const MAP_PINS = '.ex-map__camps';

function formatViolation(violation) {
  const nodes = violation.nodes.map((node) => {
    // failureSummary is "Fix any of the following:\n  reason\n  reason"; keep one reason per line.
    const summary = (node.failureSummary ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => (line.startsWith('Fix ') ? `      ${line}` : `        ${line}`));
    return [`    - ${node.target.join(' ')}`, ...summary].join('\n');
  });
  return [
    `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...nodes,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Helpers for the behaviour specs (essay, notes, reading, deep links, modes, a11y, layout).
// playwright-core has no `expect`, so assertions that must wait use eventually() or waitFor*.
// ---------------------------------------------------------------------------------------------

/** Default wait for one condition (the app is a local static page: things happen in ms). */
export const WAIT_MS = 10_000;

/**
 * The 18 editorial notes in the order their markers first appear in the essay (= their numbers,
 * 1..18). Hard-coded on purpose: it is the contract the page is checked against.
 */
export const NOTE_IDS = [
  'camps-before-stalin',
  'range-of-prisoners',
  'enemies-of-the-people',
  'amnesty-list',
  'geldom',
  'innocent-without-trial',
  'first-post-stalin-measure',
  'old-tradition',
  'released-that-day',
  'not-only-russians',
  'free-labour',
  'not-all-released',
  'twentieth-congress',
  'rehabilitation-began-earlier',
  'a-system-not-an-incident',
  'gulag-archipelago',
  'nobel-prize',
  'photo-credits',
];

/** The note's number (1-based), by id. */
export function noteNumber(id) {
  const index = NOTE_IDS.indexOf(id);
  assert.notEqual(index, -1, `unknown note id ${id}`);
  return index + 1;
}

/** Blog leftovers of the original that the edition must not show. */
export const LEFTOVERS = ['Leave a Reply', '(Photo from', 'Information from:'];

const contentDir = new URL('../../assets/content/', import.meta.url);

/**
 * Reads `[[table]]` entries' simple `key = "string"` fields from one of the content TOML files
 * (read-only; enough TOML for ids and titles, which are one-line basic strings).
 */
function readTomlTables(file, table) {
  const text = readFileSync(new URL(file, contentDir), 'utf8');
  return text
    .split(new RegExp(`^\\[\\[${table}\\]\\]\\s*$`, 'm'))
    .slice(1)
    .map((chunk) => {
      const entry = {};
      for (const match of chunk.matchAll(/^([a-z_-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm)) {
        entry[match[1]] = JSON.parse(`"${match[2]}"`);
      }
      return entry;
    });
}

/** The notes as the content files define them: [{ id, title, verdict }] in file order. */
export function contentNotes() {
  return readTomlTables('notes.toml', 'note').map(({ id, title, verdict }) => ({ id, title, verdict }));
}

/** The ids of the sources in assets/content/sources.toml, in file order. */
export function contentSourceIds() {
  return readTomlTables('sources.toml', 'source').map(({ id }) => id);
}

/** The glossary as glossary.toml defines it: [{ id, kind, name, russian }] in file order. */
export function contentTerms() {
  return readTomlTables('glossary.toml', 'term').map(({ id, kind, name, russian }) => ({ id, kind, name, russian }));
}

/** A note's title from notes.toml. */
export function noteTitle(id) {
  const note = contentNotes().find((n) => n.id === id);
  assert.ok(note, `note ${id} is not in notes.toml`);
  return note.title;
}

/**
 * The exhibit's URL for a view's folder (`''` for the essay, `'timeline/'`, `'glossary/'`,
 * `'figures/'`), a query (e.g. '?mode=kiosk') and a fragment (e.g. '#note-geldom'). The suite
 * serves the exhibit under a sub-path (see .ci/e2e), so links must be relative to work at all.
 */
export function exhibitUrl({ path = '', search = '', hash = '' } = {}) {
  const url = new URL(path, baseUrl);
  url.search = search;
  url.hash = hash;
  return url.href;
}

/** The views' folders, in the navigation's order. */
export const VIEWS = ['', 'timeline/', 'glossary/', 'figures/'];

/**
 * Opens a view of the exhibit and waits until the app has taken it over (`<html
 * data-app-ready>`, set once the app has shown what the address asks for).
 */
export async function gotoExhibit(page, { path = '', search = '', hash = '' } = {}) {
  page.setDefaultTimeout(WAIT_MS);
  const url = exhibitUrl({ path, search, hash });
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${url}`);
  await waitForApp(page);
}

/** Waits until the app has taken over the page in a page or frame. */
export async function waitForApp(pageOrFrame) {
  await pageOrFrame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: WAIT_MS });
}

/** The address of a page or frame relative to the exhibit's root (e.g. 'timeline/#event-x'). */
export async function exhibitPath(pageOrFrame) {
  const href = await pageOrFrame.evaluate(() => location.href);
  assert.ok(href.startsWith(baseUrl), `${href} is outside the exhibit (${baseUrl})`);
  return href.slice(baseUrl.length);
}

/**
 * Retries `check` (an async function that throws, e.g. with assert) until it passes or
 * `timeout` ms have passed; then rethrows its last error. The polling analogue of expect().
 */
export async function eventually(check, { timeout = WAIT_MS, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/**
 * A note marker by its accessible name ("Editorial note N"); `occurrence` 1 = first marker. A
 * marker is a link to the note in the list of notes, which the app opens in the panel instead.
 */
export function markerByNumber(page, number, occurrence = 1) {
  return page
    .getByRole('link', { name: `Editorial note ${number}`, exact: true })
    .nth(occurrence - 1);
}

/** The note panel element, whether open or closed. */
export function notePanel(page) {
  return page.locator('#ex-note-panel');
}

/** Waits until the element with `id` has focus; fails with what has focus instead. */
export async function waitForFocus(page, id) {
  await eventually(async () => {
    const active = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : 'none';
    });
    assert.match(active, new RegExp(`#${id}$`), `focus should be on #${id}`);
  });
}

/**
 * Waits until the panel shows note `id` and the page agrees: the dialog is visible with the
 * note's title and "Editorial note N of 18", its markers say aria-expanded=true, its passages say
 * data-active=true, and no other note is marked open.
 */
export async function expectNoteOpen(page, id) {
  const number = noteNumber(id);
  const title = noteTitle(id);
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await dialog.waitFor({ state: 'visible', timeout: WAIT_MS });
  await eventually(async () => {
    const state = await page.evaluate(() => ({
      panelHidden: document.getElementById('ex-note-panel').hidden,
      heading: document.getElementById('ex-note-panel-title')?.textContent.trim(),
      kicker: document.querySelector('#ex-note-panel .ex-note-panel__kicker')?.textContent.replace(/\s+/g, ' ').trim(),
      expanded: [...document.querySelectorAll('a.ex-marker[aria-expanded="true"]')].map((b) => b.id),
      active: [...document.querySelectorAll('span.ex-noted[data-active="true"]')].map((s) => s.dataset.note),
    }));
    assert.equal(state.panelHidden, false, 'panel has the hidden attribute');
    assert.equal(state.heading, title, 'panel heading');
    assert.ok(
      state.kicker?.includes(`Editorial note ${number} of ${NOTE_IDS.length}`),
      `panel kicker "${state.kicker}" should say "Editorial note ${number} of ${NOTE_IDS.length}"`,
    );
    const markers = await page.locator(`a.ex-marker[id^="ref-${id}-"]`).evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(state.expanded.sort(), markers.sort(), 'markers with aria-expanded=true');
    assert.ok(state.active.length >= 1, 'no passage has data-active=true');
    assert.deepEqual([...new Set(state.active)], [id], 'passages with data-active=true');
  });
}

/** Waits until no note is open: panel hidden, no marker expanded, no passage active. */
export async function expectNoNoteOpen(page) {
  await notePanel(page).waitFor({ state: 'hidden', timeout: WAIT_MS });
  await eventually(async () => {
    const state = await page.evaluate(() => ({
      hiddenAttr: document.getElementById('ex-note-panel')?.hasAttribute('hidden'),
      expanded: [...document.querySelectorAll('a.ex-marker[aria-expanded="true"]')].map((b) => b.id),
      active: [...document.querySelectorAll('span.ex-noted[data-active="true"]')].map((s) => s.dataset.note),
    }));
    assert.deepEqual(state, { hiddenAttr: true, expanded: [], active: [] });
  });
}

/** Waits for location.hash to equal `expected`. */
export async function expectHash(pageOrFrame, expected) {
  await eventually(async () => {
    assert.equal(await pageOrFrame.evaluate(() => location.hash), expected, 'location.hash');
  });
}

/** Parses a computed CSS colour 'rgb(r, g, b)' / 'rgba(r, g, b, a)' / 'rgb(r g b / a)'. */
export function parseCssColor(text) {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
  assert.ok(match, `cannot parse CSS colour "${text}"`);
  let alpha = match[4] === undefined ? 1 : parseFloat(match[4]);
  if (match[4]?.endsWith('%')) alpha /= 100;
  return { r: +match[1], g: +match[2], b: +match[3], a: alpha };
}

/** WCAG 2.x relative luminance of an sRGB colour {r, g, b} (0..255). */
export function relativeLuminance({ r, g, b }) {
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two opaque colours (1..21). */
export function contrastRatio(a, b) {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Waits until every finite CSS animation and transition in the document has finished (e.g. the
 * panel's rise-in, colour transitions after a colour-scheme switch), then for two frames, so
 * measurements and axe's colour checks see the settled page, not a frame mid-transition.
 */
export async function settle(page) {
  await page.evaluate(async () => {
    const finite = () =>
      document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    for (let round = 0; round < 5 && finite().some((a) => a.playState === 'running' || a.playState === 'pending'); round += 1) {
      await Promise.allSettled(finite().map((animation) => animation.finished));
    }
    // A smooth scroll (a link bringing its target into view) is no animation: wait until
    // the page has stood still for a few frames.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let still = 0, last = scrollY, frames = 0; still < 3 && frames < 120; frames += 1) {
      await frame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers added for the prerendered pages (static.test.mjs and the migrated behaviour specs).
// ---------------------------------------------------------------------------------------------

/** The ids of the timeline's events in assets/content/timeline.toml, in file order. */
export function contentEventIds() {
  return readTomlTables('timeline.toml', 'event').map(({ id }) => id);
}

/** The ids of the camps on the map in assets/content/camps.toml, in file order. */
export function contentCampIds() {
  return readTomlTables('camps.toml', 'camp').map(({ id }) => id);
}

/** The ids of the charts (`[[figure]]`) in assets/content/figures.toml, in file order. */
export function contentFigureIds() {
  return readTomlTables('figures.toml', 'figure').map(({ id }) => id);
}

/** Whether an element's box is at least partly inside the viewport. */
export function isInViewport(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  });
}

/**
 * The elements of `locator` that a reader cannot see: not rendered, invisible, smaller than
 * `minSize` px either way, or inside a clipped ancestor (the visually-hidden pattern, which
 * Playwright's isVisible() counts as visible). Returns their ids (or tag names); [] = all shown.
 */
export function notShown(locator, { minSize = 4 } = {}) {
  return locator.evaluateAll(
    (elements, min) =>
      elements
        .filter((element) => {
          const rect = element.getBoundingClientRect();
          if (rect.width < min || rect.height < min) return true;
          for (let el = element; el; el = el.parentElement) {
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility !== 'visible' || style.clipPath !== 'none' || style.opacity === '0') return true;
          }
          return false;
        })
        .map((element) => element.id || element.tagName.toLowerCase()),
    minSize,
  );
}

/**
 * Waits until the address relative to the exhibit's root (see exhibitPath) equals `expected`,
 * e.g. 'timeline/#event-amnesty-decree' or '' for the essay with nothing open.
 */
export async function expectExhibitPath(pageOrFrame, expected) {
  await eventually(async () => {
    assert.equal(await exhibitPath(pageOrFrame), expected, 'address (relative to the exhibit)');
  });
}

/**
 * Asserts that `check` (an async function that throws, e.g. with assert) passes at once and keeps
 * passing for `duration` ms (checked every `interval` ms): for states that must last, such as a
 * card staying open while hovered, where waiting for a condition cannot say it.
 */
export async function throughout(check, { duration = 800, interval = 50 } = {}) {
  const deadline = Date.now() + duration;
  for (;;) {
    await check();
    if (Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Opens an address afresh: via about:blank first, so that an address differing only in its
 * fragment loads the page again instead of only moving to the fragment. Then as gotoExhibit.
 */
export async function gotoFresh(page, { path = '', search = '', hash = '' } = {}) {
  await page.goto('about:blank');
  await gotoExhibit(page, { path, search, hash });
}
