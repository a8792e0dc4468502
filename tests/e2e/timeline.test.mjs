// Timeline (timeline/): a landmark with a heading and an ordered list of <time> items under the
// visual track; the track is one tab stop (arrows, Home/End, Enter); click, one-finger swipe; a
// polite live region says only the headline; uncertain dates say so; `timeline/#event-<id>`
// addresses, the old `#event=` and `#view=essay&event=` links rewritten to them, and Back;
// essay ↔ timeline jumps both ways; the list view; axe-core with an event selected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  gotoFresh,
  eventually,
  waitForFocus,
  expectExhibitPath,
  throughout,
  runAxe,
  settle,
  contentEventIds,
} from './support.mjs';

const { withPage } = useBrowser();

const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } };
const TIMELINE = { path: 'timeline/' };

/** Event ids in timeline.toml, in file order (the page shows them in date order). */
const EVENT_IDS = contentEventIds();

/** The selected mark's id (without "tl-"), as the track and the details say. */
async function selected(page) {
  return page.evaluate(() => {
    const track = document.getElementById('ex-tl-track');
    const marked = [...track.querySelectorAll('[aria-selected="true"]')].map((el) => el.id);
    return {
      active: track.getAttribute('aria-activedescendant')?.replace(/^tl-/, '') ?? null,
      marked: marked.map((id) => id.replace(/^tl-/, '')),
      headline: document.querySelector('#ex-tl-detail-body .ex-tl-body__headline')?.textContent ?? null,
      live: document.getElementById('ex-tl-live').textContent,
    };
  });
}

/** Waits until event `id` is selected: track, mark, details, live region and address agree. */
async function expectSelected(page, id) {
  await eventually(async () => {
    const state = await selected(page);
    assert.equal(state.active, id, 'aria-activedescendant');
    assert.deepEqual(state.marked, [id], 'aria-selected');
    const headline = await page.locator(`#tl-${id} .ex-vh`).textContent();
    assert.ok(state.headline && headline.endsWith(state.headline), `details show ${id}`);
    assert.equal(state.live, state.headline, 'the live region says the headline only');
  });
  await expectExhibitPath(page, `timeline/#event-${id}`);
}

/**
 * An event whose sources give other dates, as the page shows it: its id and its date with the
 * alternatives ("24 or 25 February 1956"). Which event that is, is the content's business.
 */
async function disputedEvent(page) {
  const found = await page.locator('#ex-tl-list > li').evaluateAll((items) =>
    items
      .map((item) => ({ id: item.id.replace(/^event-/, ''), date: item.querySelector('time')?.textContent ?? '', text: item.textContent }))
      .find(({ date, text }) => / or /.test(date) && text.includes('Sources differ')),
  );
  assert.ok(found, 'the timeline has an event whose sources differ on its date');
  return { id: found.id, date: found.date };
}

test('a landmark with a heading, eras, and an ordered list of <time> items for every event', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, TIMELINE);
    const region = page.getByRole('region', { name: /^Timeline, 1918–2022$/ });
    assert.equal(await region.count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Timeline, 1918–2022');
    assert.ok(EVENT_IDS.length >= 30, 'at least 30 events');
    const items = await page.locator('ol#ex-tl-list > li').evaluateAll((all) =>
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
    // Each mark is a link to its event in the list (which works without the app).
    const marks = await page.locator('#ex-tl-track a.ex-tl-mark').evaluateAll((all) =>
      all.map((a) => ({ id: a.id, href: a.getAttribute('href') })),
    );
    assert.deepEqual(marks, items.map((i) => ({ id: `tl-${i.id}`, href: `#event-${i.id}` })), 'marks in date order, linking to the list');
  }));

