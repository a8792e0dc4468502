// The Original / Edited reading switch: by mouse and by keyboard, the text changes, the root's
// data-reading changes, changed passages stay marked, and the URL fragment records the reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  markerByNumber,
  expectNoteOpen,
  expectHash,
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

/** The reading state as the page shows it. */
async function readingState(page) {
  return page.evaluate(() => ({
    dataReading: document.querySelector('div.ex-app')?.dataset.reading,
    checked: document.querySelector('input[name="ex-reading"]:checked')?.value ?? null,
    changed: [...document.querySelectorAll('span.ex-noted[data-note]')]
      .filter((span) => span.dataset.changed === 'true')
      .map((span) => span.dataset.note),
  }));
}

/** Waits until the page shows `reading` everywhere: attribute, radio, words. */
async function expectReading(page, reading, changedSpans) {
  await eventually(async () => {
    const state = await readingState(page);
    assert.equal(state.dataReading, reading, 'div.ex-app data-reading');
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
    assert.deepEqual(await radios.evaluateAll((inputs) => inputs.map((i) => [i.type, i.value])), [
      ['radio', 'original'],
      ['radio', 'edited'],
    ]);
    assert.equal(await page.getByRole('radio', { name: /^Original/ }).getAttribute('value'), 'original');
    assert.equal(await page.getByRole('radio', { name: /^Edited/ }).getAttribute('value'), 'edited');
    assert.equal(await page.getByRole('radio', { name: /^Original/ }).isChecked(), true);
    await expectReading(page, 'original');
    await expectHash(page, '');
  }));

test('reading switch by mouse: Edited and back; changed passages stay marked; URL has reading=edited', () =>
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
    await expectHash(page, '#reading=edited');

    await page.getByRole('radio', { name: /^Original/ }).click();
    await expectReading(page, 'original', changedBefore);
    await expectHash(page, '');
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
    await expectHash(page, '#reading=edited');

    await page.keyboard.press('ArrowLeft');
    await expectReading(page, 'original');
    await expectHash(page, '');

    await page.keyboard.press('ArrowDown');
    await expectReading(page, 'edited');
    await page.keyboard.press('ArrowUp');
    await expectReading(page, 'original');
  }));

test('reading and an open note are both kept in the URL fragment', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await expectReading(page, 'edited');
    await markerByNumber(page, 17).click();
    await expectNoteOpen(page, 'nobel-prize');
    await expectHash(page, '#note=nobel-prize&reading=edited');
    // The note panel shows both versions of the passage.
    const panelText = (await page.locator('#ex-note-panel').innerText()).replace(/\s+/g, ' ');
    assert.match(panelText, /Noble prize/);
    assert.match(panelText, /Nobel Prize/);

    await page.getByRole('button', { name: 'Close note' }).click();
    await expectHash(page, '#reading=edited');
  }));
