// The app takes over the prerendered pages without disturbing them: no layout shift from
// navigation until it has taken over (plus a second), no duplicated ids, the same text in <main>
// as the page has without JavaScript (nothing rendered twice); moving between views stays in
// the page (no full load, new title, focus on the view's heading, Back returns); and the code
// carries no content (the .wasm holds none of the essay, the notes or the glossary).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser,
  gotoExhibit,
  exhibitUrl,
  expectExhibitPath,
  waitForFocus,
  eventually,
  VIEWS,
  WAIT_MS,
  contentNotes,
} from './support.mjs';

const { withPage } = useBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const viewName = (path) => path || './ (essay)';
const VIEW_OF = { '': 'essay', 'timeline/': 'timeline', 'glossary/': 'glossary', 'figures/': 'figures' };

/** A view's <title> as its prerendered page has it (fetched, no browser involved). */
async function prerenderedTitle(path) {
  const html = await (await fetch(exhibitUrl({ path }))).text();
  const match = /<title>([^<]*)<\/title>/.exec(html);
  assert.ok(match, `${viewName(path)} has a <title>`);
  return match[1].replace(/&amp;/g, '&');
}

// ----- Layout shift -----

/**
 * Runs in the page before any of its scripts (page.addInitScript): collects every layout-shift
 * entry, buffered ones included, in window.__layoutShifts, described at once (the nodes may be
 * replaced later) so a failure can say what moved.
 */
