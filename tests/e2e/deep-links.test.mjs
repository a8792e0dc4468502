// Deep links: the URL fragment (#note=<id>&reading=edited) restores state on load, also inside an
// iframe; garbage fragments are ignored without errors; plain anchors (#sources) are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  useBrowser,
  gotoExhibit,
  waitForApp,
  exhibitUrl,
  expectNoteOpen,
  expectNoNoteOpen,
  expectHash,
  noteTitle,
  eventually,
  WAIT_MS,
} from './support.mjs';

const { withPage } = useBrowser();

/** Whether an element's box overlaps the viewport vertically and horizontally. */
function inViewport(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  });
}

test('#note=nobel-prize opens that note and scrolls its marker into view', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#note=nobel-prize' });
    await expectNoteOpen(page, 'nobel-prize');
    await eventually(async () => {
      assert.equal(await inViewport(page.locator('#ref-nobel-prize-1')), true, '#ref-nobel-prize-1 in the viewport');
    });
    await expectHash(page, '#note=nobel-prize');
  }));

test('#note=geldom&reading=edited opens the note in the edited reading', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#note=geldom&reading=edited' });
    await expectNoteOpen(page, 'geldom');
    assert.equal(await page.locator('div.ex-app').getAttribute('data-reading'), 'edited');
    assert.equal(await page.getByRole('radio', { name: /^Edited/ }).isChecked(), true);
    const essay = (await page.locator('article#essay').innerText()).replace(/\s+/g, ' ');
    assert.match(essay, /von Geldern/);
    assert.doesNotMatch(essay, /Geldom/);
    await eventually(async () => {
      assert.equal(await inViewport(page.locator('#ref-geldom-1')), true, '#ref-geldom-1 in the viewport');
    });
    await expectHash(page, '#note=geldom&reading=edited');
  }));

test('#reading=edited alone loads the edited reading with no note open', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#reading=edited' });
    await eventually(async () => {
      assert.equal(await page.locator('div.ex-app').getAttribute('data-reading'), 'edited');
    });
    await expectNoNoteOpen(page);
  }));

test('deep link at 1280×720 and on a phone: the opened note’s heading is on screen', async () => {
  // The heading gets focus on open; a reader who follows a link should see the note, not only the passage.
  const viewports = [
    { viewport: { width: 1280, height: 720 } },
    { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  ];
  const problems = [];
  for (const options of viewports) {
    const where = `${options.viewport.width}×${options.viewport.height}`;
    await withPage({ ...options, reducedMotion: 'reduce' }, async ({ page }) => { // instant scrolling
      await gotoExhibit(page, { hash: '#note=nobel-prize' });
      await expectNoteOpen(page, 'nobel-prize');
      await eventually(async () => {
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'ex-note-panel-title', `${where}: heading focused`);
      });
      // Let any scrolling settle (two frames), then measure.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const heading = await page.locator('#ex-note-panel-title').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom), innerHeight };
      });
      if (!(heading.top >= 0 && heading.bottom <= heading.innerHeight)) {
        const panel = await page.locator('#ex-note-panel').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: Math.round(r.top), bottom: Math.round(r.bottom), position: getComputedStyle(el).position };
        });
        problems.push(`${where}: focused heading is off screen ${JSON.stringify(heading)}; panel ${JSON.stringify(panel)}`);
      }
    }, { label: where });
  }
  assert.deepEqual(problems, [], 'deep-linked note heading visible');
});

