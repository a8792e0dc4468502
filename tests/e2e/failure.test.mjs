// If the app cannot start (here: its WebAssembly never arrives), the visitor sees a polite message,
// not a blank page or an endless "loading".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, baseUrl } from './support.mjs';

const { withPage } = useBrowser();

// Console errors are not checked here: the aborted download logs some on purpose, and the working
// start is only about the failure message (the behaviour specs check a normal start's console).
test('a failed WebAssembly download shows the failure message', () =>
  withPage(async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(baseUrl);
    const failure = page.locator('#ex-failure');
    await failure.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await failure.getAttribute('role'), 'alert');
    assert.match(await failure.textContent(), /could not be opened/);
    assert.equal(await page.locator('#ex-root').isVisible(), false, 'the loading text is hidden');
  }, { checkConsoleErrors: false }));

test('a working start never shows the failure message', () =>
  withPage(async ({ page }) => {
    await page.goto(baseUrl);
    await page.locator('.ex-app').waitFor();
    assert.equal(await page.locator('#ex-failure').isVisible(), false);
    assert.equal(await page.locator('.ex-boot').count(), 0, 'the loading text is replaced');
  }, { checkConsoleErrors: false }));
