// If the app cannot start (here: its WebAssembly never arrives), the visitor sees a polite message,
// not a blank page or an endless "loading".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, baseUrl } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a failed WebAssembly download shows the failure message', async () => {
  const page = await openPage(browser);
  try {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(baseUrl);
    const failure = page.locator('#ex-failure');
    await failure.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await failure.getAttribute('role'), 'alert');
    assert.match(await failure.textContent(), /could not be opened/);
    assert.equal(await page.locator('#ex-root').isVisible(), false, 'the loading text is hidden');
  } finally {
    await page.context().close();
  }
});

test('a working start never shows the failure message', async () => {
  const page = await openPage(browser);
  try {
    await page.goto(baseUrl);
    await page.locator('.ex-app').waitFor();
    assert.equal(await page.locator('#ex-failure').isVisible(), false);
    assert.equal(await page.locator('.ex-boot').count(), 0, 'the loading text is replaced');
  } finally {
    await page.context().close();
  }
});