function observeLayoutShifts() {
  window.__layoutShifts = [];
  const describe = (node) => {
    if (!node) return null;
    if (node.nodeType !== 1) return `#text "${(node.textContent ?? '').trim().slice(0, 40)}"`;
    const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  const rect = (r) => (r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}` : null);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__layoutShifts.push({
        value: entry.value,
        startTime: Math.round(entry.startTime),
        hadRecentInput: entry.hadRecentInput,
        appReady: document.documentElement.hasAttribute('data-app-ready'),
        sources: (entry.sources ?? []).map((source) => ({
          node: describe(source.node),
          from: rect(source.previousRect),
          to: rect(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const [device, options] of [['desktop', {}], ['phone', PHONE]]) {
  for (const path of VIEWS) {
    test(`no layout shift on ${viewName(path)} (${device}) from navigation until the app has taken over, plus one second`, () =>
      withPage(options, async ({ page }) => {
        await page.addInitScript(observeLayoutShifts);
        await gotoExhibit(page, { path });
        // A measuring window, not a wait for a condition: shifts the takeover causes late count too.
        await page.waitForTimeout(1000);
        const shifts = await page.evaluate(() => window.__layoutShifts);
        assert.ok(Array.isArray(shifts), 'the observer ran before the page’s scripts');
        const cls = shifts.reduce((sum, entry) => sum + entry.value, 0);
        assert.equal(cls, 0, `CLS of ${viewName(path)} on ${device}: ${cls.toFixed(4)}; entries:\n${JSON.stringify(shifts, null, 2)}`);
      }));
  }
}

// ----- One copy of everything -----

/** Ids that occur more than once in the document: [[id, count], …]. */
function duplicatedIds(page) {
  return page.evaluate(() => {
    const counts = new Map();
    for (const el of document.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    return [...counts].filter(([, count]) => count > 1);
  });
}

/**
 * The text of <main>: all of it (textContent) and the rendered part (innerText). The timeline's
 * track and details (.ex-tl-visual) are the app's controls, hidden by design without JavaScript
 * (DESIGN.md), so the rendered text leaves them out; its textContent still counts them.
 */
function mainText(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const controls = [...main.querySelectorAll('.ex-tl-visual')];
    const displays = controls.map((el) => el.style.display);
    controls.forEach((el) => { el.style.display = 'none'; });
    const shown = main.innerText;
    controls.forEach((el, i) => { el.style.display = displays[i]; });
    return { all: main.textContent, shown };
  });
}

/** The first place two texts differ, with some context, for failure messages. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at character ${i}: without JS …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}…, with the app …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}…`;
}

for (const path of VIEWS) {
  test(`${viewName(path)}: after the takeover no id is duplicated and <main> has the same text as without JavaScript`, async () => {
    const without = await withPage({ javaScriptEnabled: false }, async ({ page }) => {
      page.setDefaultTimeout(WAIT_MS);
      const response = await page.goto(exhibitUrl({ path }), { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), false, 'JavaScript is off');
      return { text: await mainText(page), duplicates: await duplicatedIds(page) };
    }, { label: 'without JavaScript' });
    const withApp = await withPage(async ({ page }) => {
      await gotoExhibit(page, { path });
      assert.equal(await page.locator('#ex-app').getAttribute('data-view'), VIEW_OF[path]);
      return { text: await mainText(page), duplicates: await duplicatedIds(page) };
    }, { label: 'with the app' });
    assert.deepEqual(without.duplicates, [], 'duplicated ids without JavaScript');
    assert.deepEqual(withApp.duplicates, [], 'duplicated ids after the takeover');
    assert.ok(without.text.shown.length > 1000, `${viewName(path)} has its content without JavaScript`);
    assert.ok(
      without.text.all === withApp.text.all,
      `<main>'s text content changed when the app took over (${without.text.all.length} → ${withApp.text.all.length} characters) ${firstDifference(without.text.all, withApp.text.all)}`,
    );
    assert.ok(
      without.text.shown === withApp.text.shown,
      `<main>'s visible text changed when the app took over (${without.text.shown.length} → ${withApp.text.shown.length} characters) ${firstDifference(without.text.shown, withApp.text.shown)}`,
    );
  });
}

// ----- Moving between views -----

/** Sets a marker on the window (gone after a full page load) and counts the page's loads. */
async function markWindow(page) {
  const marker = `marker-${Date.now()}-${Math.random()}`;
  await page.evaluate((value) => { window.__exhibitMarker = value; }, marker);
  const loads = { count: 0 };
  page.on('domcontentloaded', () => { loads.count += 1; });
  return {
    async expectSamePage(where) {
      assert.equal(await page.evaluate(() => window.__exhibitMarker), marker, `${where}: the window marker survives (no full page load)`);
      assert.equal(loads.count, 0, `${where}: page loads`);
    },
  };
}

/** The state that says which view is shown (`current`: the nav links marked current, resolved). */
async function viewState(page) {
  return page.evaluate(() => ({
    view: document.getElementById('ex-app')?.dataset.view,
    title: document.title,
    h1: document.getElementById('ex-view-title')?.textContent,
    current: [...document.querySelectorAll('.ex-nav a[aria-current="page"]')].map((a) => a.href),
  }));
}

test('from the essay, the nav link "Timeline" moves to timeline/ in the page: new title, focus on its heading; Back returns', () =>
  withPage(async ({ page }) => {
    const essayTitle = await prerenderedTitle('');
    const timelineTitle = await prerenderedTitle('timeline/');
    assert.notEqual(essayTitle, timelineTitle);
    await gotoExhibit(page);
    const loads = await markWindow(page);
    await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline', exact: true }).click();
    await expectExhibitPath(page, 'timeline/');
    await eventually(async () => {
      const state = await viewState(page);
      assert.deepEqual(state, { view: 'timeline', title: timelineTitle, h1: 'Timeline, 1918–2022', current: [exhibitUrl({ path: 'timeline/' })] });
    });
    await waitForFocus(page, 'ex-view-title');
    await loads.expectSamePage('timeline/');
    // The new view is live: the app has wired its track.
    await eventually(async () => assert.equal(await page.locator('#ex-tl-track').getAttribute('role'), 'listbox'));

    await page.goBack();
    await expectExhibitPath(page, '');
    await eventually(async () => {
      const state = await viewState(page);
      assert.deepEqual(state, { view: 'essay', title: essayTitle, h1: 'Prisoners of GULAG Released', current: [exhibitUrl()] });
    });
    await loads.expectSamePage('Back to the essay');
    // The essay is live again: a marker opens its note.
    await page.getByRole('link', { name: 'Editorial note 1', exact: true }).first().click();
    await page.locator('#ex-note-panel').waitFor({ state: 'visible' });
    await loads.expectSamePage('note opened');
  }));

test('every nav link moves between the views in the page, each with its own title; Back and Forward retrace them', () =>
  withPage(async ({ page }) => {
    const titles = Object.fromEntries(await Promise.all(VIEWS.map(async (path) => [path, await prerenderedTitle(path)])));
    assert.equal(new Set(Object.values(titles)).size, VIEWS.length, 'each view has its own title');
    const names = { '': 'The essay', 'timeline/': 'Timeline', 'glossary/': 'Glossary', 'figures/': 'Figures' };
    await gotoExhibit(page);
    const loads = await markWindow(page);
    const route = ['timeline/', 'glossary/', 'figures/', ''];
    for (const path of route) {
      await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: names[path], exact: true }).click();
      await expectExhibitPath(page, path);
      await eventually(async () => {
        const state = await viewState(page);
        assert.deepEqual(state.current, [exhibitUrl({ path })], `after "${names[path]}": the nav link marked current`);
        assert.deepEqual({ view: state.view, title: state.title }, { view: VIEW_OF[path], title: titles[path] }, `after "${names[path]}"`);
      });
      await waitForFocus(page, 'ex-view-title');
      await loads.expectSamePage(viewName(path));
    }
    // Back through figures/, glossary/, timeline/ to the essay.
    for (const path of ['figures/', 'glossary/', 'timeline/', '']) {
      await page.goBack();
      await expectExhibitPath(page, path);
      await eventually(async () => {
        const state = await viewState(page);
        assert.deepEqual({ view: state.view, title: state.title }, { view: VIEW_OF[path], title: titles[path] }, `Back to ${viewName(path)}`);
      });
    }
    await page.goForward();
    await expectExhibitPath(page, 'timeline/');
    await eventually(async () => assert.equal((await viewState(page)).view, 'timeline'));
    await loads.expectSamePage('after Back and Forward');
  }));

