// The camp map, on the figures page (figures/): the outline of the USSR (borders as of 1991) with a
// pin per camp of camps.toml. A pin is selected by mouse, keyboard or touch and shows the camp's
// details (town, years, the prisoners' work, timeline and glossary links, sources); the address
// holds it (figures/#camp-<id>; the old #camp=<id> is rewritten to it); Solzhenitsyn's camp,
// Ekibastuz, is findable from the glossary and the table; the map has alt text, a caption, a
// credit line and a full credit; axe-core finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser,
  gotoExhibit,
  gotoFresh,
  eventually,
  expectExhibitPath,
  runAxe,
  settle,
  waitForFocus,
} from './support.mjs';

const { withPage } = useBrowser();

const FIGURES = { path: 'figures/' };

/** camps.toml's camps: id, name, town, and what their prisoners did. */
const CAMPS = readFileSync(new URL('../../assets/content/camps.toml', import.meta.url), 'utf8')
  .split(/^\[\[camp\]\]\s*$/m)
  .slice(1)
  .map((chunk) => ({
    id: chunk.match(/^id = "([^"]+)"/m)[1],
    name: chunk.match(/^name = "([^"]+)"/m)[1],
    town: chunk.match(/^town = "([^"]+)"/m)[1],
    work: chunk.match(/^work = "([^"]+)"/m)?.[1],
  }));

const pin = (page, id) => page.locator(`#camp-pin-${id}`);
const details = (page, id) => page.locator(`#camp-${id}`);

/** The ids of the camps whose details are shown, and of the pins marked current. */
async function shown(page) {
  return page.evaluate(() => ({
    details: [...document.querySelectorAll('.ex-camp__details')]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.id),
    current: [...document.querySelectorAll('.ex-camp__pin[aria-current="true"]')].map((el) => el.id),
  }));
}

async function expectSelected(page, id) {
  await expectExhibitPath(page, `figures/#camp-${id}`);
  await eventually(async () =>
    assert.deepEqual(await shown(page), { details: [`camp-${id}`], current: [`camp-pin-${id}`] }),
  );
}

test('the map shows the USSR as of 1991 and a pin per camp, each a link named after its camp', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES);
    assert.ok(CAMPS.length >= 20);
    const map = page.locator('section#figure-camp-map');
    assert.equal(await map.locator('h2').textContent(), 'The camps on the map');
    const parts = await map.evaluate((section) => {
      const figure = section.querySelector('figure');
      const svg = figure.querySelector('svg');
      const box = svg.getBoundingClientRect();
      const caption = figure.querySelector('figcaption');
      return {
        land: figure.querySelector('.ex-map__ussr').getAttribute('d').length,
        label: figure.querySelector('.ex-map__label').textContent,
        alt: document.getElementById(svg.getAttribute('aria-labelledby'))?.textContent ?? '',
        caption: caption.textContent,
        credit: caption.querySelector('.ex-figure__credit')?.textContent ?? '',
        creditLast: caption.lastElementChild?.classList.contains('ex-figure__credit') ?? false,
        pinsInside: [...figure.querySelectorAll('.ex-camp__pin')].every((pin) => {
          const r = pin.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        }),
      };
    });
    assert.ok(parts.land > 1000, 'the outline is drawn');
    assert.match(parts.label, /borders as of 1991/);
    assert.ok(parts.alt.length > 100, 'alt text');
    assert.notEqual(parts.alt, parts.caption);
    assert.ok(parts.creditLast, 'the credit line ends the caption');
    assert.match(parts.credit, /Made with Natural Earth/);
    assert.match(parts.credit, /gulagmap\.ru/);
    assert.ok(parts.pinsInside, 'every pin lies on the map');
    for (const { id, name, town } of CAMPS) {
      const link = pin(page, id);
      assert.equal(await link.getAttribute('href'), `#camp-${id}`);
      const label = (await link.textContent()).replace(/\s+/g, ' ');
      assert.ok(label.startsWith(name) && label.includes(town), `${id}: "${label}"`);
    }
    // Nothing is selected yet: the map invites a choice.
    assert.deepEqual(await shown(page), { details: [], current: [] });
    assert.equal(await map.locator('.ex-map__intro').isVisible(), true);
  }));

