// The prerendered pages on their own, with JavaScript switched off: every view is complete and
// readable, every link leads somewhere that exists, ids are unique, the plain links do what the
// app would (a marker goes to its note, a glossary mark to its entry, a timeline mark to its
// event, a camp pin shows the camp), the reading switches by CSS alone, and each page says what
// it is in its <head>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  baseUrl,
  exhibitUrl,
  expectExhibitPath,
  eventually,
  isInViewport,
  notShown,
  VIEWS,
  NOTE_IDS,
  WAIT_MS,
  contentTerms,
  contentEventIds,
  contentCampIds,
  contentFigureIds,
  contentSourceIds,
} from './support.mjs';

const { withPage } = useBrowser();

const NO_JS = { javaScriptEnabled: false };
const CAMP_COUNT = 23;
const EVENT_COUNT = 50;

/** A readable name for a view's folder. */
const viewName = (path) => path || './ (essay)';

/** Opens a view without JavaScript and checks that it answered 200. */
async function openStatic(page, path, hash = '') {
  page.setDefaultTimeout(WAIT_MS);
  const url = exhibitUrl({ path, hash });
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${url}`);
}

/** Waits until the element with `id` is the page's :target and is (at least partly) on screen. */
async function expectTargetShown(page, id) {
  const element = page.locator(`[id="${id}"]`);
  await eventually(async () => {
    assert.equal(await element.evaluate((el) => el.matches(':target')), true, `#${id} is the :target`);
    assert.equal(await element.isVisible(), true, `#${id} is visible`);
    assert.equal(await isInViewport(element), true, `#${id} is scrolled into view`);
  });
}

// ----- Each view is complete without JavaScript -----

/** What each view must show without the app. */
const CONTENT = {
  '': async (page) => {
    const endnotes = await page.locator('ol#notes-list > li').evaluateAll((items) =>
      items.map((li) => ({ id: li.id, number: li.dataset.number })),
    );
    assert.deepEqual(
      endnotes,
      NOTE_IDS.map((id, index) => ({ id: `note-${id}`, number: String(index + 1) })),
      'the 18 endnotes in number order',
    );
    assert.deepEqual(await notShown(page.locator('ol#notes-list > li')), [], 'endnotes that are not shown');
    const text = page.locator('#essay-text');
    assert.equal(await text.locator('p.ex-essay__para').count(), 4, 'essay paragraphs');
    assert.equal(await text.locator('p.ex-essay__editorial').count(), 1, 'the editors’ paragraph');
    assert.deepEqual(await notShown(text.locator('p')), [], 'essay paragraphs that are not shown');
    const words = (await text.innerText()).replace(/\s+/g, ' ');
    assert.match(words, /During the Stalin era from the 1930s to the 1950s/);
    assert.match(words, /Aleksandr Solzhenitsyn/);
    const sources = await page.locator('#sources li[id^="source-"]').evaluateAll((items) => items.map((li) => li.id));
    assert.deepEqual(sources.sort(), contentSourceIds().map((id) => `source-${id}`).sort(), 'the sources');
    assert.equal(await page.locator('#ex-note-panel').isVisible(), false, 'the note panel shell stays hidden');
    assert.equal(await page.locator('#ex-term-card').isVisible(), false, 'the glossary card shell stays hidden');
  },
  'timeline/': async (page) => {
    const items = page.locator('ol#ex-tl-list > li');
    assert.equal(await items.count(), EVENT_COUNT, 'list items');
    const ids = await items.evaluateAll((all) => all.map((li) => li.id));
    assert.deepEqual([...ids].sort(), contentEventIds().map((id) => `event-${id}`).sort(), 'one item per event');
    assert.deepEqual(await notShown(items), [], 'list items that are not shown');
    assert.equal((await page.locator('#ex-view-title').innerText()).trim(), 'Timeline, 1918–2022');
    assert.equal(await page.locator('#ex-tl-detail-body').isVisible(), false, 'the details panel is hidden without the app');
  },
  'glossary/': async (page) => {
    const problems = [];
    for (const term of contentTerms()) {
      const entry = page.locator(`article#glossary-${term.id}`);
      if ((await entry.count()) !== 1) {
        problems.push(`${term.id}: ${await entry.count()} article#glossary-${term.id}`);
        continue;
      }
      if ((await notShown(entry)).length) problems.push(`${term.id}: not shown`);
      const name = (await entry.locator('.ex-entry__name').innerText()).trim();
      if (name !== term.name) problems.push(`${term.id}: name "${name}", glossary.toml says "${term.name}"`);
      const body = (await entry.locator('.ex-entry__body').innerText()).trim();
      if (body.length < 20) problems.push(`${term.id}: body "${body}"`);
    }
    assert.deepEqual(problems, [], 'glossary entries');
  },
  'figures/': async (page) => {
    const pins = page.locator('#figure-camp-map a.ex-camp__pin');
    assert.equal(await pins.count(), CAMP_COUNT, 'pins on the map');
    assert.deepEqual(
      (await pins.evaluateAll((all) => all.map((a) => a.id))).sort(),
      contentCampIds().map((id) => `camp-pin-${id}`).sort(),
      'one pin per camp',
    );
    assert.deepEqual(await notShown(pins), [], 'pins that are not shown');

    const charts = contentFigureIds();
    assert.equal(charts.length, 2, 'figures.toml has two charts');
    for (const id of charts) {
      const section = page.locator(`section#figure-${id}`);
      assert.equal(await section.isVisible(), true, `section#figure-${id} visible`);
      assert.equal(await section.locator('figure svg').first().isVisible(), true, `${id}: the chart is drawn`);
      const caption = section.locator('figure > figcaption');
      assert.equal(await caption.isVisible(), true, `${id}: caption visible`);
      assert.equal(await caption.locator('.ex-figure__credit').count(), 1, `${id}: credit line in the caption`);
    }

    const credits = page.locator('section#credits');
    assert.equal(await credits.isVisible(), true, 'Image credits visible');
    assert.deepEqual(
      (await credits.locator('li[id^="credit-"]').evaluateAll((all) => all.map((li) => li.id))).sort(),
      ['camp-map', ...charts].map((id) => `credit-${id}`).sort(),
      'a credit for the map and for each chart',
    );
  },
};

