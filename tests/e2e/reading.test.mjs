// The Original / Edited reading switch: by mouse and by keyboard, the text changes (the stylesheet
// shows the reading of the checked radio), changed passages stay marked, and the address records
// the reading in its query (?reading=edited), beside an open note's fragment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  markerByNumber,
  expectNoteOpen,
  expectExhibitPath,
  eventually,
} from './support.mjs';

// Phrases only the original shows, and their counterparts in the edited reading.
const ORIGINAL = ['was not even given a trail', 'Geldom', 'Noble prize', '20th Party of Congress'];
const EDITED = ['were not even given a trial', 'von Geldern', 'Nobel Prize', '20th Party Congress'];

const { withPage } = useBrowser();

/** The essay as read: whitespace collapsed. */
async function essayText(page) {
  return (await page.locator('article#essay').innerText()).replace(/\s+/g, ' ');
}

/**
 * The reading state as the page shows it. The root no longer says which reading is shown
 * (data-reading is gone): the stylesheet shows `.ex-original` or `.ex-edited` from the checked
 * radio, so `shown` is the reading whose spans are rendered.
 */
async function readingState(page) {
  return page.evaluate(() => {
    const rendered = (selector) =>
      [...document.querySelectorAll(`#essay-text ${selector}`)].filter((el) => el.getClientRects().length > 0).length;
    const original = rendered('.ex-original');
    const edited = rendered('.ex-edited');
    return {
      shown: original && !edited ? 'original' : edited && !original ? 'edited' : `mixed (${original} original, ${edited} edited)`,
      checked: document.querySelector('input[name="ex-reading"]:checked')?.value ?? null,
      changed: [...document.querySelectorAll('span.ex-noted[data-note]')]
        .filter((span) => span.dataset.changed === 'true')
        .map((span) => span.dataset.note),
    };
  });
}

/** Waits until the page shows `reading` everywhere: rendered spans, radio, words. */
async function expectReading(page, reading, changedSpans) {
  await eventually(async () => {
    const state = await readingState(page);
    assert.equal(state.shown, reading, 'reading whose spans are rendered');
    assert.equal(state.checked, reading, 'checked radio');
    if (changedSpans) assert.deepEqual(state.changed, changedSpans, 'spans with data-changed=true');
    const text = await essayText(page);
    const [shown, gone] = reading === 'edited' ? [EDITED, ORIGINAL] : [ORIGINAL, EDITED];
    for (const phrase of shown) assert.ok(text.includes(phrase), `${reading} reading shows "${phrase}"`);
    for (const phrase of gone) assert.ok(!text.includes(phrase), `${reading} reading does not show "${phrase}"`);
  });
}

test('reading switch: two labelled radios, Original checked by default', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const radios = page.locator('input[name="ex-reading"]');
    assert.deepEqual(await radios.evaluateAll((inputs) => inputs.map((i) => [i.type, i.value, i.id])), [
      ['radio', 'original', 'ex-reading-original'],
      ['radio', 'edited', 'ex-reading-edited'],
    ]);
    assert.equal(await page.getByRole('radio', { name: /^Original/ }).getAttribute('value'), 'original');
    assert.equal(await page.getByRole('radio', { name: /^Edited/ }).getAttribute('value'), 'edited');
    assert.equal(await page.getByRole('radio', { name: /^Original/ }).isChecked(), true);
    await expectReading(page, 'original');
    await expectExhibitPath(page, '');
  }));

test('reading switch by mouse: Edited and back; changed passages stay marked; URL has ?reading=edited', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const changedBefore = (await readingState(page)).changed;
    assert.ok(changedBefore.length >= 4, `several passages are data-changed=true (got ${changedBefore})`);
    for (const id of ['geldom', 'innocent-without-trial', 'nobel-prize', 'twentieth-congress']) {
      assert.ok(changedBefore.includes(id), `passage ${id} is data-changed=true`);
    }

    // The (transparent) radio covers its whole pill-shaped label, so a click anywhere on it lands here.
    await page.getByRole('radio', { name: /^Edited/ }).click();
    await expectReading(page, 'edited', changedBefore);
    await expectExhibitPath(page, '?reading=edited');

    await page.getByRole('radio', { name: /^Original/ }).click();
    await expectReading(page, 'original', changedBefore);
    await expectExhibitPath(page, '');
  }));

test('reading switch by keyboard: arrow keys move between Original and Edited', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    // Reach the radio group with Tab (it is a single tab stop on the checked radio).
    let onRadio = false;
    for (let presses = 0; presses < 15 && !onRadio; presses += 1) {
      await page.keyboard.press('Tab');
      onRadio = await page.evaluate(() => document.activeElement?.matches('input[name="ex-reading"]') ?? false);
    }
    assert.ok(onRadio, 'Tab reaches the reading switch');
    assert.equal(await page.evaluate(() => document.activeElement.value), 'original');

    await page.keyboard.press('ArrowRight');
    await expectReading(page, 'edited');
    await expectExhibitPath(page, '?reading=edited');

    await page.keyboard.press('ArrowLeft');
    await expectReading(page, 'original');
    await expectExhibitPath(page, '');

    await page.keyboard.press('ArrowDown');
    await expectReading(page, 'edited');
    await page.keyboard.press('ArrowUp');
    await expectReading(page, 'original');
  }));

test('reading and an open note are both kept in the URL (?reading=edited#note-…)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await expectReading(page, 'edited');
    await markerByNumber(page, 17).click();
    await expectNoteOpen(page, 'nobel-prize');
    await expectExhibitPath(page, '?reading=edited#note-nobel-prize');
    // The note panel shows both versions of the passage.
    const panelText = (await page.locator('#ex-note-panel').innerText()).replace(/\s+/g, ' ');
    assert.match(panelText, /Noble prize/);
    assert.match(panelText, /Nobel Prize/);

    await page.getByRole('button', { name: 'Close note' }).click();
    await expectExhibitPath(page, '?reading=edited');
    await expectReading(page, 'edited');
  }));

test('the reading is kept while the reader visits another view and comes back', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await expectExhibitPath(page, '?reading=edited');

    const nav = page.getByRole('navigation', { name: 'Exhibit' });
    await nav.getByRole('link', { name: 'Glossary' }).click();
    await page.locator('#ex-app[data-view="glossary"]').waitFor();
    // The reading is the essay's preference: other views' addresses leave it out.
    await expectExhibitPath(page, 'glossary/');

    await nav.getByRole('link', { name: 'The essay' }).click();
    await page.locator('#ex-app[data-view="essay"]').waitFor();
    await expectReading(page, 'edited');
    await expectExhibitPath(page, '?reading=edited');

    // Back and Forward retrace the moves, the reading staying as chosen.
    await page.goBack();
    await page.locator('#ex-app[data-view="glossary"]').waitFor();
    await expectExhibitPath(page, 'glossary/');
    await page.goBack();
    await page.locator('#ex-app[data-view="essay"]').waitFor();
    await expectExhibitPath(page, '?reading=edited');
    await expectReading(page, 'edited');
  }));
