// Editorial notes open and close by mouse, keyboard and touch; focus moves into the panel and
// back to the marker; one note at a time; the URL fragment follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  NOTE_IDS,
  noteNumber,
  markerByNumber,
  notePanel,
  expectNoteOpen,
  expectNoNoteOpen,
  expectExhibitPath,
  waitForFocus,
  eventually,
  settle,
} from './support.mjs';

const TOUCH_PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };
const MIN_TARGET = 44; // px, WCAG 2.5.5 (AAA) / platform guidance for touch targets

const { withPage } = useBrowser();

// ----- Mouse -----

test('mouse: every one of the 18 notes opens from its first marker and closes with “Close note”', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    for (const id of NOTE_IDS) {
      const number = noteNumber(id);
      const marker = markerByNumber(page, number);
      assert.equal(await marker.getAttribute('id'), `ref-${id}-1`, `first "Editorial note ${number}" marker`);
      await marker.click();
      await expectNoteOpen(page, id);
      assert.equal(await marker.getAttribute('aria-expanded'), 'true', `${id}: aria-expanded`);
      assert.equal(
        await page.locator(`span.ex-noted[data-note="${id}"]`).first().getAttribute('data-active'),
        'true',
        `${id}: passage data-active`,
      );
      await waitForFocus(page, 'ex-note-panel-title');
      await expectExhibitPath(page, `#note-${id}`);

      await page.getByRole('button', { name: 'Close note' }).click();
      await expectNoNoteOpen(page);
      assert.equal(await marker.getAttribute('aria-expanded'), 'false', `${id}: aria-expanded after close`);
      await waitForFocus(page, `ref-${id}-1`);
      await expectExhibitPath(page, '');
    }
  }));

test('mouse: clicking the open note’s marker again closes it; another marker switches notes', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const first = markerByNumber(page, 6);
    await first.click();
    await expectNoteOpen(page, 'innocent-without-trial');

    // Another marker: only that note is open (expectNoteOpen checks nothing else is expanded/active).
    await markerByNumber(page, 7).click();
    await expectNoteOpen(page, 'first-post-stalin-measure');
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#ex-note-panel').count(), 1, 'one panel');
    await expectExhibitPath(page, '#note-first-post-stalin-measure');

    // The same marker again toggles it closed.
    await markerByNumber(page, 7).click();
    await expectNoNoteOpen(page);
    await expectExhibitPath(page, '');
  }));

test('mouse: the second “Geldom” marker opens note 5 and focus returns to that second marker', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const second = markerByNumber(page, 5, 2);
    assert.equal(await second.getAttribute('id'), 'ref-geldom-2');
    await second.click();
    await expectNoteOpen(page, 'geldom');
    // Both passages of the note are highlighted, both markers expanded.
    assert.deepEqual(
      await page.locator('span.ex-noted[data-note="geldom"]').evaluateAll((spans) => spans.map((s) => s.dataset.active)),
      ['true', 'true'],
    );
    await waitForFocus(page, 'ex-note-panel-title');
    await page.keyboard.press('Escape');
    await expectNoNoteOpen(page);
    await waitForFocus(page, 'ref-geldom-2');
  }));

// ----- Keyboard -----

test('keyboard: Tab reaches the first marker, Enter opens its note, Escape closes and returns focus, Enter reopens', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const firstMarker = `ref-${NOTE_IDS[0]}-1`;
    const visited = [];
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const active = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body ? el.id || `${el.tagName.toLowerCase()}:${el.textContent.trim().slice(0, 20)}` : 'body';
      });
      visited.push(active);
      if (active === firstMarker) break;
    }
    assert.equal(visited.at(-1), firstMarker, `Tab order never reached #${firstMarker}: ${visited.join(' → ')}`);
    assert.ok(visited.length <= 10, `first marker needs ${visited.length} Tabs: ${visited.join(' → ')}`);

    await page.keyboard.press('Enter');
    await expectNoteOpen(page, NOTE_IDS[0]);
    await waitForFocus(page, 'ex-note-panel-title');
    assert.equal(
      await page.evaluate(() => document.getElementById('ex-note-panel').contains(document.activeElement)),
      true,
      'focus is inside the panel',
    );

    await page.keyboard.press('Escape');
    await expectNoNoteOpen(page);
    await waitForFocus(page, firstMarker);

    // Enter on the marker focus returned to opens it again. (A marker is a link now, so Enter,
    // not Space, follows it, as with every link.)
    await page.keyboard.press('Enter');
    await expectNoteOpen(page, NOTE_IDS[0]);
    await page.keyboard.press('Escape');
    await expectNoNoteOpen(page);
    await waitForFocus(page, firstMarker);
  }));

