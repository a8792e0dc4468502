// Zoom and pan on the timeline's track: the "1953–1956" button labels every event of those years
// on a phone (touch), a laptop and a 4K screen; buttons, keys, a pinch (CDP touch) and Ctrl with
// the wheel change the years shown and the address, and a reload shows the same years; a selected
// event's mark comes into view; axe passes at every zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, gotoExhibit, runAxe, eventually, exhibitPath, waitForFocus } from './support.mjs';

const { withPage } = useBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const LAPTOP = { viewport: { width: 1280, height: 900 } };
const SCREENS = [
  ['a phone', PHONE],
  ['a laptop', LAPTOP],
  ['a 4K screen', { viewport: { width: 3840, height: 2160 } }],
];

/** The `years` the address holds ('' for none). */
async function yearsInAddress(page) {
  return new URL(await page.evaluate(() => location.href)).searchParams.get('years') ?? '';
}

/** What the box shows: its edges, and every visible word and mark in it, as boxes. */
function inView(page) {
  return page.evaluate(() => {
    const box = (element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const frame = box(document.getElementById('ex-tl-scroll'));
    const within = (b) => b.right > frame.left + 1 && b.left < frame.right - 1;
    const shown = (element) => {
      const style = getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      return style.visibility === 'visible' && style.display !== 'none' && width > 0 && height > 0;
    };
    const words = (selector) =>
      [...document.querySelectorAll(selector)]
        .filter(shown)
        .map((element) => ({ text: element.textContent, ...box(element) }))
        .filter(within);
    return {
      frame,
      zoom: Number(getComputedStyle(document.querySelector('.ex-tl-wide')).getPropertyValue('--zoom') || 1),
      labels: words('.ex-tl-mark__label'),
      ticks: words('.ex-tl-tick'),
      marks: [...document.querySelectorAll('.ex-tl-mark')].map((element) => ({ id: element.id, ...box(element) })).filter(within),
    };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The events the list dates in 1953–1956 (their marks' ids). */
function eventsOf1953To1956(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#ex-tl-list > li')]
      .filter((entry) => {
        const year = Number(entry.querySelector('time')?.getAttribute('datetime')?.slice(0, 4));
        return year >= 1953 && year <= 1956;
      })
      .map((entry) => `tl-${entry.id.replace(/^event-/, '')}`),
  );
}

for (const [screen, options] of SCREENS) {
  test(`on ${screen}, the 1953–1956 button shows those years with every event labelled`, () =>
    withPage(options, async ({ page }) => {
      await gotoExhibit(page, { path: 'timeline/' });
      const zoom = page.locator('#ex-tl-zoom');
      assert.equal(await zoom.isVisible(), true);
      await zoom.getByRole('button', { name: '1953–1956' }).click();
      await eventually(async () => assert.equal(await yearsInAddress(page), '1953-1956'));
      assert.equal(await zoom.getByRole('button', { name: '1953–1956' }).getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('#ex-tl-showing').textContent(), 'Showing 1953–1956');
      const events = await eventsOf1953To1956(page);
      assert.ok(events.length >= 10, `${events.length} events in 1953–1956`);
      const { labels, ticks, marks } = await inView(page);
      const seen = new Set(marks.map((mark) => mark.id));
      for (const id of events) {
        assert.ok(seen.has(id), `${id} is in view on ${screen}`);
        const label = page.locator(`#${id} .ex-tl-mark__label`);
        assert.notEqual(await label.evaluate((element) => getComputedStyle(element).display), 'none', `${id} is labelled on ${screen}`);
      }
      const words = [...labels, ...ticks];
      for (const [i, a] of words.entries()) {
        for (const b of words.slice(i + 1)) assert.ok(!overlap(a, b), `"${a.text}" and "${b.text}" overlap on ${screen}`);
        for (const mark of marks) assert.ok(!overlap(a, mark), `"${a.text}" covers ${mark.id} on ${screen}`);
      }
      // The axis shows months between the years where a year has room for them (not on a
      // phone, where a year is 90 px wide).
      if (screen !== 'a phone') assert.ok(ticks.some((tick) => /^[A-Z][a-z]{2}$/.test(tick.text)), `month ticks on ${screen}: ${ticks.map((t) => t.text)}`);
      assert.deepEqual(await runAxe(page, { include: '.ex-tl-visual' }), []);
    }));
}

test('the buttons and the keys zoom and pan, the address follows, and a reload shows the same years', () =>
  withPage(LAPTOP, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/' });
    const zoomIn = page.locator('#ex-tl-zoom-in');
    const zoomOut = page.locator('#ex-tl-zoom-out');
    assert.equal(await zoomOut.isDisabled(), true, 'not zoomed: nothing to zoom out of');
    assert.equal(await page.locator('#ex-tl-showing').textContent(), 'Showing 1918–2022');
    await zoomIn.click();
    await eventually(async () => assert.equal(await yearsInAddress(page), '1940-1999'));
    assert.equal((await inView(page)).zoom, 2);
    await zoomIn.click();
    await eventually(async () => assert.equal(await yearsInAddress(page), '1955-1984'));
    // The keys on the track: out, in, pan, all.
    await page.locator('#ex-tl-track').focus();
    await waitForFocus(page, 'ex-tl-track');
    await page.keyboard.press('-');
    await eventually(async () => assert.equal(await yearsInAddress(page), '1940-1999'));
    await page.keyboard.press('+');
    await eventually(async () => assert.equal(await yearsInAddress(page), '1955-1984'));
    await page.keyboard.press('PageDown');
    await eventually(async () => assert.equal(await yearsInAddress(page), '1979-2008'));
    assert.equal(await page.locator('#ex-tl-showing').textContent(), 'Showing 1979–2008');
    await page.keyboard.press('PageUp');
    await eventually(async () => assert.equal(await yearsInAddress(page), '1955-1984'));
    // A reload shows the same years, scrolled to them.
    const before = await page.locator('#ex-tl-scroll').evaluate((box) => box.scrollLeft);
    assert.ok(before > 0);
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await eventually(async () => {
      assert.equal(await yearsInAddress(page), '1955-1984');
      const after = await page.locator('#ex-tl-scroll').evaluate((box) => box.scrollLeft);
      assert.ok(Math.abs(after - before) <= 2, `scrolled to ${after}, was ${before}`);
    });
    assert.equal(await page.locator('#ex-tl-showing').textContent(), 'Showing 1955–1984');
    assert.deepEqual(await runAxe(page, { include: '.ex-tl-visual' }), []);
    await page.locator('#ex-tl-track').focus();
    await page.keyboard.press('0');
    await eventually(async () => assert.equal(await yearsInAddress(page), ''));
    assert.equal((await inView(page)).zoom, 1);
    assert.equal(await exhibitPath(page), 'timeline/');
  }));

test('zoomed in, selecting an event brings its mark into view, and panning by scroll updates the address', () =>
  withPage(LAPTOP, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/', search: '?years=1953-1956' });
    await page.locator('#ex-tl-track').focus();
    await page.keyboard.press('End');
    await eventually(async () => {
      const { marks } = await inView(page);
      const selected = await page.locator('#ex-tl-track [aria-selected="true"]').getAttribute('id');
      assert.ok(marks.some((mark) => mark.id === selected), `${selected} is in view`);
    });
    await eventually(async () => assert.notEqual(await yearsInAddress(page), '1953-1956'));
    assert.match(await exhibitPath(page), /^timeline\/\?years=\d{4}-\d{4}#event-/);
  }));

test('a long pan writes the address once it settles, not at every step', () =>
  withPage(LAPTOP, async ({ page }) => {
    // Counts the page's changes of its address (browsers refuse more than 100 or 200 in 10 s).
    await page.addInitScript(() => {
      window.__addressWrites = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        window.__addressWrites++;
        return replace(...args);
      };
    });
    await gotoExhibit(page, { path: 'timeline/', search: '?years=1953-1956' });
    const before = await page.evaluate(() => window.__addressWrites);
    // Forty scrolls a frame apart, as a swipe gives them: about a dozen years.
    await page.locator('#ex-tl-scroll').evaluate(async (box) => {
      for (let i = 0; i < 40; i++) {
        box.scrollLeft += 100;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await eventually(async () => {
      const [first] = (await yearsInAddress(page)).split('-').map(Number);
      assert.ok(first >= 1962, `the address says ${first}`);
    });
    await page.waitForTimeout(500);
    const writes = (await page.evaluate(() => window.__addressWrites)) - before;
    assert.ok(writes >= 1 && writes <= 2, `${writes} writes of the address`);
  }));

test('a pinch on a touch screen zooms the track', () =>
  withPage(PHONE, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/' });
    await page.locator('#ex-tl-scroll').scrollIntoViewIfNeeded();
    const frame = await page.locator('#ex-tl-scroll').boundingBox();
    // Between the fingers: the middle of the box, as far down as the screen shows it.
    const y = frame.y + Math.min(frame.height / 2, 150);
    const x = frame.x + frame.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, spread) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: x - spread, y, id: 1 }, { x: x + spread, y, id: 2 }],
      });
    await touch('touchStart', 20);
    for (const spread of [40, 60, 80, 100, 120]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await eventually(async () => assert.notEqual(await yearsInAddress(page), ''));
    const { zoom } = await inView(page);
    assert.ok(zoom > 3, `a sixfold pinch zoomed ${zoom} times`);
  }));