test('garbage fragments load the page with no note open and no errors', async () => {
  const fragments = [
    '#note=<script>alert(1)</script>',
    '#note=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '#note=nope',
    '#note=',
    '#note',
    '#note=GELDOM',
    '#note=geldom%00',
    '#note=%E0%A4%A',
    '#note=../../etc/passwd',
    `#note=${'a'.repeat(5000)}`,
    '#reading=bogus&note=nope',
    '#%%%&&&===',
  ];
  for (const hash of fragments) {
    const label = `fragment ${hash.slice(0, 60)}`;
    await withPage(async ({ page }) => {
      const dialogs = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await gotoExhibit(page, { hash });
      await expectNoNoteOpen(page);
      assert.equal(await page.locator('div.ex-app').getAttribute('data-reading'), 'original', `${label}: reading`);
      assert.equal(await page.locator('article#essay p.ex-essay__para').count(), 4, `${label}: essay shown`);
      assert.equal(await page.locator('#ex-root script, div.ex-app script').count(), 0, `${label}: no injected script`);
      assert.deepEqual(dialogs, [], `${label}: dialogs`);
    }, { label });
  }
});

test('plain anchors are left alone: #sources on load, and in-page citation links', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#sources' });
    // Let the app's effects run (two frames) before checking nothing rewrote the fragment.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expectHash(page, '#sources');
    await expectNoNoteOpen(page);

    // The title page's "Full citation" link is a plain anchor to a source.
    const link = page.getByRole('link', { name: /^Full citation/ });
    const href = await link.getAttribute('href');
    assert.match(href, /^#source-/);
    await link.click();
    await expectHash(page, href);
    await expectNoNoteOpen(page);
    await eventually(async () => {
      assert.equal(await inViewport(page.locator(href)), true, `${href} scrolled into view`);
    });
  }));

test('a fragment followed after load (hashchange) opens the note; a non-state fragment does not', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.evaluate(() => {
      location.hash = '#note=old-tradition';
    });
    await expectNoteOpen(page, 'old-tradition');
    await page.evaluate(() => {
      location.hash = '#note=nope';
    });
    await expectNoNoteOpen(page);
  }));

test('a deep link works inside an iframe on another site', async () => {
  // A tiny host page on another origin (another loopback port), served by the test itself. A
  // public origin would not do: Chromium's Local Network Access checks block a public page from
  // framing a loopback one.
  const src = exhibitUrl({ search: '?mode=embed', hash: '#note=geldom' });
  const hostServer = await serveHostPage(`<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
    <h1>Host page</h1>
    <iframe id="exhibit" title="Prisoners of GULAG Released" src="${src}" width="900" height="700"></iframe>
    </body></html>`);
  try {
    // The server outlives the page: it is closed only after the page's context.
    await withPage(async ({ page }) => {
      const host = hostServer.url;
      assert.notEqual(new URL(host).origin, new URL(src).origin, 'host and exhibit are different origins');
      await page.goto(host, { waitUntil: 'load' });
      const frameElement = await page.waitForSelector('iframe#exhibit');
      const frame = await frameElement.contentFrame();
      assert.ok(frame, 'iframe has a frame');
      await waitForApp(frame);

      const inFrame = page.frameLocator('iframe#exhibit');
      await inFrame.getByRole('dialog', { name: noteTitle('geldom'), exact: true }).waitFor({ state: 'visible', timeout: WAIT_MS });
      assert.equal(await inFrame.locator('#ex-note-panel').getAttribute('hidden'), null, 'panel open in the frame');
      assert.equal(await inFrame.locator('#ref-geldom-1').getAttribute('aria-expanded'), 'true');
      assert.equal(await inFrame.locator('div.ex-app').getAttribute('data-mode'), 'embed');
      await expectHash(frame, '#note=geldom');
      // The host page's own URL is untouched.
      assert.equal(page.url(), host);

      // Inside the frame the note still closes normally.
      await inFrame.getByRole('button', { name: 'Close note' }).click();
      await inFrame.locator('#ex-note-panel').waitFor({ state: 'hidden', timeout: WAIT_MS });
      await expectHash(frame, '');
    });
  } finally {
    await hostServer.close();
  }
});

/** Serves `html` at http://127.0.0.1:<free port>/ (favicon etc. get 404); resolves to { url, close() }. */
async function serveHostPage(html) {
  const server = createServer((request, response) => {
    const found = request.url === '/';
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(found ? html : '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
