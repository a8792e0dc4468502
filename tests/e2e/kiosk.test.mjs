// Kiosk mode (?mode=kiosk) on an emulated portrait touch screen: the attract screen, a visit,
// the inactivity warning and its countdown, "Keep reading", the reset to exactly the state of a
// fresh load; no way out (outside links are text and a QR code that decodes to the address; no
// context menu, selection, zoom keys, new windows); the operators' panel behind a long press and
// a PIN; the exhibit offline after one load; axe on every screen of its own.
// Time is Playwright's fake clock, so the idle time and the countdown take no real time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useBrowser, exhibitUrl, waitForApp, eventually, runAxe, baseUrl } from './support.mjs';

const { withPage } = useBrowser();

/** A 1080×1920 portrait touch screen, shown at half size. */
const SCREEN = { viewport: { width: 540, height: 960 }, deviceScaleFactor: 2, hasTouch: true, isMobile: false };
const IDLE = 20;
const COUNTDOWN = 30;

/** Opens the kiosk with the fake clock installed and its parts loaded. */
async function openKiosk(page, search = `?mode=kiosk&idle=${IDLE}`) {
  await page.clock.install();
  const response = await page.goto(exhibitUrl({ search }), { waitUntil: 'load' });
  assert.equal(response?.status(), 200);
  await waitForApp(page);
  await page.locator('#ex-kiosk-attract[open]').waitFor();
}

/** What a visitor could have changed: every state attribute in the page, the scroll and the address. */
function snapshot(page) {
  return page.evaluate(() => {
    const names = ['aria-expanded', 'aria-selected', 'aria-pressed', 'aria-current', 'hidden', 'open', 'data-active', 'data-highlight', 'data-reading', 'data-marks'];
    const state = [];
    for (const element of document.querySelectorAll('#ex-app *, #ex-app, html')) {
      for (const name of names) {
        if (element.hasAttribute(name)) state.push(`${element.id || element.tagName}:${name}=${element.getAttribute(name)}`);
      }
      if (element instanceof HTMLInputElement && element.checked) state.push(`${element.name}=${element.value}`);
    }
    return {
      state,
      scroll: [window.scrollX, window.scrollY],
      address: location.pathname + location.search + location.hash,
      title: document.title,
      dialogs: [...document.querySelectorAll('dialog[open]')].map((dialog) => dialog.id),
    };
  });
}

const tap = (locator) => locator.tap();

test('a visit: attract screen, touch, reading, the warning counts down, "Keep reading" keeps the state, and the reset brings back a fresh exhibit', () =>
  withPage(SCREEN, async ({ page }) => {
    await openKiosk(page);
    const fresh = await snapshot(page);
    assert.deepEqual(fresh.dialogs, ['ex-kiosk-attract'], 'the attract screen first');
    // axe measures colours as painted: with motion reduced the eras stand still at full opacity
    // (animated, each is in those colours while it is shown).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.deepEqual(await runAxe(page), [], 'axe on the attract screen');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.ok((await page.getByRole('button', { name: 'Touch to begin' }).boundingBox()).height >= 60);
    // Only a touch begins: Escape leaves the attract screen where it is.
    await page.keyboard.press('Escape');
    assert.deepEqual((await snapshot(page)).dialogs, ['ex-kiosk-attract']);

    // A visitor touches, reads, opens things.
    await tap(page.getByRole('button', { name: 'Touch to begin' }));
    await page.locator('#ex-kiosk-attract:not([open])').waitFor({ state: 'attached' });
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await tap(page.locator('a.ex-marker').first());
    await page.locator('#ex-note-panel').waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollTo(0, 900));
    const reading = await snapshot(page);
    assert.notDeepEqual(reading.state, fresh.state, 'the visitor changed things');

    // Idle: the warning, with a countdown of at least 20 s.
    await page.clock.fastForward((IDLE + 1) * 1000);
    const warning = page.getByRole('dialog', { name: 'Are you still reading?' });
    await warning.waitFor();
    const seconds = async () => Number(await page.locator('#ex-kiosk-seconds').textContent());
    await eventually(async () => assert.ok((await seconds()) >= 20 && (await seconds()) <= COUNTDOWN));
    const before = await seconds();
    await page.clock.fastForward(5000);
    await eventually(async () => assert.ok((await seconds()) <= before - 4, 'it counts down'));
    assert.deepEqual(await runAxe(page), [], 'axe on the warning');
    for (const name of ['Keep reading', 'Start over']) {
      const box = await warning.getByRole('button', { name }).boundingBox();
      assert.ok(box.height >= 60 && box.width >= 60, `${name}: a large target`);
    }
    // "Keep reading": everything as the visitor left it.
    await tap(warning.getByRole('button', { name: 'Keep reading' }));
    await warning.waitFor({ state: 'hidden' });
    const kept = await snapshot(page);
    assert.deepEqual(kept.state, reading.state);
    assert.equal(kept.address, reading.address);

    // Idle again, and the countdown runs out: the exhibit is as new.
    await page.clock.fastForward((IDLE + 1) * 1000);
    await warning.waitFor();
    await page.clock.fastForward((COUNTDOWN + 1) * 1000);
    await page.locator('#ex-kiosk-attract[open]').waitFor();
    await eventually(async () => assert.deepEqual(await snapshot(page), fresh));
  }));

