// Timeline: a landmark with a heading and an ordered list of <time> items under the visual
// track; the track is one tab stop (arrows, Home/End, Enter); click, one-finger swipe; a
// polite live region says only the headline; uncertain dates say so; #event deep links and
// Back; essay ↔ timeline jumps both ways; the list view; axe-core with an event selected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, gotoExhibit, eventually, waitForFocus, expectHash, runAxe, settle } from './support.mjs';

const { withPage } = useBrowser();

const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } };

/** Event ids in timeline.toml, in file order (the page shows them in date order). */
const EVENT_IDS = [...readFileSync(new URL('../../assets/content/timeline.toml', import.meta.url), 'utf8')
  .matchAll(/^\[\[event\]\]\s*\nid = "([a-z0-9-]+)"/gm)].map((m) => m[1]);

async function openAt(page, hash) {
  await page.goto('about:blank');
  await gotoExhibit(page, { hash });
}

/** The selected mark's id (without "tl-"), as the track and the details say. */
async function selected(page) {
  return page.evaluate(() => {
    const track = document.getElementById('ex-tl-track');
    const marked = [...track.querySelectorAll('[aria-selected="true"]')].map((el) => el.id);
    return {
      active: track.getAttribute('aria-activedescendant')?.replace(/^tl-/, '') ?? null,
      marked: marked.map((id) => id.replace(/^tl-/, '')),
      headline: document.querySelector('.ex-tl-detail .ex-tl-body__headline')?.textContent ?? null,
      live: document.querySelector('.ex-timeline [aria-live="polite"]').textContent,
    };
  });
}

async function expectSelected(page, id) {
  await eventually(async () => {
    const state = await selected(page);
    assert.equal(state.active, id, 'aria-activedescendant');
    assert.deepEqual(state.marked, [id], 'aria-selected');
    const headline = await page.locator(`#tl-${id} .ex-vh`).textContent();
    assert.ok(headline.endsWith(state.headline), `details show ${id}`);
    assert.equal(state.live, state.headline, 'the live region says the headline only');
  });
}

test('a landmark with a heading, eras, and an ordered list of <time> items for every event', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#view=timeline');
    const region = page.getByRole('region', { name: /^Timeline, 1918–2022$/ });
    assert.equal(await region.count(), 1);
    assert.ok(EVENT_IDS.length >= 30, 'at least 30 events');
    const items = await page.locator('.ex-tl-list > li').evaluateAll((all) =>
      all.map((li) => ({ id: li.id.replace(/^event-/, ''), datetime: li.querySelector('time')?.getAttribute('datetime') })),
    );
    assert.deepEqual(items.map((i) => i.id).sort(), [...EVENT_IDS].sort(), 'one list item per event');
    for (const { id, datetime } of items) assert.match(datetime ?? '', /^\d{4}(-\d{2}(-\d{2})?)?$/, id);
    // Chronological by the first day each covers ("1953" starts on 1 January).
    const dates = items.map((i) => i.datetime);
    const firstDays = dates.map((d) => `${d}-01-01`.slice(0, 10));
    assert.deepEqual(firstDays, [...firstDays].sort(), 'chronological');
    assert.equal(dates[0].slice(0, 4), '1918');
    assert.equal(dates.at(-1).slice(0, 4), '2022');
    const eras = await page.locator('.ex-tl-era__label').allTextContents();
    assert.ok(eras.length >= 4, `${eras.length} eras`);
    assert.equal(await page.getByRole('listbox').count(), 1);
    assert.equal(await page.getByRole('option').count(), EVENT_IDS.length);
  }));

test('keyboard: the track is one tab stop; arrows move, Home and End jump, Enter selects', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#view=timeline');
    await page.locator('input[name="ex-timeline-layout"][value="list"]').focus();
    await page.keyboard.press('Tab');
    await waitForFocus(page, 'ex-tl-track');
    await page.keyboard.press('Enter');
    const first = (await selected(page)).active;
    await expectSelected(page, first);
    await page.keyboard.press('ArrowRight');
    const second = (await selected(page)).active;
    assert.notEqual(second, first);
    await expectSelected(page, second);
    await expectHash(page, `#view=timeline&event=${second}`);
    await page.keyboard.press('End');
    const last = (await selected(page)).active;
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, last); // stops at the end
    await page.keyboard.press('Home');
    await expectSelected(page, first);
    // One tab stop: the next Tab leaves the track (no mark is focusable on its own).
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#ex-tl-track')), null);
    assert.equal(await page.locator('#ex-tl-track [tabindex], #ex-tl-track button, #ex-tl-track a').count(), 0);
  }));

