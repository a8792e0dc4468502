// Figures and credits, on the figures page (figures/): each chart is a section with a heading and a
// <figure> (the chart, its alternative text, and a caption that ends with the credit line), then
// its data as a table under "Show the data"; a bar's value shows on focus (and hover or tap); the
// Image credits section gives every figure's full credit (title, creator, source, licence,
// modifications, data sources); axe-core finds nothing, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, gotoExhibit, eventually, runAxe, settle, waitForFocus, expectExhibitPath } from './support.mjs';

const { withPage } = useBrowser();

const FIGURES_PAGE = { path: 'figures/' };

/** figures.toml's figures: id and the number of bars. */
const FIGURES = readFileSync(new URL('../../assets/content/figures.toml', import.meta.url), 'utf8')
  .split(/^\[\[figure\]\]\s*$/m)
  .slice(1)
  .map((chunk) => ({
    id: chunk.match(/^id = "([^"]+)"/m)[1],
    bars: (chunk.match(/^\[\[figure\.bar\]\]/gm) ?? []).length,
    values: [...chunk.matchAll(/^value = (\d+)/gm)].map((m) => Number(m[1])),
  }));

test('the figures page: a heading, and every figure with a title, alternative text, a caption ending in its credit line, and its data', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Figures' }).click();
    await expectExhibitPath(page, 'figures/');
    await waitForFocus(page, 'ex-view-title');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Figures');
    assert.ok(FIGURES.length >= 2);
    for (const { id, bars, values } of FIGURES) {
      const section = page.locator(`section#figure-${id}`);
      assert.equal(await section.count(), 1, id);
      assert.equal(await section.locator('figure').count(), 1, `${id}: one <figure>`);
      const parts = await section.evaluate((s) => {
        const f = s.querySelector('figure');
        const svg = f.querySelector('svg');
        const alt = document.getElementById(svg.getAttribute('aria-describedby'));
        const caption = f.querySelector('figcaption');
        const credit = caption.querySelector('.ex-figure__credit');
        const data = s.querySelector('details');
        return {
          title: s.querySelector('h2')?.textContent ?? '',
          labelledBy: document.getElementById(s.getAttribute('aria-labelledby'))?.tagName,
          alt: alt?.textContent ?? '',
          caption: caption.textContent,
          captionLast: f.lastElementChild === caption,
          creditEndsCaption: !!credit && caption.lastElementChild === credit,
          credit: credit?.textContent ?? '',
          dataAfterFigure: !!data && (f.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !f.contains(data),
          bars: svg.querySelectorAll('.ex-chart__bar').length,
          rows: [...(data?.querySelectorAll('tbody tr td') ?? [])].map((td) => Number(td.textContent.split(' ')[0].replace(/,/g, ''))),
        };
      });
      assert.ok(parts.title.length > 5, `${id} title`);
      assert.equal(parts.labelledBy, 'H2', `${id}: the section is named by its h2`);
      assert.ok(parts.alt.length > 40, `${id} alt`);
      assert.notEqual(parts.alt, parts.caption, `${id}: the alt text is not the caption`);
      assert.ok(parts.captionLast, `${id}: the caption closes the figure`);
      assert.ok(parts.creditEndsCaption, `${id}: the credit line ends the caption`);
      assert.match(parts.credit, /Data:/);
      assert.ok(parts.dataAfterFigure, `${id}: "Show the data" follows the figure`);
      assert.equal(parts.bars, bars, `${id}: a bar per value`);
      assert.deepEqual(parts.rows, values, `${id}: the table holds the data`);
    }
  }));

test('a bar shows its value on focus, and "Show the data" opens the table', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES_PAGE);
    const bar = page.locator('#figure-camp-deaths .ex-chart__bar').nth(12); // 1942
    assert.equal(await bar.getAttribute('aria-label'), '1942: 352,560 deaths');
    const value = bar.locator('.ex-chart__value');
    assert.equal(await value.evaluate((el) => getComputedStyle(el).opacity), '0');
    await bar.focus();
    await eventually(async () => assert.equal(await value.evaluate((el) => getComputedStyle(el).opacity), '1'));
    assert.equal(await value.textContent(), '352,560');
    const table = page.locator('#figure-camp-deaths table');
    assert.equal(await table.isVisible(), false);
    await page.locator('#figure-camp-deaths summary').click();
    await eventually(async () => assert.equal(await table.isVisible(), true));
    // Uncertain values say so, in the chart and in the table.
    const held = page.locator('#figure-amnesty-1953 .ex-chart__bar').first();
    assert.match(await held.getAttribute('aria-label'), /\(uncertain\)$/);
  }));

test('Image credits give every figure its title, creator, date, source, licence, changes and data sources', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES_PAGE);
    const credits = page.getByRole('region', { name: 'Image credits' });
    assert.equal(await credits.count(), 1);
    for (const { id } of FIGURES) {
      const item = page.locator(`#credit-${id}`);
      const fields = await item.locator('dt').allTextContents();
      assert.deepEqual(fields, ['Creator', 'Date', 'Source', 'Licence', 'Modifications', 'Credit line', 'Data sources'], id);
      const licence = item.locator('dt:text("Licence") + dd a');
      assert.match(await licence.getAttribute('href'), /^https:\/\//, `${id} licence link`);
      // The data sources are cited in the essay page's Sources.
      assert.ok((await item.locator('dt:text("Data sources") + dd a[href^="../#source-"]').count()) >= 1, `${id} data sources`);
      // The figure's "Full credit" link leads here, and the credit back to its figure.
      assert.equal(await page.locator(`#figure-${id} .ex-figure__credit a`).getAttribute('href'), `#credit-${id}`);
      assert.equal(await item.locator('.ex-credit__title a').getAttribute('href'), `#figure-${id}`);
    }
  }));

test('axe: no violations on the figures and credits, light and dark', () =>
  withPage({ colorScheme: 'dark' }, async ({ page }) => {
    await gotoExhibit(page, FIGURES_PAGE);
    await page.locator('#figure-camp-deaths summary').click();
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }));