test('a finger swiping over the track steps through the events, or pans it zoomed in', () =>
  withPage(PHONE, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/', hash: '#event-amnesty-decree' });
    const selectedId = () => page.locator('#ex-tl-track [aria-selected="true"]').getAttribute('id');
    await eventually(async () => assert.equal(await selectedId(), 'tl-amnesty-decree'));
    const box = page.locator('#ex-tl-scroll');
    const cdp = await page.context().newCDPSession(page);
    // From 80% to 20% across the box, near its top, wherever the page has scrolled it to.
    const swipe = async () => {
      await box.scrollIntoViewIfNeeded();
      const frame = await box.boundingBox();
      const y = frame.y + Math.min(frame.height / 2, 60);
      const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
      const [from, to] = [frame.x + frame.width * 0.8, frame.x + frame.width * 0.2];
      await touch('touchStart', from);
      for (let step = 1; step <= 6; step += 1) await touch('touchMove', from + ((to - from) * step) / 6);
      await touch('touchEnd', 0);
    };
    // All years shown: nothing to pan, and a swipe to the left is the next event.
    await swipe();
    await eventually(async () => assert.notEqual(await selectedId(), 'tl-amnesty-decree'));
    const next = await selectedId();
    // Zoomed in: the browser pans the track, and the selection stays.
    await page.getByRole('button', { name: '1953–1956' }).click();
    await eventually(async () => assert.equal(await yearsInAddress(page), '1953-1956'));
    const before = await box.evaluate((element) => element.scrollLeft);
    await swipe();
    await eventually(async () => {
      const after = await box.evaluate((element) => element.scrollLeft);
      assert.ok(after > before + 50, `the swipe panned from ${before} to ${after}`);
    });
    assert.equal(await selectedId(), next);
  }));

test('Ctrl with the wheel zooms in and out at the pointer', () =>
  withPage(LAPTOP, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/' });
    const frame = await page.locator('#ex-tl-scroll').boundingBox();
    await page.mouse.move(frame.x + frame.width * 0.36, frame.y + frame.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await eventually(async () => assert.equal((await inView(page)).zoom, 8));
    // The year under the pointer (about 1953) stays in the years shown (the address says
    // them once the zoom has settled).
    await eventually(async () => {
      const [first, last] = (await yearsInAddress(page)).split('-').map(Number);
      assert.ok(first <= 1953 && last >= 1953, `${first}-${last}`);
    });
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 300);
    await page.keyboard.up('Control');
    await eventually(async () => assert.equal(await yearsInAddress(page), ''));
  }));