for (const path of VIEWS) {
  test(`without JavaScript, ${viewName(path)} loads complete: status 200, its content, no “loading”, no data-js`, () =>
    withPage(NO_JS, async ({ page }) => {
      await openStatic(page, path);
      const state = await page.evaluate(() => ({
        js: document.documentElement.hasAttribute('data-js'),
        ready: document.documentElement.hasAttribute('data-app-ready'),
        view: document.getElementById('ex-app')?.dataset.view,
        failureShown: !document.getElementById('ex-failure')?.hidden,
        text: document.body.innerText,
      }));
      assert.equal(state.js, false, '<html> has data-js');
      assert.equal(state.ready, false, '<html> has data-app-ready');
      assert.equal(state.view, { '': 'essay', 'timeline/': 'timeline', 'glossary/': 'glossary', 'figures/': 'figures' }[path]);
      assert.equal(state.failureShown, false, '#ex-failure is shown');
      for (const phrase of [/javascript/i, /\bloading\b/i, /please wait/i, /could not start/i]) {
        assert.doesNotMatch(state.text, phrase, 'page text');
      }
      assert.equal(await page.locator('#ex-view-title').isVisible(), true, 'the view’s h1 is visible');
      assert.equal(await page.locator('nav.ex-nav').isVisible(), true, 'the navigation is visible');
      await CONTENT[path](page);
    }));
}

// ----- Links, ids and the head -----