test('keyboard: the track is one tab stop; arrows move, Home and End jump, Enter selects', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, TIMELINE);
    // The zoom's buttons come first, then the track.
    await page.locator('#ex-timeline-layout-list').focus();
    await page.keyboard.press('Tab');
    await waitForFocus(page, 'ex-tl-zoom-in');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // 1953–1956, All years, track
    await waitForFocus(page, 'ex-tl-track');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.notEqual((await selected(page)).active, null, 'Enter selects an event'));
    const first = (await selected(page)).active;
    await expectSelected(page, first);
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.notEqual((await selected(page)).active, first, 'ArrowRight moves'));
    const second = (await selected(page)).active;
    await expectSelected(page, second);
    await page.keyboard.press('End');
    await eventually(async () => assert.notEqual((await selected(page)).active, second, 'End moves'));
    const last = (await selected(page)).active;
    await expectSelected(page, last);
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, last); // stops at the end
    await page.keyboard.press('Home');
    await expectSelected(page, first);
    await waitForFocus(page, 'ex-tl-track');
    // One tab stop: the next Tab leaves the track (no mark is focusable on its own).
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#ex-tl-track')), null);
    const tabbable = await page
      .locator('#ex-tl-track a, #ex-tl-track button, #ex-tl-track [tabindex]')
      .evaluateAll((all) => all.filter((el) => el.tabIndex >= 0).map((el) => el.id));
    assert.deepEqual(tabbable, [], 'marks in the tab order');
  }));

test('mouse: clicking a mark selects it and shows its details', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, TIMELINE);
    await page.locator('#tl-secret-speech').click();
    await expectSelected(page, 'secret-speech');
    // The Secret Speech's date is disputed (24 or 25 February): said in text and on the mark.
    const details = await page.locator('#ex-tl-detail-body').innerText();
    assert.match(details, /25 or 24 February 1956/);
    assert.match(details, /uncertain/);
    assert.equal(await page.locator('#tl-secret-speech').getAttribute('data-disputed'), 'true');
    // Earlier and Later step through the events.
    const ids = await page.locator('#ex-tl-track [role="option"]').evaluateAll((all) => all.map((el) => el.id.slice(3)));
    const index = ids.indexOf('secret-speech');
    await page.locator('#ex-tl-later').click();
    await expectSelected(page, ids[index + 1]);
    await page.locator('#ex-tl-earlier').click();
    await expectSelected(page, ids[index]);
  }));

test('touch: one finger swiping sideways steps through events; two fingers do not', () =>
  withPage(PHONE, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/', hash: '#event-amnesty-decree' });
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
    // Nothing to wait for: the selection must stay put for a while.
    await throughout(async () => assert.equal((await selected(page)).active, ids[index], 'two fingers moved the selection'), { duration: 500 });
    await expectSelected(page, ids[index]);
  }));

test('links restore the event (timeline/#event-<id>, old #event=<id>); uncertain dates say so; unknown ids are ignored', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, TIMELINE);
    const { id, date } = await disputedEvent(page);
    await gotoFresh(page, { path: 'timeline/', hash: `#event-${id}` });
    await expectSelected(page, id);
    await waitForFocus(page, 'ex-tl-track');
    const details = await page.locator('#ex-tl-detail-body').innerText();
    assert.ok(details.includes(date), `the details give both dates: ${date}`);
    assert.match(details, /Sources differ/);

    // The old link, on the essay's address, opens the timeline page and is rewritten.
    await gotoFresh(page, { hash: `#event=${id}` });
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'timeline');
    await expectSelected(page, id);
    await waitForFocus(page, 'ex-tl-track');

    // #view=timeline opens the timeline with nothing selected.
    await gotoFresh(page, { hash: '#view=timeline' });
    await expectExhibitPath(page, 'timeline/');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'timeline');
    assert.deepEqual((await selected(page)).marked, []);

    // Unknown ids select nothing and do not stay in the address.
    for (const at of [{ path: 'timeline/', hash: '#event-no-such-event' }, { hash: '#event=no-such-event' }]) {
      await gotoFresh(page, at);
      await expectExhibitPath(page, 'timeline/');
      const state = await selected(page);
      assert.deepEqual({ active: state.active, marked: state.marked }, { active: null, marked: [] }, `${at.hash}: nothing selected`);
    }
  }));