test('mouse: clicking a pin shows its camp, names it beside the pin, and the address keeps it', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES);
    await pin(page, 'ekibastuz').click();
    await expectSelected(page, 'ekibastuz');
    const text = (await details(page, 'ekibastuz').textContent()).replace(/\s+/g, ' ');
    const camp = CAMPS.find((c) => c.id === 'ekibastuz');
    assert.ok(text.includes(camp.name), `the details name ${camp.name}`);
    assert.ok(text.includes(camp.town), `the details give its town, ${camp.town}`);
    assert.ok(text.includes(`Prisoners’ work: ${camp.work}`), 'what its prisoners did');
    assert.match(text, /Sources: /);
    assert.equal(await details(page, 'ekibastuz').locator('a[href="../timeline/#event-solzhenitsyn-sentenced"]').count(), 1);
    assert.equal(await details(page, 'ekibastuz').locator('a[href="../glossary/#glossary-solzhenitsyn"]').count(), 1);
    assert.equal(await pin(page, 'ekibastuz').locator('.ex-camp__label').isVisible(), true);
    assert.equal(await page.locator('.ex-map__intro').isVisible(), false);
    // Another pin replaces it.
    await pin(page, 'vorkutlag').click();
    await expectSelected(page, 'vorkutlag');
    // A camp's timeline link leads to the event: Steplag's to the Kengir uprising.
    await pin(page, 'steplag').click();
    await expectSelected(page, 'steplag');
    await details(page, 'steplag').locator('a[href="../timeline/#event-kengir-uprising"]').click();
    await expectExhibitPath(page, 'timeline/#event-kengir-uprising');
    await page.locator('#ex-view-title').waitFor({ state: 'visible' });
    await eventually(async () =>
      assert.equal(await page.locator('#ex-tl-track').getAttribute('aria-activedescendant'), 'tl-kengir-uprising'),
    );
    // Back returns to the map with Steplag shown.
    await page.goBack();
    await expectSelected(page, 'steplag');
  }));

test('keyboard: Tab goes from pin to pin, Enter shows the camp, Tab then reaches its links', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES);
    await pin(page, 'solovki').focus();
    await page.keyboard.press('Tab');
    await waitForFocus(page, 'camp-pin-belbaltlag');
    // The name shows on focus.
    assert.equal(await pin(page, 'belbaltlag').locator('.ex-camp__label').isVisible(), true);
    await page.keyboard.press('Enter');
    await expectSelected(page, 'belbaltlag');
    // Focus moves to the details, which follow their pin; Tab continues into them.
    await waitForFocus(page, 'camp-belbaltlag');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.closest('.ex-camp__details')?.id);
    assert.equal(focused, 'camp-belbaltlag');
  }));

test('touch: tapping a pin shows its camp; on a phone the table’s 44 px rows select camps too', () =>
  withPage({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true }, async ({ page }) => {
    await gotoExhibit(page, FIGURES);
    // A camp's mark: its pin, or where pins are too close at this size, its cluster's
    // count, whose list names it (clusters.test.mjs covers them at every size).
    for (const camp of ['karlag', 'dallag']) {
      const cluster = page.locator('.ex-map__cluster').filter({ visible: true, has: page.locator(`a[href="#camp-${camp}"]`) });
      const mark = (await pin(page, camp).isVisible()) ? pin(page, camp) : cluster.locator('summary');
      const box = await mark.boundingBox();
      assert.ok(box.width >= 44 && box.height >= 44, `${camp}: ${box.width}×${box.height}`);
      await mark.tap();
      if (!(await pin(page, camp).isVisible())) await cluster.locator(`a[href="#camp-${camp}"]`).tap();
      await expectSelected(page, camp);
      if ((await cluster.count()) > 0) await cluster.locator('summary').tap(); // closes its list
    }
  }).then(() =>
    withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page }) => {
      await gotoExhibit(page, FIGURES);
      await page.locator('#figure-camp-map .ex-figure__data summary').tap();
      const link = page.locator('#figure-camp-map tbody a[href="#camp-ekibastuz"]');
      const box = await link.boundingBox();
      assert.ok(box.height >= 44, `table link ${box.height} px tall`);
      await link.tap();
      await expectSelected(page, 'ekibastuz');
    })));

