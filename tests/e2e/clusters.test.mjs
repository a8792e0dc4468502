// The camp map at every size: pins that would overlap become one cluster mark with a count,
// which opens the list of its camps; no target is under another or smaller than the pointer
// needs (24 px with a mouse, 44 px on touch), every camp can be reached, and a clustered camp
// opens by tap and by keyboard. On wide screens the map takes the page's width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, gotoExhibit, runAxe, contentCampIds, eventually, expectHash } from './support.mjs';

const { withPage } = useBrowser();

const SCREENS = [
  ['a phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, 44],
  ['a tablet', { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true }, 44],
  ['a laptop', { viewport: { width: 1280, height: 900 } }, 24],
  ['a 4K screen', { viewport: { width: 3840, height: 2160 } }, 24],
];

/** The map's targets as shown: single pins and cluster marks, with their boxes and camps. */
function targets(page) {
  return page.evaluate(() => {
    const shown = (element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().width > 0;
    const box = (element) => {
      const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
      return { left, right, top, bottom, width, height };
    };
    const pins = [...document.querySelectorAll('.ex-camp__pin')].filter(shown).map((pin) => ({
      id: pin.id,
      camps: [pin.getAttribute('href').slice('#camp-'.length)],
      ...box(pin),
    }));
    const clusters = [...document.querySelectorAll('.ex-map__cluster')]
      .filter(shown)
      .map((cluster) => ({
        id: cluster.id,
        camps: [...cluster.querySelectorAll('a')].map((a) => a.getAttribute('href').slice('#camp-'.length)),
        ...box(cluster.querySelector('summary')),
      }));
    return { pins, clusters, map: box(document.querySelector('.ex-map__frame')) };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const [screen, contextOptions, size] of SCREENS) {
  test(`on ${screen}, every camp is one tap away: targets of ${size} px, none under another`, () =>
    withPage(contextOptions, async ({ page }) => {
      await gotoExhibit(page, { path: 'figures/' });
      const { pins, clusters } = await targets(page);
      const all = [...pins, ...clusters];
      for (const target of all) {
        assert.ok(target.width >= size - 0.5 && target.height >= size - 0.5, `${target.id} is ${target.width} px on ${screen}`);
      }
      for (const [i, a] of all.entries()) {
        for (const b of all.slice(i + 1)) assert.ok(!overlap(a, b), `${a.id} and ${b.id} overlap on ${screen}`);
      }
      const reached = all.flatMap((target) => target.camps).sort();
      assert.deepEqual(reached, [...contentCampIds()].sort(), 'every camp once, by its pin or its cluster');
      if (screen === 'a phone') assert.ok(clusters.length > 0, 'a phone needs clusters');
      if (screen === 'a laptop' || screen === 'a 4K screen') assert.equal(clusters.length, 0, `no clusters on ${screen}`);
    }));
}

test('on a wide screen the map takes the width of the page, its words the measure', () =>
  withPage({ viewport: { width: 1600, height: 1000 } }, async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/' });
    const widths = await page.evaluate(() => ({
      map: document.querySelector('.ex-map__frame').getBoundingClientRect().width,
      caption: document.querySelector('#figure-camp-map .ex-figure__caption').getBoundingClientRect().width,
      chart: document.querySelector('.ex-figures > .ex-figure:not(.ex-map)')?.getBoundingClientRect().width ?? 0,
    }));
    assert.ok(widths.map > 1200, `the map is ${widths.map} px wide`);
    assert.ok(widths.caption <= 42 * 24, `the caption keeps the measure (${widths.caption} px)`);
    assert.ok(widths.chart < widths.map, 'the charts keep the measure');
  }));

test('a clustered camp opens by tap: the count opens the list, a name selects the camp', () =>
  withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/' });
    const { clusters } = await targets(page);
    for (const cluster of clusters) {
      const summary = page.locator(`#${cluster.id} summary`);
      assert.match(await summary.getAttribute('aria-label'), new RegExp(`^${cluster.camps.length} camps close together: `));
      await summary.tap();
      const link = page.locator(`#${cluster.id} a`).last();
      await link.waitFor({ state: 'visible' });
      const camp = cluster.camps.at(-1);
      await link.tap();
      await expectHash(page, `#camp-${camp}`);
      await eventually(async () => assert.ok(await page.locator(`#camp-${camp}`).isVisible(), `${camp}'s details`));
      // While the list is open, the other marks step back; closed, the selected camp's own
      // pin shows where it is, over its cluster.
      assert.equal(await page.locator(`#camp-pin-${camp}`).isVisible(), false);
      await summary.tap();
      assert.ok(await page.locator(`#camp-pin-${camp}`).isVisible(), `${camp}'s pin`);
    }
    // axe with a list open.
    await page.locator(`#${clusters[0].id} summary`).tap();
    assert.deepEqual(await runAxe(page, { include: '.ex-map' }), []);
  }));

test('a clustered camp opens by keyboard: Enter on the count, Tab to a name, Enter', () =>
  withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/' });
    const { clusters } = await targets(page);
    const cluster = clusters.find((c) => c.camps.length > 2) ?? clusters[0];
    await page.locator(`#${cluster.id} summary`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`#${cluster.id} details`).getAttribute('open'), '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const camp = cluster.camps[1];
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), `#camp-${camp}`);
    await page.keyboard.press('Enter');
    await expectHash(page, `#camp-${camp}`);
    await eventually(async () => assert.ok(await page.locator(`#camp-${camp}`).isVisible()));
  }));