// ----- The code carries no content -----

const ASCII = /^[\x20-\x7e]+$/;
const PLAIN = (text) => ASCII.test(text) && !/[[\]{}=#&<>'"\\]/.test(text);
const contentFile = (name) => readFileSync(new URL(`../../assets/content/${name}`, import.meta.url), 'utf8');

/** Lines of the essay's blocks that are plain ASCII words (no markup), 30 characters or more. */
const ESSAY_PHRASES = contentFile('essay.toml')
  .split(/^\[\[block\]\]\s*$/m)
  .slice(1)
  .flatMap((block) => block.split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.length >= 30 && PLAIN(line));

/** Note titles of 20 characters or more in plain ASCII. */
const NOTE_TITLES = contentNotes().map((note) => note.title).filter((title) => title.length >= 20 && PLAIN(title));

/** Sentences of glossary definitions in plain ASCII, 40 characters or more. */
const DEFINITION_SENTENCES = [...contentFile('glossary.toml').matchAll(/^definition = "((?:[^"\\]|\\.)*)"\s*$/gm)]
  .flatMap((match) => JSON.parse(`"${match[1]}"`).split(/(?<=\.) /))
  .filter((sentence) => sentence.length >= 40 && PLAIN(sentence));

test('the code carries no content: no build\'s .wasm holds a sentence of the essay, note title or glossary definition', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    // The builds' files as the page's inline head script names them, resolved like the script
    // does: the ordinary pages' first, then one per mode (a frame's, a kiosk's).
    const builds = await page.evaluate(() => {
      const script = [...document.head.querySelectorAll('script:not([src])')].find((s) => /_bg\.wasm/.test(s.textContent));
      if (!script) return [];
      const root = script.getAttribute('data-root') ?? '.';
      return [...script.textContent.matchAll(/gulag-exhibit-(?:[a-z]+-)?[0-9a-f]+_bg\.wasm/g)].map(
        ([name]) => new URL(`${root}/${name}`, document.baseURI).href,
      );
    });
    assert.equal(builds.length, 3, `the inline head script names the ordinary, the frame's and the kiosk's build: ${builds}`);
    assert.match(builds[1], /gulag-exhibit-embed-/);
    assert.match(builds[2], /gulag-exhibit-kiosk-/);
    // The ordinary page loaded the ordinary build.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => new URL(name).pathname.endsWith('.wasm')),
    );
    assert.deepEqual(loaded, [builds[0]], 'the .wasm the page loaded');

    // The phrases are real content: each is on the prerendered pages.
    const pages = (await Promise.all(['', 'glossary/'].map(async (path) => (await fetch(exhibitUrl({ path }))).text()))).join('\n');
    const groups = { 'essay sentences': ESSAY_PHRASES, 'note titles': NOTE_TITLES, 'glossary definitions': DEFINITION_SENTENCES };
    for (const [what, phrases] of Object.entries(groups)) {
      assert.ok(phrases.length >= 3, `at least 3 ${what} to look for (found ${phrases.length})`);
      assert.deepEqual(phrases.filter((phrase) => !pages.includes(phrase)), [], `${what} missing from the pages`);
    }
    for (const build of builds) {
      const response = await fetch(build);
      assert.equal(response.status, 200, `GET ${build}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.equal(bytes.subarray(0, 4).toString('latin1'), '\0asm', 'a WebAssembly module');
      const code = bytes.toString('latin1');
      // The search can find text that is there: the code names the attribute it sets on takeover.
      assert.ok(code.includes('data-app-ready'), 'the code’s own strings are searchable as latin1');
      for (const [what, phrases] of Object.entries(groups)) {
        assert.deepEqual(phrases.filter((phrase) => code.includes(phrase)), [], `${what} found in ${new URL(build).pathname}`);
      }
    }
  }));
