// The timeline's track read at a glance: each event's short headline beside its mark wherever
// it has room, era names never cut, and the axis's end years inside the track, on a phone (touch),
// a laptop and a 4K screen. What the eye sees is compared as boxes: no two visible words overlap
// each other or another mark, and none runs off the track or is cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, gotoExhibit, runAxe } from './support.mjs';

const { withPage } = useBrowser();

const SCREENS = [
  ['a phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ['a laptop', { viewport: { width: 1280, height: 900 } }],
  ['a 4K screen', { viewport: { width: 3840, height: 2160 } }],
];

/** Every visible word on the track and every mark, as boxes (page pixels). */
function boxes(page) {
  return page.evaluate(() => {
    const box = (element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const shown = (element) => {
      const style = getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      return style.visibility === 'visible' && style.display !== 'none' && width > 0 && height > 0;
    };
    const words = (selector, kind) =>
      [...document.querySelectorAll(selector)].filter(shown).map((element) => ({
        kind,
        text: element.textContent,
        ...box(element),
        cut: element.scrollWidth > Math.ceil(element.getBoundingClientRect().width) + 1,
      }));
    return {
      track: box(document.querySelector('.ex-tl-track')),
      labels: words('.ex-tl-mark__label', 'label'),
      eras: words('.ex-tl-era__label', 'era'),
      ticks: words('.ex-tl-tick', 'tick'),
      marks: [...document.querySelectorAll('.ex-tl-mark')].map((element) => ({
        kind: 'mark',
        id: element.id,
        label: element.querySelector('.ex-tl-mark__label'),
        ...box(element),
      })),
      count: document.querySelectorAll('.ex-tl-mark').length,
    };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (inner, outer) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

for (const [screen, contextOptions] of SCREENS) {
  test(`on ${screen}, labels and era names show where they have room, overlap nothing and are never cut`, () =>
    withPage(contextOptions, async ({ page }) => {
      await gotoExhibit(page, { path: 'timeline/' });
      const { track, labels, eras, ticks, marks, count } = await boxes(page);
      assert.equal(count, 50);
      assert.ok(labels.length >= (screen === 'a phone' ? 2 : 10), `${labels.length} labels on ${screen}`);
      // Every era has a name on the track, full or short.
      assert.equal(eras.length, 5, eras.map((e) => e.text).join(', '));
      const words = [...labels, ...eras, ...ticks];
      for (const word of words) {
        assert.ok(inside(word, track), `"${word.text}" runs off the track on ${screen}`);
        assert.equal(word.cut, false, `"${word.text}" is cut on ${screen}`);
      }
      for (const [i, a] of words.entries()) {
        for (const b of words.slice(i + 1)) {
          assert.ok(!overlap(a, b), `"${a.text}" and "${b.text}" overlap on ${screen}`);
        }
        // A label or name covers no mark (its own mark is beside it).
        for (const mark of marks) assert.ok(!overlap(a, mark), `"${a.text}" covers the mark ${mark.id} on ${screen}`);
      }
    }));
}

test('a label with no room shows on hover, keyboard focus and selection, over the rest', () =>
  withPage({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/' });
    // A mark whose label the layout left out at this width.
    const hiddenId = await page.evaluate(
      () =>
        [...document.querySelectorAll('.ex-tl-mark')].find(
          (mark) => getComputedStyle(mark.querySelector('.ex-tl-mark__label')).display === 'none',
        )?.id,
    );
    assert.ok(hiddenId, 'some label has no room at 1280 px');
    const label = page.locator(`#${hiddenId} .ex-tl-mark__label`);
    const visibility = () => label.evaluate((element) => (getComputedStyle(element).display === 'none' ? 'hidden' : 'visible'));
    await page.locator(`#${hiddenId}`).hover();
    assert.equal(await visibility(), 'visible', 'on hover');
    await page.mouse.move(0, 0);
    assert.equal(await visibility(), 'hidden');
    await page.locator(`#${hiddenId}`).click();
    await page.mouse.move(0, 0);
    assert.equal(await page.locator(`#${hiddenId}`).getAttribute('aria-selected'), 'true');
    assert.equal(await visibility(), 'visible', 'when selected');
    // The label is not read twice: the mark's name says the date and the whole headline.
    assert.equal(await label.getAttribute('aria-hidden'), 'true');
    assert.deepEqual(await runAxe(page, { include: '.ex-tl-track' }), []);
  }));

test("each event's entry in the list names its era in full", () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/' });
    const era = await page.locator('#event-stalin-dies .ex-tl-body__era').textContent();
    assert.equal(era, 'Release and reckoning');
    assert.equal(await page.locator('.ex-tl-list .ex-tl-body__era').count(), 50);
  }));
