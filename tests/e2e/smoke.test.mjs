// Smoke test: the release bundle is served and the page loads. Real behaviour specs live beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, baseUrl } from './support.mjs';

const { withPage } = useBrowser();

// Only that the page loads: console errors are left to the behaviour specs.
test('page at baseUrl loads with status 200 and a non-empty <title>', () =>
  withPage(async ({ page }) => {
    const response = await page.goto(baseUrl, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `GET ${baseUrl}`);
    const title = (await page.title()).trim();
    assert.notEqual(title, '', 'document <title> is empty');
  }, { checkConsoleErrors: false }));