/** A step button of the panel by its exact accessible name; asserts it exists once. */
async function stepButton(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) !== 1) {
    const named = await page.locator('#ex-note-panel nav button').evaluateAll((buttons) =>
      buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()),
    );
    assert.fail(`expected one button named exactly "${name}"; the panel's nav buttons read ${JSON.stringify(named)}`);
  }
  return button;
}

/** Focus still inside the panel (stepping re-renders the note and moves focus to its heading). */
async function expectFocusInPanel(page) {
  await eventually(async () => {
    assert.equal(
      await page.evaluate(() => document.getElementById('ex-note-panel').contains(document.activeElement)),
      true,
      'focus is inside the panel',
    );
  });
}

test('keyboard: “Next note” steps forward through all 18 notes and is disabled on the last', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 1).focus();
    await page.keyboard.press('Enter');
    await expectNoteOpen(page, NOTE_IDS[0]);
    let previous = await stepButton(page, 'Previous note');
    let next = await stepButton(page, 'Next note');
    assert.equal(await previous.isDisabled(), true, 'Previous note is disabled on note 1');
    assert.equal(await next.isDisabled(), false, 'Next note is enabled on note 1');

    for (let index = 1; index < NOTE_IDS.length; index += 1) {
      next = await stepButton(page, 'Next note');
      await next.focus();
      await page.keyboard.press('Enter');
      await expectNoteOpen(page, NOTE_IDS[index]);
      await expectExhibitPath(page, `#note-${NOTE_IDS[index]}`);
      await expectFocusInPanel(page);
    }
    previous = await stepButton(page, 'Previous note');
    next = await stepButton(page, 'Next note');
    assert.equal(await next.isDisabled(), true, 'Next note is disabled on note 18');
    assert.equal(await previous.isDisabled(), false, 'Previous note is enabled on note 18');

    // Escape returns focus to the marker of the note shown.
    await page.keyboard.press('Escape');
    await expectNoNoteOpen(page);
    await waitForFocus(page, `ref-${NOTE_IDS.at(-1)}-1`);
  }));

test('keyboard: “Previous note” steps back through all 18 notes and is disabled on the first', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, NOTE_IDS.length).focus();
    await page.keyboard.press('Enter');
    await expectNoteOpen(page, NOTE_IDS.at(-1));
    let previous = await stepButton(page, 'Previous note');
    assert.equal(await previous.isDisabled(), false, 'Previous note is enabled on note 18');

    for (let index = NOTE_IDS.length - 2; index >= 0; index -= 1) {
      previous = await stepButton(page, 'Previous note');
      await previous.focus();
      await page.keyboard.press('Enter');
      await expectNoteOpen(page, NOTE_IDS[index]);
      await expectExhibitPath(page, `#note-${NOTE_IDS[index]}`);
      await expectFocusInPanel(page);
    }
    previous = await stepButton(page, 'Previous note');
    assert.equal(await previous.isDisabled(), true, 'Previous note is disabled on note 1');

    // Escape returns focus to the marker of the note shown.
    await page.keyboard.press('Escape');
    await expectNoNoteOpen(page);
    await waitForFocus(page, `ref-${NOTE_IDS[0]}-1`);
  }));

// ----- Touch -----

test('touch: tapping a marker opens the note as a bottom sheet inside the viewport; tapping Close closes it', () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const marker = markerByNumber(page, 6);
    await marker.tap();
    await expectNoteOpen(page, 'innocent-without-trial');

    const panel = notePanel(page);
    await settle(page); // the sheet rises in by 0.5rem: measure where it comes to rest
    const box = await panel.boundingBox();
    assert.ok(box, 'panel has a box');
    const { width, height } = TOUCH_PHONE.viewport;
    assert.ok(box.x >= 0 && box.y >= 0, `panel starts inside the viewport (${JSON.stringify(box)})`);
    assert.ok(box.x + box.width <= width + 0.5, `panel fits the viewport width (${JSON.stringify(box)})`);
    assert.ok(Math.abs(box.y + box.height - height) <= 1, `panel is a bottom sheet, flush with the bottom (${JSON.stringify(box)})`);
    assert.ok(box.height < height, 'panel leaves part of the text visible');

    const close = page.getByRole('button', { name: 'Close note' });
    assert.ok(await close.isVisible(), 'Close note visible');
    await close.tap();
    await expectNoNoteOpen(page);
  }));

