// Smoke test: the release bundle is served, every view's page loads and the app takes it over.
// Real behaviour specs live beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, baseUrl, exhibitUrl, waitForApp, VIEWS, WAIT_MS } from './support.mjs';

const { withPage } = useBrowser();

// Only that the pages load: console errors are left to the behaviour specs.
test('page at baseUrl loads with status 200 and a non-empty <title>', () =>
  withPage(async ({ page }) => {
    const response = await page.goto(baseUrl, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `GET ${baseUrl}`);
    const title = (await page.title()).trim();
    assert.notEqual(title, '', 'document <title> is empty');
  }, { checkConsoleErrors: false }));

for (const path of VIEWS) {
  test(`${path || './'} loads with status 200, a non-empty <title>, and the app takes it over`, () =>
    withPage(async ({ page }) => {
      page.setDefaultTimeout(WAIT_MS);
      const url = exhibitUrl({ path });
      const response = await page.goto(url, { waitUntil: 'load' });
      assert.equal(response?.status(), 200, `GET ${url}`);
      assert.notEqual((await page.title()).trim(), '', 'document <title> is empty');
      await waitForApp(page);
      const root = await page.evaluate(() => ({
        js: document.documentElement.hasAttribute('data-js'),
        view: document.getElementById('ex-app')?.dataset.view,
      }));
      assert.deepEqual(root, {
        js: true,
        view: { '': 'essay', 'timeline/': 'timeline', 'glossary/': 'glossary', 'figures/': 'figures' }[path],
      });
    }, { checkConsoleErrors: false }));
}