test('mouse: clicking a mark selects it and shows its details', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#view=timeline');
    await page.locator('#tl-secret-speech').click();
    await expectSelected(page, 'secret-speech');
    await expectHash(page, '#view=timeline&event=secret-speech');
    // The Secret Speech's date is disputed (24 or 25 February): said in text and on the mark.
    const details = await page.locator('.ex-tl-detail').innerText();
    assert.match(details, /25 or 24 February 1956/);
    assert.match(details, /uncertain/);
    assert.equal(await page.locator('#tl-secret-speech').getAttribute('data-disputed'), 'true');
  }));

test('touch: one finger swiping sideways steps through events; two fingers do not', () =>
  withPage(PHONE, async ({ page }) => {
    await openAt(page, '#event=amnesty-decree');
    await expectSelected(page, 'amnesty-decree');
    const ids = await page.locator('#ex-tl-track [role="option"]').evaluateAll((all) => all.map((el) => el.id.slice(3)));
    const index = ids.indexOf('amnesty-decree');
    await page.locator('.ex-tl-detail').scrollIntoViewIfNeeded();
    const box = await page.locator('.ex-tl-detail').boundingBox();
    const y = Math.max(box.y, 0) + 40;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    const swipe = async (from, to, fingers = 1) => {
      const at = (x) => Array.from({ length: fingers }, (_, i) => ({ x, y: y + i * 60, id: i }));
      await touch('touchStart', at(from));
      for (let step = 1; step <= 5; step += 1) await touch('touchMove', at(from + ((to - from) * step) / 5));
      await touch('touchEnd', []);
    };
    await swipe(300, 100); // to the left: the next event
    await expectSelected(page, ids[index + 1]);
    await swipe(100, 300); // to the right: back
    await expectSelected(page, ids[index]);
    await swipe(300, 100, 2); // two fingers: nothing
    await page.waitForTimeout(300);
    await expectSelected(page, ids[index]);
  }));

test('deep links restore the event; uncertain dates say so; unknown ids are ignored', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#event=gulag-abolished');
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'timeline');
    await expectSelected(page, 'gulag-abolished');
    await waitForFocus(page, 'ex-tl-track');
    const details = await page.locator('.ex-tl-detail').innerText();
    assert.match(details, /13 or 25 January 1960/);
    assert.match(details, /Sources differ/);
    await openAt(page, '#event=no-such-event');
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'essay');
  }));

test('essay ↔ timeline: a date in the essay selects its event; "Read it in the essay" marks the passage; Back returns', () =>
  withPage({ reducedMotion: 'reduce' }, async ({ page }) => {
    await gotoExhibit(page);
    await page.locator('#essay a[data-event="amnesty-decree"]').click();
    await expectSelected(page, 'amnesty-decree');
    await waitForFocus(page, 'ex-tl-track');
    await page.locator('.ex-tl-detail').getByRole('link', { name: 'Read it in the essay' }).click();
    await eventually(async () => {
      const state = await page.evaluate(() => {
        const link = document.querySelector('#essay a[data-event="amnesty-decree"]');
        const r = link.getBoundingClientRect();
        return {
          view: document.querySelector('.ex-app').dataset.view,
          highlighted: link.dataset.highlight,
          focused: document.activeElement === link,
          inView: r.top >= 0 && r.bottom <= innerHeight,
        };
      });
      assert.deepEqual(state, { view: 'essay', highlighted: 'true', focused: true, inView: true });
    });
    await page.goBack();
    await expectSelected(page, 'amnesty-decree');
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'timeline');
  }));

test('the list view shows every event with all its details; print shows the list', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#view=timeline');
    const listWidth = async () => (await page.locator('.ex-tl-all').boundingBox())?.width ?? 0;
    assert.ok((await listWidth()) <= 1, 'the list is for screen readers until asked for');
    await page.locator('input[name="ex-timeline-layout"][value="list"]').check();
    await eventually(async () => assert.ok((await listWidth()) > 200, 'the list is shown'));
    assert.equal(await page.locator('#ex-tl-track').isVisible(), false);
    assert.match(await page.locator('#event-gulag-abolished').innerText(), /13 or 25 January 1960[\s\S]*Sources differ/);
    await page.locator('input[name="ex-timeline-layout"][value="track"]').check();
    await page.emulateMedia({ media: 'print' });
    assert.ok((await listWidth()) > 200, 'printed');
    assert.equal(await page.locator('#ex-tl-track').isVisible(), false);
  }));

test('axe: no violations with an event selected (desktop and phone) and in the list view', () =>
  withPage(async ({ page }) => {
    await openAt(page, '#event=secret-speech');
    await expectSelected(page, 'secret-speech');
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await page.locator('input[name="ex-timeline-layout"][value="list"]').check();
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }).then(() =>
    withPage(PHONE, async ({ page }) => {
      await openAt(page, '#event=amnesty-decree');
      await expectSelected(page, 'amnesty-decree');
      await settle(page);
      assert.deepEqual(await runAxe(page), []);
    })));