/** Everything a page links to or loads, and its ids, read from its DOM. */
function readPage(page) {
  return page.evaluate(() => {
    const describe = (el) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''} href="${el.getAttribute('href') ?? el.getAttribute('src')}">${text ? ` “${text}”` : ''}`;
    };
    return {
      links: [...document.querySelectorAll('a[href], area[href]')].map((a) => ({
        raw: a.getAttribute('href'),
        url: a.href,
        what: describe(a),
      })),
      resources: [...document.querySelectorAll('link[rel~="stylesheet"][href], img[src], source[src], script[src]')].map(
        (el) => ({ raw: el.getAttribute('href') ?? el.getAttribute('src'), url: el.href || el.src, what: describe(el) }),
      ),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
    };
  });
}

test('without JavaScript, every link on every view leads to a page of the exhibit and an element that exist', () =>
  withPage(NO_JS, async ({ page }) => {
    const origin = new URL(baseUrl).origin;
    const failures = [];
    const fetched = new Map(); // page URL (no fragment) → Promise<{ status, ids: Set | null }>

    /** Fetches one of the exhibit's pages (once) and reads its ids with a DOMParser. */
    const fetchPage = (url) => {
      if (!fetched.has(url)) {
        fetched.set(
          url,
          (async () => {
            const response = await page.request.get(url);
            const type = response.headers()['content-type'] ?? '';
            if (!response.ok() || !type.includes('html')) return { status: response.status(), ids: null };
            const html = await response.text();
            const ids = await page.evaluate(
              (text) => [...new DOMParser().parseFromString(text, 'text/html').querySelectorAll('[id]')].map((el) => el.id),
              html,
            );
            return { status: response.status(), ids: new Set(ids) };
          })(),
        );
      }
      return fetched.get(url);
    };

    let internal = 0;
    for (const path of VIEWS) {
      await openStatic(page, path);
      const where = viewName(path);
      const { links, resources, ids } = await readPage(page);
      const own = new Set(ids);
      assert.ok(links.length > 5, `${where}: links found`);

      for (const { raw, url, what } of links) {
        if (raw.startsWith('#')) {
          const id = decodeURIComponent(raw.slice(1));
          if (!id) failures.push(`${where}: ${what}: an empty fragment`);
          else if (!own.has(id)) failures.push(`${where}: ${what}: no element with id "${id}" on this page`);
          continue;
        }
        const target = new URL(url);
        if (!['http:', 'https:', 'mailto:'].includes(target.protocol)) {
          failures.push(`${where}: ${what}: scheme ${target.protocol}`);
          continue;
        }
        if (target.origin !== origin) continue; // a source on another site: not ours to check here
        internal += 1;
        if (/^(\/|[a-z]+:)/i.test(raw)) {
          failures.push(`${where}: ${what}: not relative (the exhibit is served under a sub-path)`);
        }
        if (!target.href.startsWith(baseUrl)) {
          failures.push(`${where}: ${what}: leads outside the exhibit (${target.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        const { status, ids: theirs } = await fetchPage(target.href);
        const relative = target.href.slice(baseUrl.length) || './';
        if (status !== 200) failures.push(`${where}: ${what}: ${relative} answers ${status}`);
        else if (!theirs) failures.push(`${where}: ${what}: ${relative} is not an HTML page`);
        else if (fragment && !theirs.has(fragment)) failures.push(`${where}: ${what}: ${relative} has no element with id "${fragment}"`);
      }

      for (const { raw, url, what } of resources) {
        const target = new URL(url);
        if (target.protocol === 'data:') continue;
        if (target.origin !== origin) {
          failures.push(`${where}: ${what}: loads from another site`);
          continue;
        }
        if (/^(\/|[a-z]+:)/i.test(raw)) failures.push(`${where}: ${what}: not relative`);
        const response = await page.request.get(target.href);
        if (response.status() !== 200) failures.push(`${where}: ${what}: answers ${response.status()}`);
      }
    }
    assert.ok(internal > 50, `links between the views were found (${internal})`);
    assert.deepEqual(failures, [], 'broken links');
  }));

test('without JavaScript, no view has a duplicated id', () =>
  withPage(NO_JS, async ({ page }) => {
    const duplicates = [];
    for (const path of VIEWS) {
      await openStatic(page, path);
      const { ids } = await readPage(page);
      assert.ok(ids.length > 20, `${viewName(path)}: ids found`);
      const seen = new Map();
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      for (const [id, count] of seen) if (count > 1) duplicates.push(`${viewName(path)}: id "${id}" × ${count}`);
    }
    assert.deepEqual(duplicates, [], 'duplicated ids');
  }));

test('each view has a title, a meta description, a canonical link, Open Graph and Twitter card tags', () =>
  withPage(NO_JS, async ({ page }) => {
    const problems = [];
    const titles = new Map();
    for (const path of VIEWS) {
      await openStatic(page, path);
      const where = viewName(path);
      const head = await page.evaluate(() => {
        const content = (selector) => document.head.querySelector(selector)?.getAttribute('content') ?? null;
        const canonical = document.head.querySelector('link[rel="canonical"]');
        return {
          title: document.title.trim(),
          description: content('meta[name="description"]'),
          canonical: canonical ? canonical.href : null,
          ogTitle: content('meta[property="og:title"]'),
          ogDescription: content('meta[property="og:description"]'),
          twitterCard: content('meta[name="twitter:card"]'),
          currentNav: document.querySelector('nav.ex-nav a[aria-current="page"]')?.href ?? null,
        };
      });
      const here = exhibitUrl({ path });
      if (!head.title) problems.push(`${where}: empty <title>`);
      if (!/Prisoners of GULAG Released/.test(head.title)) problems.push(`${where}: <title> "${head.title}" does not name the exhibit`);
      for (const [field, value] of Object.entries(head)) {
        if (value === null || value.trim() === '') problems.push(`${where}: ${field} is missing or empty`);
      }
      if (head.description && head.description.length < 50) problems.push(`${where}: description "${head.description}" is too short to describe the page`);
      if (head.canonical && head.canonical !== here) problems.push(`${where}: canonical ${head.canonical} is not the page (${here})`);
      if (head.currentNav && head.currentNav !== here) problems.push(`${where}: the navigation’s current link is ${head.currentNav}`);
      if (head.twitterCard && !['summary', 'summary_large_image'].includes(head.twitterCard)) {
        problems.push(`${where}: twitter:card "${head.twitterCard}"`);
      }
      if (titles.has(head.title)) problems.push(`${where}: same <title> as ${titles.get(head.title)}`);
      titles.set(head.title, where);
    }
    assert.deepEqual(problems, [], 'head of each view');
  }));