test('essay ↔ timeline: a date in the essay selects its event; "Read it in the essay" marks the passage; Back returns', () =>
  withPage({ reducedMotion: 'reduce' }, async ({ page }) => {
    await gotoExhibit(page);
    const date = page.locator('#essay a[data-event="amnesty-decree"]');
    assert.equal(await date.getAttribute('href'), 'timeline/#event-amnesty-decree');
    await date.click();
    await expectSelected(page, 'amnesty-decree');
    await waitForFocus(page, 'ex-tl-track');
    const read = page.locator('#ex-tl-detail-body').getByRole('link', { name: 'Read it in the essay' });
    assert.equal(await read.getAttribute('href'), '../#at-amnesty-decree');
    await read.click();
    await expectExhibitPath(page, '#at-amnesty-decree');
    await eventually(async () => {
      const state = await page.evaluate(() => {
        const link = document.querySelector('#essay a[data-event="amnesty-decree"]');
        const r = link.getBoundingClientRect();
        return {
          view: document.getElementById('ex-app').dataset.view,
          highlighted: link.dataset.highlight,
          focused: document.activeElement === link,
          inView: r.top >= 0 && r.bottom <= innerHeight,
        };
      });
      assert.deepEqual(state, { view: 'essay', highlighted: 'true', focused: true, inView: true });
    });
    await page.goBack();
    await expectSelected(page, 'amnesty-decree');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'timeline');
    await page.goForward();
    await expectExhibitPath(page, '#at-amnesty-decree');
    await eventually(async () =>
      assert.equal(await page.locator('#essay a[data-event="amnesty-decree"]').getAttribute('data-highlight'), 'true'),
    );
  }));

test('the old #view=essay&event=<id> link marks the passage and becomes #at-<id>', () =>
  withPage({ reducedMotion: 'reduce' }, async ({ page }) => {
    await gotoExhibit(page, { hash: '#view=essay&event=amnesty-decree' });
    await expectExhibitPath(page, '#at-amnesty-decree');
    await waitForFocus(page, 'at-amnesty-decree');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'essay');
    assert.equal(await page.locator('#at-amnesty-decree').getAttribute('data-highlight'), 'true');
  }));

test('the list view shows every event with all its details; print shows the list', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, TIMELINE);
    const listWidth = async () => (await page.locator('.ex-tl-all').boundingBox())?.width ?? 0;
    assert.ok((await listWidth()) <= 1, 'the list is for screen readers until asked for');
    assert.equal(await page.locator('#ex-tl-track').isVisible(), true);
    await page.locator('#ex-timeline-layout-list').check();
    await eventually(async () => assert.ok((await listWidth()) > 200, 'the list is shown'));
    assert.equal(await page.locator('#ex-tl-track').isVisible(), false);
    assert.equal(await page.locator('#ex-tl-list > li').count(), EVENT_IDS.length);
    const { id, date } = await disputedEvent(page);
    const entry = await page.locator(`#event-${id}`).innerText();
    assert.ok(entry.includes(date) && entry.includes('Sources differ'), `${id}: both dates and why`);
    await page.locator('#ex-timeline-layout-track').check();
    await eventually(async () => assert.ok((await listWidth()) <= 1, 'back to the track'));
    await page.emulateMedia({ media: 'print' });
    await eventually(async () => assert.ok((await listWidth()) > 200, 'the list is printed'));
    assert.equal(await page.locator('#ex-tl-track').isVisible(), false);
  }));

test('axe: no violations with an event selected (desktop and phone) and in the list view', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/', hash: '#event-secret-speech' });
    await expectSelected(page, 'secret-speech');
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await page.locator('#ex-timeline-layout-list').check();
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }).then(() =>
    withPage(PHONE, async ({ page }) => {
      await gotoExhibit(page, { path: 'timeline/', hash: '#event-amnesty-decree' });
      await expectSelected(page, 'amnesty-decree');
      await settle(page);
      assert.deepEqual(await runAxe(page), []);
    })));