test('"Start over" is always on screen and resets from any view', () =>
  withPage(SCREEN, async ({ page }) => {
    await openKiosk(page);
    const fresh = await snapshot(page);
    await tap(page.getByRole('button', { name: 'Touch to begin' }));
    await tap(page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' }));
    await page.locator('#ex-app[data-view="timeline"]').waitFor();
    await tap(page.locator('.ex-tl-mark').nth(3));
    const startOver = page.locator('#ex-kiosk-start-over');
    assert.ok(await startOver.isVisible());
    const box = await startOver.boundingBox();
    assert.ok(box.y + box.height <= 960 && box.height >= 60, 'in sight, and large');
    await tap(startOver);
    await page.locator('#ex-kiosk-attract[open]').waitFor();
    await eventually(async () => assert.deepEqual(await snapshot(page), fresh));
  }));

test('no way out: outside links are text and a QR code of their address; no context menu, selection, zoom keys or new windows', () =>
  withPage(SCREEN, async ({ page }) => {
    await openKiosk(page);
    await tap(page.getByRole('button', { name: 'Touch to begin' }));
    const origin = new URL(baseUrl).origin;
    for (const path of ['', 'timeline/', 'glossary/', 'figures/']) {
      if (path) {
        await tap(page.getByRole('navigation', { name: 'Exhibit' }).locator(`a[href$="${path}"]`).first());
        await page.locator(`#ex-app[data-view="${path.slice(0, -1)}"]`).waitFor();
      }
      const outside = await page.locator('a[href]').evaluateAll((links, origin) =>
        links.filter((a) => new URL(a.href).origin !== origin).map((a) => a.href), origin);
      assert.deepEqual(outside, [], `${path || 'essay'}: no link leaves the exhibit`);
    }
    // Each outside address is a QR code that decodes to it (the sources are on the essay page).
    await tap(page.getByRole('navigation', { name: 'Exhibit' }).locator('a').first());
    await page.locator('#ex-app[data-view="essay"]').waitFor();
    const codes = page.locator('#ex-app .ex-qr');
    const count = await codes.count();
    assert.ok(count >= 10, `QR codes for the sources (${count})`);
    for (let i = 0; i < count; i += 1) {
      const code = codes.nth(i);
      // In the middle of the screen, clear of the "Start over" bar, as a visitor would scan it.
      await code.evaluate((figure) => figure.scrollIntoView({ block: 'center' }));
      const png = PNG.sync.read(await code.locator('svg').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const caption = await code.locator('figcaption').textContent();
      assert.ok(decoded, `QR code ${i + 1} decodes`);
      assert.ok(decoded.data.startsWith('http') && caption.includes(decoded.data), `${decoded.data} is the address its caption gives`);
    }
    // The browser's ways out and around are refused.
    const refused = await page.evaluate(() => {
      const fire = (type, init = {}) => {
        const event = new (type === 'keydown' ? KeyboardEvent : type === 'wheel' ? WheelEvent : MouseEvent)(type, { bubbles: true, cancelable: true, ...init });
        document.querySelector('p').dispatchEvent(event);
        return event.defaultPrevented;
      };
      return {
        contextmenu: fire('contextmenu'),
        selectstart: (() => { const e = new Event('selectstart', { bubbles: true, cancelable: true }); document.querySelector('p').dispatchEvent(e); return e.defaultPrevented; })(),
        dragstart: fire('dragstart'),
        print: fire('keydown', { key: 'p', ctrlKey: true }),
        zoom: fire('wheel', { ctrlKey: true, deltaY: -100 }),
        back: fire('keydown', { key: 'ArrowLeft', altKey: true }),
        open: window.open('https://example.org/') === null,
        userSelect: getComputedStyle(document.documentElement).userSelect,
        touchAction: getComputedStyle(document.documentElement).touchAction,
      };
    });
    assert.deepEqual(refused, {
      contextmenu: true,
      selectstart: true,
      dragstart: true,
      print: true,
      zoom: true,
      back: true,
      open: true,
      userSelect: 'none',
      touchAction: 'pan-x pan-y',
    });
    assert.equal(page.context().pages().length, 1, 'no new window');
  }));

test('the operators\' panel: a long press in the corner, the PIN, then the screen\'s status', () =>
  withPage(SCREEN, async ({ page }) => {
    await openKiosk(page, `?mode=kiosk&idle=${IDLE}&device=Hall%202&pin=2468`);
    await tap(page.getByRole('button', { name: 'Touch to begin' }));
    const corner = await page.locator('#ex-kiosk-corner').boundingBox();
    // A short press does nothing.
    await page.mouse.move(corner.x + 10, corner.y + 10);
    await page.mouse.down();
    await page.clock.fastForward(1000);
    await page.mouse.up();
    await page.clock.fastForward(5000);
    const panel = page.getByRole('dialog', { name: 'Operator panel' });
    assert.equal(await panel.isVisible(), false);
    // A long one opens the PIN pad.
    await page.mouse.down();
    await page.clock.fastForward(3100);
    await panel.waitFor();
    await page.mouse.up();
    assert.deepEqual(await runAxe(page), [], 'axe on the PIN pad');
    for (const digit of '1111') await panel.getByRole('button', { name: digit, exact: true }).click();
    await panel.getByRole('button', { name: 'Open' }).click();
    await panel.getByRole('alert').waitFor();
    for (const digit of '2468') await panel.getByRole('button', { name: digit, exact: true }).click();
    await panel.getByRole('button', { name: 'Open' }).click();
    const status = page.locator('#ex-kiosk-status');
    await status.waitFor();
    const figure = (key) => status.locator(`[data-status="${key}"]`).textContent();
    assert.equal(await figure('device'), 'Hall 2');
    assert.match(await figure('version'), /\S/);
    assert.match(await figure('uptime'), /^\d+:\d\d$/);
    assert.equal(await figure('resets'), '0');
    assert.deepEqual(await runAxe(page), [], 'axe on the status panel');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
  }));

test('after one load the kiosk works with the network gone', () =>
  withPage(SCREEN, async ({ page }) => {
    const url = exhibitUrl({ search: `?mode=kiosk&idle=${IDLE}` });
    await page.goto(url, { waitUntil: 'load' });
    await waitForApp(page);
    // The service worker has taken over and kept every file.
    await eventually(async () => assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null)), { timeout: 20_000 });
    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await page.locator('#ex-kiosk-attract[open]').waitFor();
    await tap(page.getByRole('button', { name: 'Touch to begin' }));
    await tap(page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Timeline' }));
    await page.locator('#ex-app[data-view="timeline"]').waitFor();
    await page.context().setOffline(false);
  }));
