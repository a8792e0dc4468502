// Accessibility: axe-core (WCAG 2.2 AA + best practices) finds no violations on every view (the
// essay, timeline/, glossary/, figures/) in light and dark mode and on a phone, with a note open
// (also as a bottom sheet on a phone), a glossary card open, an event selected, a camp selected,
// and in the edited reading; the essay's body text has ≥ 7:1 contrast (WCAG AAA).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  runAxe,
  MAP_PINS,
  gotoExhibit,
  VIEWS,
  expectExhibitPath,
  markerByNumber,
  expectNoteOpen,
  eventually,
  parseCssColor,
  contrastRatio,
  settle,
} from './support.mjs';

const { withPage } = useBrowser();

/** Runs axe in light and then dark mode on the page as it stands; returns { light, dark }. */
async function axeInBothSchemes(page) {
  await page.emulateMedia({ colorScheme: 'light' });
  await settle(page);
  const light = await runAxe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await settle(page); // colours transition (150 ms) after the scheme changes
  const dark = await runAxe(page);
  return { light, dark };
}

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const viewName = (path) => path || './ (essay)';

for (const path of VIEWS) {
  test(`axe: no violations on ${viewName(path)} in light mode`, () =>
    withPage({ colorScheme: 'light' }, async ({ page }) => {
      await gotoExhibit(page, { path });
      await settle(page);
      assert.deepEqual(await runAxe(page), []);
    }));

  test(`axe: no violations on ${viewName(path)} in dark mode`, () =>
    withPage({ colorScheme: 'dark' }, async ({ page }) => {
      await gotoExhibit(page, { path });
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      await settle(page);
      assert.deepEqual(await runAxe(page), []);
    }));

  test(`axe: no violations on ${viewName(path)} on a phone`, () =>
    withPage(PHONE, async ({ page }) => {
      await gotoExhibit(page, { path });
      await settle(page);
      // The map's pins are too close for target-size on a phone; map.test.mjs covers them.
      assert.deepEqual(await runAxe(page, { exclude: MAP_PINS }), []);
    }));
}

test('axe: no violations with a note open (light and dark)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 6).click(); // a note with an edit, a correction and several sources
    await expectNoteOpen(page, 'innocent-without-trial');
    assert.deepEqual(await axeInBothSchemes(page), { light: [], dark: [] });
  }));

test('axe: no violations with a note open as a bottom sheet on a phone', () =>
  withPage(PHONE, async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 4).tap(); // the longest note
    await expectNoteOpen(page, 'amnesty-list');
    await settle(page); // the panel rises in (opacity, transform)
    assert.deepEqual(await runAxe(page, { exclude: MAP_PINS }), []);
  }));

test('axe: no violations in the edited reading (light and dark)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await expectExhibitPath(page, '?reading=edited');
    await eventually(async () => {
      const changed = page.locator('#essay-text .ex-noted[data-changed="true"]').first();
      assert.equal(await changed.locator('.ex-edited').isVisible(), true, 'the edited words are shown');
    });
    assert.deepEqual(await axeInBothSchemes(page), { light: [], dark: [] });
  }));

test('axe: no violations with a glossary card open (light and dark)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#term-khrushchev-1' });
    await eventually(async () => {
      const state = await page.evaluate(() => {
        const card = document.getElementById('ex-term-card');
        return {
          expanded: document.getElementById('term-khrushchev-1').getAttribute('aria-expanded'),
          shown: card.checkVisibility() && card.previousElementSibling?.id === 'term-khrushchev-1',
          label: card.getAttribute('aria-label'),
        };
      });
      assert.deepEqual(state, { expanded: 'true', shown: true, label: 'Glossary: Nikita Khrushchev' });
    });
    assert.deepEqual(await axeInBothSchemes(page), { light: [], dark: [] });
  }));

test('axe: no violations on the timeline with an event selected (light and dark)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'timeline/', hash: '#event-secret-speech' });
    await eventually(async () => {
      const state = await page.evaluate(() => ({
        active: document.getElementById('ex-tl-track').getAttribute('aria-activedescendant'),
        headline: document.querySelector('#ex-tl-detail-body .ex-tl-body__headline')?.textContent,
      }));
      assert.deepEqual(state, { active: 'tl-secret-speech', headline: 'Khrushchev’s Secret Speech' });
    });
    assert.deepEqual(await axeInBothSchemes(page), { light: [], dark: [] });
  }));

test('axe: no violations on the figures page with a camp selected (light and dark)', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { path: 'figures/', hash: '#camp-ekibastuz' });
    await eventually(async () => {
      const state = await page.evaluate(() => ({
        current: [...document.querySelectorAll('.ex-camp__pin[aria-current="true"]')].map((el) => el.id),
        shown: document.getElementById('camp-ekibastuz').checkVisibility(),
      }));
      assert.deepEqual(state, { current: ['camp-pin-ekibastuz'], shown: true });
    });
    assert.deepEqual(await axeInBothSchemes(page), { light: [], dark: [] });
  }));

test('essay body text contrast is at least 7:1 in light and dark mode', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const problems = [];
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await settle(page);
      const samples = await page.locator('article#essay p.ex-essay__para, article#essay p.ex-essay__editorial').evaluateAll((paragraphs) =>
        paragraphs.map((p, index) => {
          // The background the text sits on: the nearest ancestor with a non-transparent background.
          let background = null;
          for (let el = p; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg) && !/\/\s*0\)$/.test(bg)) {
              background = bg;
              break;
            }
          }
          return {
            which: `${p.className} #${index + 1}`,
            color: getComputedStyle(p).color,
            background: background ?? getComputedStyle(document.body).backgroundColor,
            body: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      assert.equal(samples.length, 5, 'four paragraphs and the editors’ note');
      for (const sample of samples) {
        const text = parseCssColor(sample.color);
        const background = parseCssColor(sample.background);
        assert.equal(text.a, 1, `${scheme} ${sample.which}: text colour is opaque (${sample.color})`);
        assert.equal(background.a, 1, `${scheme} ${sample.which}: background is opaque (${sample.background})`);
        const ratio = contrastRatio(text, background);
        if (ratio < 7) {
          problems.push(`${scheme} ${sample.which}: ${sample.color} on ${sample.background} = ${ratio.toFixed(2)}:1`);
        }
      }
      // The two schemes really differ (the dark palette is in effect).
      const bodyBg = parseCssColor(samples[0].body);
      const dark = contrastRatio(bodyBg, { r: 0, g: 0, b: 0 }) < contrastRatio(bodyBg, { r: 255, g: 255, b: 255 });
      assert.equal(dark, scheme === 'dark', `${scheme}: body background ${samples[0].body}`);
    }
    assert.deepEqual(problems, [], 'paragraphs below 7:1');
  }));