// ----- Plain links do the app's work -----

test('without JavaScript, a note marker goes to its note in the list of notes', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, '');
    const marker = page.locator('#ref-geldom-2');
    assert.equal(await marker.getAttribute('href'), '#note-geldom');
    await marker.click();
    await expectExhibitPath(page, '#note-geldom');
    await expectTargetShown(page, 'note-geldom');
    // And back from the note to the text.
    await page.locator('li#note-geldom').getByRole('link', { name: /^Show in the text/ }).click();
    await expectExhibitPath(page, '#ref-geldom-1');
    await expectTargetShown(page, 'ref-geldom-1');
  }));

test('without JavaScript, a glossary mark goes to its entry on the glossary page', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, '');
    const mark = page.locator('#term-gulag-1');
    assert.equal(await mark.isVisible(), true, 'the first Gulag mark is shown in the original reading');
    await Promise.all([page.waitForURL(exhibitUrl({ path: 'glossary/', hash: '#glossary-gulag' })), mark.click()]);
    await expectExhibitPath(page, 'glossary/#glossary-gulag');
    await expectTargetShown(page, 'glossary-gulag');
    assert.match(await page.locator('#glossary-gulag .ex-entry__name').innerText(), /^Gulag\b/);
  }));

test('without JavaScript, a timeline mark goes to its event in the list', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, 'timeline/');
    const mark = page.locator('a.ex-tl-mark#tl-gulag-abolished');
    assert.equal(await mark.getAttribute('href'), '#event-gulag-abolished');
    assert.equal(await mark.isVisible(), true, 'the mark is shown on the track');
    await mark.click();
    await expectExhibitPath(page, 'timeline/#event-gulag-abolished');
    await expectTargetShown(page, 'event-gulag-abolished');
    assert.match(await page.locator('#event-gulag-abolished').innerText(), /GULAG abolished/);
  }));

test('without JavaScript, a camp pin on figures/ shows that camp’s details', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, 'figures/');
    const details = page.locator('section#camp-ekibastuz');
    assert.equal(await details.isVisible(), false, 'details hidden before');
    await page.locator('#camp-pin-ekibastuz').click();
    await expectExhibitPath(page, 'figures/#camp-ekibastuz');
    await expectTargetShown(page, 'camp-ekibastuz');
    assert.match(await details.innerText(), /Ekibastuz/);
    // Only that camp's details are shown.
    const shown = await page.locator('section.ex-camp__details').evaluateAll((all) =>
      all.filter((el) => el.getBoundingClientRect().height > 0).map((el) => el.id),
    );
    assert.deepEqual(shown, ['camp-ekibastuz'], 'camp details shown');
  }));

test('a camp link from another page opens figures/ with that camp shown, without JavaScript', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, 'figures/', '#camp-steplag');
    await expectTargetShown(page, 'camp-steplag');
  }));

test('without JavaScript, the reading switch changes the words by CSS alone', () =>
  withPage(NO_JS, async ({ page }) => {
    await openStatic(page, '');
    const text = async () => (await page.locator('#essay-text').innerText()).replace(/\s+/g, ' ');
    let words = await text();
    assert.match(words, /was not even given a trail/, 'original reading before');
    assert.doesNotMatch(words, /given a trial/, 'no edited words before');
    assert.match(words, /Geldom/);

    await page.getByRole('radio', { name: /^Edited/ }).check();
    await eventually(async () => {
      words = await text();
      assert.match(words, /were not even given a trial/, 'edited reading after');
      assert.doesNotMatch(words, /given a trail/, 'original words gone after');
      assert.match(words, /von Geldern/);
      assert.doesNotMatch(words, /Geldom/);
    });

    await page.getByRole('radio', { name: /^Original/ }).check();
    await eventually(async () => {
      assert.match(await text(), /was not even given a trail/, 'original reading again');
    });
  }));
