// Display modes from the query string (?mode=kiosk|embed; anything else is normal): marked on
// div.ex-app and on <html>, and combinable with a deep link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  expectNoteOpen,
  eventually,
} from './support.mjs';

const { withPage } = useBrowser();

/** Waits until both the app root and <html> carry data-mode=`mode`. */
async function expectMode(page, mode, label) {
  await eventually(async () => {
    const modes = await page.evaluate(() => ({
      app: document.querySelector('div.ex-app')?.dataset.mode,
      html: document.documentElement.dataset.mode,
    }));
    assert.deepEqual(modes, { app: mode, html: mode }, `${label}: data-mode on div.ex-app and <html>`);
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
    }));
}

test('?mode=kiosk#note=geldom: kiosk mode with the note open; the query survives URL updates', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { search: '?mode=kiosk', hash: '#note=geldom' });
    await expectMode(page, 'kiosk', '?mode=kiosk#note=geldom');
    await expectNoteOpen(page, 'geldom');
    await page.getByRole('button', { name: 'Close note' }).click();
    await eventually(async () => {
      const { search, hash } = await page.evaluate(() => ({ search: location.search, hash: location.hash }));
      assert.deepEqual({ search, hash }, { search: '?mode=kiosk', hash: '' });
    });
  }));
