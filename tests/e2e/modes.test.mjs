// Display modes from the query string (?mode=kiosk|embed; anything else is normal): marked on
// <html>, on every view, combinable with a deep link, and kept while the reader moves around.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  exhibitPath,
  expectExhibitPath,
  expectNoteOpen,
  expectNoNoteOpen,
  eventually,
  settle,
} from './support.mjs';

const { withPage } = useBrowser();

/** A kiosk starts on its attract screen: a visitor touches it to begin. */
async function begin(page) {
  await page.locator('#ex-kiosk-attract[open]').waitFor();
  await page.getByRole('button', { name: 'Touch to begin' }).click();
  await page.locator('#ex-kiosk-attract:not([open])').waitFor({ state: 'attached' });
}

/**
 * Waits until <html> carries data-mode=`mode`. (The app's root, div.ex-app, no longer carries it:
 * the mode is set once on <html>, which outlives the views swapped in and out.)
 */
async function expectMode(page, mode, label) {
  await eventually(async () => {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mode), mode, `${label}: data-mode on <html>`);
  });
}

const CASES = [
  ['', 'normal'],
  ['?mode=kiosk', 'kiosk'],
  ['?mode=embed', 'embed'],
  ['?mode=normal', 'normal'],
  ['?mode=bogus', 'normal'],
  ['?mode=', 'normal'],
  ['?mode=%3Cscript%3E', 'normal'],
  ['?utm_source=x&mode=kiosk', 'kiosk'],
];

for (const [search, mode] of CASES) {
  test(`${search || '(no query)'} → data-mode="${mode}"`, () =>
    withPage(async ({ page }) => {
      await gotoExhibit(page, { search });
      await expectMode(page, mode, search || '(no query)');
      // The exhibit itself is there in every mode.
      assert.equal(await page.locator('article#essay p.ex-essay__para').count(), 4);
      // The query is left as it was (the app only ever rewrites its own `reading`).
      assert.equal(await exhibitPath(page), search);
    }));
}

for (const [path, search, mode] of [
  ['timeline/', '?mode=embed', 'embed'],
  ['glossary/', '?mode=kiosk', 'kiosk'],
  ['figures/', '?mode=bogus', 'normal'],
]) {
  test(`${path}${search} → data-mode="${mode}" on that view too`, () =>
    withPage(async ({ page }) => {
      await gotoExhibit(page, { path, search });
      await expectMode(page, mode, `${path}${search}`);
      assert.equal(await page.locator('#ex-app').getAttribute('data-view'), path.slice(0, -1));
      assert.equal(await exhibitPath(page), `${path}${search}`);
    }));
}

test('?mode=kiosk#note=geldom: kiosk mode with the note open; the query survives URL updates', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { search: '?mode=kiosk', hash: '#note=geldom' });
    await expectMode(page, 'kiosk', '?mode=kiosk#note=geldom');
    await begin(page);
    await expectNoteOpen(page, 'geldom');
    // The old link is rewritten to the new form, keeping the mode.
    await expectExhibitPath(page, '?mode=kiosk#note-geldom');
    await settle(page); // the text has scrolled to the note's marker
    await page.getByRole('button', { name: 'Close note' }).click();
    await expectNoNoteOpen(page);
    await expectExhibitPath(page, '?mode=kiosk');
  }));

test('?mode=kiosk#note-geldom (new link): kiosk mode with the note open', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { search: '?mode=kiosk', hash: '#note-geldom' });
    await expectMode(page, 'kiosk', '?mode=kiosk#note-geldom');
    await expectNoteOpen(page, 'geldom');
    await expectExhibitPath(page, '?mode=kiosk#note-geldom');
  }));

test('the mode stays while the reader moves between views and with the reading', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { search: '?mode=kiosk' });
    await begin(page);
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await expectExhibitPath(page, '?mode=kiosk&reading=edited');

    const nav = page.getByRole('navigation', { name: 'Exhibit' });
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('#ex-app[data-view="timeline"]').waitFor();
    await expectExhibitPath(page, 'timeline/?mode=kiosk');
    await expectMode(page, 'kiosk', 'timeline/');

    await nav.getByRole('link', { name: 'Figures' }).click();
    await page.locator('#ex-app[data-view="figures"]').waitFor();
    await expectExhibitPath(page, 'figures/?mode=kiosk');
    await expectMode(page, 'kiosk', 'figures/');

    // Back to the essay: the reading the reader chose is still there.
    await nav.getByRole('link', { name: 'The essay' }).click();
    await page.locator('#ex-app[data-view="essay"]').waitFor();
    await expectExhibitPath(page, '?mode=kiosk&reading=edited');
    await expectMode(page, 'kiosk', 'essay');
    assert.equal(await page.getByRole('radio', { name: /^Edited/ }).isChecked(), true);
  }));
