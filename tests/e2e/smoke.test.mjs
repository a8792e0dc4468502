// Smoke test: the release bundle is served and the page loads. Real behaviour specs live beside it.
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

test('page at baseUrl loads with status 200 and a non-empty <title>', async () => {
  const page = await openPage(browser);
  const response = await page.goto(baseUrl, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${baseUrl}`);
  const title = (await page.title()).trim();
  assert.notEqual(title, '', 'document <title> is empty');
  await page.context().close();
});
