// Embed mode: the "Embed this" dialog builds the code, and a page on ANOTHER origin (a host
// server started here, on its own loopback port) embeds the exhibit with that code: the frame
// is as tall as its content, its state is mirrored into the host's address and restored from
// it, messages that are not the host's or not well formed change nothing, outside links open
// new tabs, and the compact layout passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {
  useBrowser,
  baseUrl,
  exhibitUrl,
  gotoExhibit,
  waitForApp,
  eventually,
  throughout,
  runAxe,
  settle,
} from './support.mjs';

const { withPage } = useBrowser();

// The host: pages held in memory, served from another port (so another origin).
const hostPages = new Map();
let hostServer;
let hostBase;
before(async () => {
  hostServer = http.createServer((request, response) => {
    const page = hostPages.get(new URL(request.url, 'http://host').pathname);
    if (page === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  hostBase = `http://127.0.0.1:${hostServer.address().port}`;
});
after(() => hostServer?.close());

/** A host page around `body`, at `path` on the host's origin; returns its address. */
function hostPage(path, body) {
  hostPages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title><link rel="icon" href="data:,"></head>
<body><h1>A newspaper's page</h1><p>Read the exhibit below.</p>${body}<p>The end of the host's article.</p></body></html>`);
  return `${hostBase}${path}`;
}

/** Opens the dialog on a page of the exhibit and returns its code for the choices made. */
async function embedCode(page, { path = '', hash = '', fixed } = {}) {
  await gotoExhibit(page, { path, hash });
  await page.getByRole('button', { name: 'Embed this' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this exhibit in your page' });
  await dialog.waitFor({ state: 'visible' });
  if (fixed) {
    await dialog.getByLabel('Fixed').check();
    await dialog.getByLabel('Height in pixels').fill(String(fixed));
  }
  return page.locator('#ex-embed-code').inputValue();
}

const frameOf = (page) => page.frameLocator('iframe[data-gulag-exhibit]');
const frameElement = (page) => page.locator('iframe[data-gulag-exhibit]');
/** The exhibit's frame (a Playwright Frame), once it has taken over. */
async function exhibitFrame(page) {
  await eventually(async () => assert.ok(page.frames().some((f) => f.url().startsWith(baseUrl)), 'the frame loaded'));
  const frame = page.frames().find((f) => f.url().startsWith(baseUrl));
  await waitForApp(frame);
  return frame;
}

test('the "Embed this" dialog builds a sandboxed, lazy frame that starts where the reader is, and copies it', () =>
  withPage(async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const code = await embedCode(page, { path: 'timeline/', hash: '#event-stalin-dies' });
    const src = `${baseUrl}timeline/?mode=embed#event-stalin-dies`;
    for (const part of [
      `<iframe src="${src}"`,
      'title="Prisoners of GULAG Released: an annotated essay"',
      'loading="lazy"',
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
      'width="100%"',
      `<a href="${baseUrl}timeline/#event-stalin-dies">`,
      `<script src="${baseUrl}embed.js" async></script>`,
    ]) {
      assert.ok(code.includes(part), `the code has ${part}\n${code}`);
    }
    // Choices rewrite the code: a fixed height needs no script; dark colours; the top of the view.
    const dialog = page.getByRole('dialog', { name: 'Embed this exhibit in your page' });
    await dialog.getByLabel('Fixed').check();
    await dialog.getByLabel('Height in pixels').fill('480');
    await dialog.getByLabel('Dark').check();
    await dialog.getByLabel('The top of this page').check();
    await dialog.getByLabel(/Width in pixels/).fill('720');
    await eventually(async () => {
      const fixed = await page.locator('#ex-embed-code').inputValue();
      assert.ok(fixed.includes(`<iframe src="${baseUrl}timeline/?mode=embed&amp;theme=dark"`), fixed);
      assert.ok(fixed.includes('height="480"') && fixed.includes('width="720"'), fixed);
      assert.ok(!fixed.includes('<script'), 'no script for a fixed height');
    });
    assert.deepEqual(await runAxe(page), []);
    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    await eventually(async () => assert.equal(await page.locator('#ex-embed-copied').textContent(), 'Copied.'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#ex-embed-code').inputValue());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }));

test('on another site, the frame is as tall as its content, never growing by itself, and follows what the reader opens', () =>
  withPage(async ({ page }) => {
    const code = await embedCode(page);
    await page.goto(hostPage('/article.html', code));
    const frame = await exhibitFrame(page);
    const frameHeight = async () => (await frameElement(page).boundingBox()).height;
    const contentHeight = () => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await eventually(async () => assert.ok(Math.abs((await frameHeight()) - (await contentHeight())) <= 2, 'the frame fits its content'));
    const start = await frameHeight();
    assert.ok(start > 2000, `the essay is long (${start} px)`);
    // Left alone, it stays as it is (no height fed back into itself).
    const settled = await frameHeight();
    await throughout(async () => assert.equal(await frameHeight(), settled), { duration: 1000 });
    // A note opens under its paragraph, and the frame grows to hold it.
    await frameOf(page).locator('a.ex-marker').first().click();
    await frameOf(page).locator('#ex-note-panel').waitFor({ state: 'visible' });
    await eventually(async () => assert.ok((await frameHeight()) > settled, 'taller with the note open'));
    await eventually(async () => assert.ok(Math.abs((await frameHeight()) - (await contentHeight())) <= 2, 'and fits again'));
    // Another view, inside the frame: the height follows it.
    await frameOf(page).locator('a.ex-event-link').first().click();
    await eventually(async () => assert.equal(await frame.evaluate(() => document.getElementById('ex-app').dataset.view), 'timeline'));
    await eventually(async () => assert.ok(Math.abs((await frameHeight()) - (await contentHeight())) <= 2, 'fits the timeline'));
  }));

test('share links work inside the frame: the host page keeps the frame\'s address, and opening it again restores it', () =>
  withPage(async ({ page }) => {
    const code = await embedCode(page);
    await page.goto(hostPage('/share.html', code));
    await exhibitFrame(page);
    await frameOf(page).locator('a.ex-marker').first().click();
    await frameOf(page).locator('#ex-note-panel').waitFor({ state: 'visible' });
    const note = await frameOf(page).locator('a.ex-marker').first().getAttribute('data-note');
    await eventually(async () => {
      const host = new URL(page.url());
      assert.equal(host.origin, hostBase, 'still the host page');
      assert.match(host.searchParams.get('exhibit') ?? '', new RegExp(`\\?mode=embed#note-${note}$`));
    });
    // The shared address opens the host page with the frame at that note.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    const frame = await exhibitFrame(page);
    await eventually(async () => assert.equal(new URL(frame.url()).hash, `#note-${note}`));
    await frameOf(page).locator('#ex-note-panel').waitFor({ state: 'visible' });
    // An address for another site, or not embedded, is not opened in the frame.
    for (const bad of ['https://evil.example/?mode=embed', `${baseUrl}?x=1#note-${note}`, 'javascript:alert(1)']) {
      const url = new URL(`${hostBase}/share.html`);
      url.searchParams.set('exhibit', bad);
      await page.goto(url.href);
      const restored = await exhibitFrame(page);
      assert.equal(new URL(restored.url()).hash, '', `${bad} is not opened`);
    }
  }));

test('messages that are malformed or not from the host page change nothing; a well-formed one from the host does', () =>
  withPage(async ({ page }) => {
    const code = await embedCode(page, { fixed: 700 });
    // A sibling frame from the host's own origin also tries to steer the exhibit.
    hostPages.set('/sibling.html', `<!doctype html><title>sibling</title><script>
      addEventListener('message', (e) => {
        if (e.data === 'go') parent.frames[0].postMessage({ type: 'gulag-exhibit:go', href: ${JSON.stringify(`${baseUrl}glossary/?mode=embed`)} }, '*');
      });</script>`);
    await page.goto(hostPage('/messages.html', `${code}<iframe src="/sibling.html" title="another frame"></iframe>`));
    const frame = await exhibitFrame(page);
    const view = () => frame.evaluate(() => document.getElementById('ex-app').dataset.view);
    await page.evaluate((base) => {
      const target = document.querySelector('iframe[data-gulag-exhibit]').contentWindow;
      for (const message of [
        'junk',
        null,
        42,
        { type: 'gulag-exhibit:go' },
        { type: 'gulag-exhibit:go', href: 123 },
        { type: 'gulag-exhibit:go', href: 'https://evil.example/timeline/' },
        { type: 'gulag-exhibit:go', href: 'javascript:alert(1)' },
        { type: 'gulag-exhibit:go', href: `${base}${'x'.repeat(600)}` },
        { type: 'gulag-exhibit:size', height: 1e9 },
        { type: 'something-else', href: `${base}timeline/` },
      ]) {
        target.postMessage(message, '*');
      }
      document.querySelectorAll('iframe')[1].contentWindow.postMessage('go', '*');
    }, baseUrl);
    await throughout(async () => assert.equal(await view(), 'essay'), { duration: 1000 });
    // The host page itself may ask for an address of the exhibit.
    await page.evaluate((href) => {
      document.querySelector('iframe[data-gulag-exhibit]').contentWindow.postMessage({ type: 'gulag-exhibit:go', href }, '*');
    }, `${baseUrl}timeline/?mode=embed#event-stalin-dies`);
    await eventually(async () => assert.equal(await view(), 'timeline'));
    await eventually(async () => assert.equal(new URL(frame.url()).hash, '#event-stalin-dies'));
  }));

test('in a frame: no site chrome, a link to the full exhibit, outside links open new tabs, and axe passes', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { search: '?mode=embed' });
    assert.equal(await page.locator('html').getAttribute('data-mode'), 'embed');
    // A frame loads the app built for frames, without the ordinary pages' dialog code.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.wasm')),
    );
    assert.equal(loaded.length, 1, `one build loaded: ${loaded}`);
    assert.match(loaded[0], /\/gulag-exhibit-embed-[0-9a-f]+_bg\.wasm$/);
    assert.equal(await page.getByRole('navigation', { name: 'Exhibit' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Embed this' }).isVisible(), false);
    const full = page.getByRole('link', { name: 'Open the full exhibit' });
    assert.equal(await full.isVisible(), true);
    assert.equal(await full.getAttribute('target'), '_blank');
    assert.equal(new URL(await full.evaluate((a) => a.href)).search, '', 'the full exhibit, not a frame');
    const outside = await page.locator('a[href^="http"]').evaluateAll((links) =>
      links.filter((a) => new URL(a.href).origin !== location.origin).map((a) => [a.target, a.rel]),
    );
    assert.ok(outside.length > 5, 'the sources link outside');
    assert.deepEqual([...new Set(outside.map(([target, rel]) => `${target} ${rel}`))], ['_blank noopener']);
    // No height depends on the window (a frame as tall as its content would grow for ever).
    await page.locator('a.ex-marker').first().click();
    await page.locator('#ex-note-panel').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#ex-note-panel').evaluate((panel) => getComputedStyle(panel).position), 'relative');
    // The link to the full exhibit opens it at the same note, outside the frame's mode.
    const note = new URL(page.url()).hash;
    assert.match(note, /^#note-/);
    await eventually(async () => {
      const href = new URL(await full.evaluate((a) => a.href));
      assert.equal(`${href.search}${href.hash}`, note);
    });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    // The mode is kept while the reader moves to another view in the frame.
    await page.locator('a.ex-event-link').first().click();
    await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('mode'), 'embed'));
  }));

test('an embed shows one chart or the map alone, in the colours asked for; garbage falls back to the defaults', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/', search: '?mode=embed&section=camp-map&theme=dark' });
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('#figure-camp-map').isVisible(), true);
    const others = await page.locator('.ex-figures > section.ex-figure:not(#figure-camp-map), .ex-credits').evaluateAll((all) => all.map((s) => s.hidden));
    assert.ok(others.length >= 2 && others.every(Boolean), 'the other figures and the credits are hidden');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(23, 20, 18)', 'dark paper');
    assert.deepEqual(await runAxe(page), []);
    await page.goto(exhibitUrl({ path: 'figures/', search: '?mode=embed&section=../../etc&theme=<b>' }));
    await waitForApp(page);
    assert.equal(await page.locator('html').getAttribute('data-theme'), null);
    assert.equal(await page.locator('.ex-credits').isVisible(), true, 'an unknown section shows the whole view');
  }));
