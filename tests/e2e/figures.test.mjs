// Figures and credits: each chart has a caption, alternative text, a credit line right under it
// and its data as a table; a bar's value shows on focus (and hover or tap); the Image credits
// section gives every figure's full credit (title, creator, source, licence, modifications,
// data sources); axe-core finds nothing, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, gotoExhibit, eventually, runAxe, settle } from './support.mjs';

const { withPage } = useBrowser();

/** figures.toml's figures: id and the number of bars. */
const FIGURES = readFileSync(new URL('../../assets/content/figures.toml', import.meta.url), 'utf8')
  .split(/^\[\[figure\]\]\s*$/m)
  .slice(1)
  .map((chunk) => ({
    id: chunk.match(/^id = "([^"]+)"/m)[1],
    bars: (chunk.match(/^\[\[figure\.bar\]\]/gm) ?? []).length,
    values: [...chunk.matchAll(/^value = (\d+)/gm)].map((m) => Number(m[1])),
  }));

test('every figure has a title, alternative text, a caption, a credit line under it and its data', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    assert.ok(FIGURES.length >= 2);
    for (const { id, bars, values } of FIGURES) {
      const figure = page.locator(`figure#figure-${id}`);
      assert.equal(await figure.count(), 1, id);
      const parts = await figure.evaluate((f) => {
        const svg = f.querySelector('svg');
        const alt = document.getElementById(svg.getAttribute('aria-describedby'));
        const next = f.querySelector('figcaption').nextElementSibling;
        return {
          title: f.querySelector('h3').textContent,
          alt: alt?.textContent ?? '',
          caption: f.querySelector('figcaption').textContent,
          creditUnderCaption: next?.classList.contains('ex-figure__credit') ?? false,
          credit: next?.textContent ?? '',
          bars: svg.querySelectorAll('.ex-chart__bar').length,
          rows: [...f.querySelectorAll('tbody tr td')].map((td) => Number(td.textContent.split(' ')[0].replace(/,/g, ''))),
        };
      });
      assert.ok(parts.title.length > 5, `${id} title`);
      assert.ok(parts.alt.length > 40, `${id} alt`);
      assert.notEqual(parts.alt, parts.caption, `${id}: the alt text is not the caption`);
      assert.ok(parts.creditUnderCaption, `${id}: the credit line is right under the caption`);
      assert.match(parts.credit, /Data:/);
      assert.equal(parts.bars, bars, `${id}: a bar per value`);
      assert.deepEqual(parts.rows, values, `${id}: the table holds the data`);
    }
  }));

test('a bar shows its value on focus, and "Show the data" opens the table', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
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
    assert.equal(await table.isVisible(), true);
    // Uncertain values say so, in the chart and in the table.
    const held = page.locator('#figure-amnesty-1953 .ex-chart__bar').first();
    assert.match(await held.getAttribute('aria-label'), /\(uncertain\)$/);
  }));

test('Image credits give every figure its title, creator, date, source, licence, changes and data sources', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const credits = page.getByRole('region', { name: 'Image credits' });
    assert.equal(await credits.count(), 1);
    for (const { id } of FIGURES) {
      const item = page.locator(`#credit-${id}`);
      const fields = await item.locator('dt').allTextContents();
      assert.deepEqual(fields, ['Creator', 'Date', 'Source', 'Licence', 'Modifications', 'Credit line', 'Data sources'], id);
      const licence = item.locator('dt:text("Licence") + dd a');
      assert.match(await licence.getAttribute('href'), /^https:\/\//, `${id} licence link`);
      assert.ok((await item.locator('dt:text("Data sources") + dd a[href^="#source-"]').count()) >= 1, `${id} data sources`);
      // The figure's "Full credit" link leads here.
      assert.equal(await page.locator(`#figure-${id} .ex-figure__credit a`).getAttribute('href'), `#credit-${id}`);
    }
  }));

test('axe: no violations on the figures and credits, light and dark', () =>
  withPage({ colorScheme: 'dark' }, async ({ page }) => {
    await gotoExhibit(page);
    await page.locator('#figure-camp-deaths summary').click();
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }));