test('figures/#camp-ekibastuz and the old #camp=ekibastuz open the map with it; Solzhenitsyn’s glossary entry and the table lead there', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/', hash: '#camp-ekibastuz' });
    await expectSelected(page, 'ekibastuz');
    await waitForFocus(page, 'camp-ekibastuz');
    // The old link, on the essay's address, is rewritten.
    await gotoFresh(page, { hash: '#camp=ekibastuz' });
    await expectSelected(page, 'ekibastuz');
    await waitForFocus(page, 'camp-ekibastuz');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'figures');
    // From the glossary.
    await gotoFresh(page, { path: 'glossary/', hash: '#glossary-solzhenitsyn' });
    const entry = page.locator('#glossary-solzhenitsyn');
    await entry.waitFor({ state: 'visible' });
    await entry.locator('a[href="../figures/#camp-ekibastuz"]').click();
    await expectSelected(page, 'ekibastuz');
    // From the data table.
    await page.locator('#figure-camp-map .ex-figure__data summary').click();
    const rows = page.locator('#figure-camp-map tbody tr');
    assert.equal(await rows.count(), CAMPS.length);
    await page.locator('#figure-camp-map tbody a[href="#camp-steplag"]').click();
    await expectSelected(page, 'steplag');
  }));

test('Image credits give the map its full credit, with Natural Earth, the camps’ source and how it was made', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, FIGURES);
    const item = page.locator('#credit-camp-map');
    assert.deepEqual(await item.locator('dt').allTextContents(), [
      'Creator', 'Date', 'Source', 'Licence', 'Modifications', 'Made from', 'Credit line', 'Data sources',
    ]);
    const text = await item.textContent();
    assert.match(text, /Natural Earth/);
    assert.match(text, /world-atlas 2\.0\.2/);
    assert.match(text, /Albers/);
    assert.match(await item.locator('dt:text("Licence") + dd a').getAttribute('href'), /^https:\/\/www\.naturalearthdata\.com\//);
    // The data sources are cited in the essay page's Sources (however many the map cites).
    const cited = await item.locator('dt:text("Data sources") + dd a').count();
    assert.ok(cited >= 1, 'the map cites its data');
    assert.equal(await item.locator('dt:text("Data sources") + dd a[href^="../#source-"]').count(), cited);
    assert.equal(await page.locator('#figure-camp-map .ex-figure__credit a').getAttribute('href'), '#credit-camp-map');
  }));

test('axe: no violations on the map with a camp selected and its table open, light, dark and phone', () =>
  withPage({ colorScheme: 'dark' }, async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/', hash: '#camp-sevvostlag' });
    await expectSelected(page, 'sevvostlag');
    await page.locator('#figure-camp-map .ex-figure__data summary').click();
    await settle(page);
    assert.deepEqual(await runAxe(page, { include: '#figure-camp-map' }), []);
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
    assert.deepEqual(await runAxe(page, { include: '#figure-camp-map' }), []);
    // On a phone the map is too small for 23 pins 24 px apart. WCAG 2.5.8 allows that when
    // another control on the page does the same: the data table's links select every camp.
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    assert.deepEqual(await runAxe(page, { include: '#figure-camp-map', disableRules: ['target-size'] }), []);
    assert.equal(await page.locator('#figure-camp-map tbody a[href^="#camp-"]').count(), CAMPS.length);
  }));