test('touch: a marker tapped low on the screen stays visible above the note sheet', () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const marker = markerByNumber(page, 11);
    // Bring the marker near the bottom of the screen, where the sheet will rise.
    await marker.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      window.scrollBy(0, rect.bottom - window.innerHeight + 40);
    });
    await settle(page);
    await marker.tap();
    await expectNoteOpen(page, NOTE_IDS[10]);
    await settle(page);
    const markerBox = await marker.boundingBox();
    const panelBox = await notePanel(page).boundingBox();
    assert.ok(markerBox && panelBox, 'both have boxes');
    assert.ok(markerBox.y >= 0, `marker still on screen (${JSON.stringify(markerBox)})`);
    assert.ok(
      markerBox.y + markerBox.height <= panelBox.y,
      `marker (${JSON.stringify(markerBox)}) is above the sheet (${JSON.stringify(panelBox)})`,
    );
  }));

test(`touch: markers have a ≥ ${MIN_TARGET}px tap area (::after), a tap beside the digit still opens`, () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const problems = [];
    for (const id of ['camps-before-stalin', 'geldom', 'nobel-prize']) {
      const marker = page.locator(`#ref-${id}-1`);
      await marker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const area = await marker.evaluate((el, offset) => {
        const rect = el.getBoundingClientRect();
        const after = getComputedStyle(el, '::after');
        const px = (value) => (value.endsWith('px') ? parseFloat(value) : NaN);
        const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map((side) => px(after[side]));
        const cx = rect.left + rect.width / 2;
        const cy = rect.top + rect.height / 2;
        const hits = Object.fromEntries(
          [
            ['above', cx, cy - offset],
            ['below', cx, cy + offset],
            ['left', cx - offset, cy],
            ['right', cx + offset, cy],
          ].map(([name, x, y]) => {
            const hit = document.elementFromPoint(x, y);
            return [name, hit === el || el.contains(hit) ? 'marker' : hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}.${hit.className}` : 'none'];
          }),
        );
        return {
          content: after.content,
          position: after.position,
          width: rect.width - (Number.isNaN(left) ? 0 : left) - (Number.isNaN(right) ? 0 : right),
          height: rect.height - (Number.isNaN(top) ? 0 : top) - (Number.isNaN(bottom) ? 0 : bottom),
          insets: { top, right, bottom, left },
          box: { width: rect.width, height: rect.height },
          hits,
        };
      }, 20);
      if (area.content === 'none' || area.position !== 'absolute') {
        problems.push(`${id}: no absolutely positioned ::after (content ${area.content}, position ${area.position})`);
      }
      if (!(area.width >= MIN_TARGET && area.height >= MIN_TARGET)) {
        problems.push(`${id}: tap area ${area.width}×${area.height}px (box ${area.box.width}×${area.box.height}, ::after insets ${JSON.stringify(area.insets)})`);
      }
      for (const [where, hit] of Object.entries(area.hits)) {
        if (hit !== 'marker') problems.push(`${id}: elementFromPoint 20px ${where} the centre is ${hit}`);
      }
    }
    assert.deepEqual(problems, [], 'marker tap areas');

    // A real tap 18px below the centre of a marker (outside its visible circle) opens its note.
    const marker = page.locator('#ref-nobel-prize-1');
    const box = await marker.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2 + 18);
    await expectNoteOpen(page, 'nobel-prize');
  }));

test(`touch: reading-switch options and the Close button are at least ${MIN_TARGET}px`, () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const sizes = {};
    for (const name of ['Original', 'Edited']) {
      const label = page.locator('label').filter({ has: page.getByRole('radio', { name: new RegExp(`^${name}`) }) });
      assert.equal(await label.count(), 1, `one label for the ${name} radio`);
      sizes[name] = await label.boundingBox();
    }
    await markerByNumber(page, 1).tap();
    await expectNoteOpen(page, NOTE_IDS[0]);
    await settle(page);
    sizes.close = await page.getByRole('button', { name: 'Close note' }).boundingBox();

    const small = Object.entries(sizes)
      .filter(([name, box]) => box.height < MIN_TARGET || (name === 'close' && box.width < MIN_TARGET))
      .map(([name, box]) => `${name}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}px`);
    assert.deepEqual(small, [], 'targets smaller than 44px');
  }));
