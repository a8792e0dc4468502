// Glossary: terms in the essay open their cards by mouse (hover intent, hoverable, dismissible),
// keyboard (Enter, Escape returns focus) and touch (inline, pushing the text down); the A–Z
// glossary page lists every term; `#term=` and `#view=glossary` deep links; the marks setting;
// axe-core finds nothing with a card open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  eventually,
  waitForFocus,
  expectHash,
  runAxe,
  MAP_PINS,
  settle,
  contentTerms,
} from './support.mjs';

const { withPage } = useBrowser();

/** Loads the exhibit afresh at a fragment (a bare fragment change would not reload the page). */
async function openAt(page, hash) {
  await page.goto('about:blank');
  await gotoExhibit(page, { hash });
}

const TOUCH_PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };
const TERM = 'khrushchev'; // marked once in the essay, with a Russian name and see-also links
const BUTTON = `#term-${TERM}-1`;
const CARD = `#term-${TERM}-1-card`;

/** The state of a term's button and card: { expanded, visible, placement }. */
async function cardState(page, button = BUTTON, card = CARD) {
  return page.evaluate(
    ([button, card]) => {
      const b = document.querySelector(button);
      const c = document.querySelector(card);
      return {
        expanded: b?.getAttribute('aria-expanded'),
        visible: !!c && !c.hidden && c.getBoundingClientRect().height > 0,
        placement: c?.dataset.placement,
      };
    },
    [button, card],
  );
}

async function expectCard(page, { open, placement }, button = BUTTON, card = CARD) {
  await eventually(async () => {
    const state = await cardState(page, button, card);
    assert.equal(state.expanded, open ? 'true' : 'false', `${button} aria-expanded`);
    assert.equal(state.visible, open, `${card} visible`);
    if (placement) assert.equal(state.placement, placement);
  });
}

test('terms are real buttons whose definitions sit next to them in the accessibility tree', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const buttons = page.locator('button.ex-term');
    assert.ok((await buttons.count()) >= 10, 'the essay marks at least 10 terms');
    const wiring = await buttons.evaluateAll((all) =>
      all.map((b) => {
        const card = document.getElementById(b.getAttribute('aria-controls'));
        return { id: b.id, type: b.type, card: !!card, next: b.nextElementSibling === card, hiddenFromAT: card?.closest('[aria-hidden="true"]') !== null };
      }),
    );
    for (const w of wiring) {
      assert.deepEqual({ ...w, id: undefined }, { id: undefined, type: 'button', card: true, next: true, hiddenFromAT: false }, w.id);
    }
    const card = page.locator(CARD);
    assert.match(await card.textContent(), /Secret Speech/);
    assert.equal(await card.locator('[lang="ru"]').textContent(), 'Никита Хрущёв');
  }));

test('mouse: resting on a term opens its card, the card stays while hovered, and closes after leaving both', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(BUTTON).hover();
    await expectCard(page, { open: true, placement: 'floating' });
    // Move onto the card (WCAG 1.4.13: hoverable) and stay a while: still open.
    const box = await page.locator(CARD).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expectCard(page, { open: true });
    // Leave both: it closes a moment later.
    await page.mouse.move(2, 2, { steps: 5 });
    await expectCard(page, { open: false });
    // Hovering opened nothing on purpose, so the URL stays clean.
    await expectHash(page, '');
  }));

test('mouse: a click pins the card, Escape closes it and focus stays on the term', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(BUTTON).click();
    await expectCard(page, { open: true, placement: 'floating' });
    await expectHash(page, `#term=${TERM}`);
    await page.mouse.move(2, 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expectCard(page, { open: true }); // pinned: leaving does not close it
    await page.keyboard.press('Escape');
    await expectCard(page, { open: false });
    await waitForFocus(page, `term-${TERM}-1`);
    await expectHash(page, '');
  }));

test('keyboard: Enter opens the card, Tab moves into it, Escape closes and returns focus', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(BUTTON).focus();
    await expectCard(page, { open: false }); // focus alone opens nothing
    await page.keyboard.press('Enter');
    await expectCard(page, { open: true });
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate((card) => document.querySelector(card).contains(document.activeElement), CARD),
      true,
      'Tab moves into the card',
    );
    await page.keyboard.press('Escape');
    await expectCard(page, { open: false });
    await waitForFocus(page, `term-${TERM}-1`);
    // Space opens it too (a real button).
    await page.keyboard.press('Space');
    await expectCard(page, { open: true });
  }));

test('only one card is open at a time, and opening one does not move the page', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const buttons = await page.locator('button.ex-term:visible').evaluateAll((all) => all.map((b) => b.id));
    const [first, second] = [buttons[0], buttons.at(-1)];
    await page.locator(`#${first}`).click();
    await expectCard(page, { open: true }, `#${first}`, `#${first}-card`);
    const scrollBefore = await page.evaluate(() => scrollY);
    // Activate the second without the test driver scrolling to it first.
    await page.locator(`#${second}`).evaluate((button) => button.click());
    await expectCard(page, { open: true }, `#${second}`, `#${second}-card`);
    await expectCard(page, { open: false }, `#${first}`, `#${first}-card`);
    assert.equal(await page.locator('.ex-term-card:not([hidden])').count(), 1);
    assert.equal(await page.evaluate(() => scrollY), scrollBefore, 'the page did not scroll');
  }));

test('touch: a tap opens the definition inline, pushing the text down; a second tap or × closes it', () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const button = page.locator(BUTTON);
    await button.scrollIntoViewIfNeeded();
    const paragraph = button.locator('xpath=ancestor::p[1]');
    const heightBefore = (await paragraph.boundingBox()).height;
    await button.tap();
    await expectCard(page, { open: true, placement: 'inline' });
    const card = page.locator(CARD);
    assert.match(await card.evaluate((c) => getComputedStyle(c).position), /^(static|relative)$/, 'the inline card is in the flow');
    assert.ok((await paragraph.boundingBox()).height > heightBefore + 40, 'the text below moved down');
    const cardBox = await card.boundingBox();
    assert.ok(cardBox.x >= 0 && cardBox.x + cardBox.width <= 390, 'the card fits the phone');
    await button.tap();
    await expectCard(page, { open: false });
    await button.tap();
    await expectCard(page, { open: true, placement: 'inline' });
    const close = card.locator('.ex-term-card__close');
    const closeBox = await close.boundingBox();
    assert.ok(closeBox.width >= 44 && closeBox.height >= 44, 'the close button is a 44 px target');
    await close.tap();
    await expectCard(page, { open: false });
    await waitForFocus(page, `term-${TERM}-1`);
  }));

test('the glossary page lists every term A–Z, people marked as people, Russian marked as Russian', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.getByRole('navigation', { name: 'Exhibit' }).getByRole('link', { name: 'Glossary' }).click();
    await expectHash(page, '#view=glossary');
    await waitForFocus(page, 'glossary-title');
    assert.equal(await page.locator('article#essay').isVisible(), false, 'the essay is not shown');
    const terms = contentTerms();
    const entries = await page.locator('article.ex-entry').evaluateAll((all) =>
      all.map((e) => ({
        id: e.id.replace(/^glossary-/, ''),
        kind: e.dataset.kind,
        meta: e.querySelector('.ex-def__meta').textContent,
        russian: e.querySelector('[lang="ru"]')?.textContent ?? null,
        letter: e.closest('section').querySelector('h2').textContent,
      })),
    );
    assert.equal(entries.length, terms.length, 'every term of glossary.toml');
    assert.ok(entries.length >= 30);
    for (const term of terms) {
      const entry = entries.find((e) => e.id === term.id);
      assert.ok(entry, `entry for ${term.id}`);
      assert.equal(entry.kind, term.kind);
      if (term.kind === 'person') assert.match(entry.meta, /^Person/, `${term.id} is marked as a person`);
      assert.equal(entry.russian, term.russian ?? null, `${term.id} Russian`);
    }
    const letters = entries.map((e) => e.letter);
    assert.deepEqual(letters, [...letters].sort(), 'A–Z');
    assert.deepEqual(
      await page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link').allTextContents(),
      [...new Set(letters)],
    );
  }));

test('deep links: #term opens the card in the essay, or the entry for terms the essay never names', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: `#term=${TERM}` });
    await expectCard(page, { open: true });
    await eventually(async () => {
      const inView = await page.locator(BUTTON).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      assert.equal(inView, true, 'the term is scrolled into view');
    });

    const notInEssay = await page.evaluate(() => {
      const marked = new Set([...document.querySelectorAll('[data-term]')].map((el) => el.dataset.term));
      return [...document.querySelectorAll('article.ex-entry')].map((e) => e.id.replace(/^glossary-/, '')).find((id) => !marked.has(id));
    });
    assert.ok(notInEssay, 'some term is only in the glossary');
    await openAt(page, `#term=${notInEssay}`);
    await waitForFocus(page, `glossary-${notInEssay}`);
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'glossary');

    await openAt(page, '#view=glossary&term=gulag');
    await waitForFocus(page, 'glossary-gulag');
    // "Read it in the essay" goes back to the term's card in the text.
    await page.locator('#glossary-gulag').getByRole('link', { name: 'Read it in the essay' }).click();
    await expectCard(page, { open: true }, '#term-gulag-1', '#term-gulag-1-card');
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'essay');
  }));

test('a card links to the timeline events the term belongs to', () =>
  withPage(async ({ page }) => {
    await openAt(page, `#term=${TERM}`);
    await expectCard(page, { open: true });
    const link = page.locator(`${CARD} a[href^="#event="]`).first();
    const event = (await link.getAttribute('href')).slice('#event='.length);
    await link.click();
    await eventually(async () => {
      assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'timeline');
      assert.equal(await page.locator('#ex-tl-track').getAttribute('aria-activedescendant'), `tl-${event}`);
    });
  }));

test('see-also links lead to the glossary entry; Back returns to the open card; the reading is kept', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: `#term=${TERM}&reading=edited` });
    await expectCard(page, { open: true });
    await page.locator(CARD).getByRole('link', { name: 'Secret Speech', exact: true }).click();
    await waitForFocus(page, 'glossary-secret-speech');
    await expectHash(page, '#view=glossary&term=secret-speech&reading=edited');
    await page.goBack();
    await expectCard(page, { open: true });
    assert.equal(await page.locator('.ex-app').getAttribute('data-reading'), 'edited');
    assert.equal(await page.locator('.ex-app').getAttribute('data-view'), 'essay');
  }));

test('the marks setting shows the first mention per paragraph, every mention, or none', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const count = () => page.locator('button.ex-term:visible').count();
    const first = await count();
    await page.locator('input[name="ex-term-marks"][value="all"]').check();
    // Every mention: at least the first mentions (the current essay names no term twice in a paragraph).
    await eventually(async () => assert.ok((await count()) >= first, 'all marks include the first mentions'));
    await page.locator('input[name="ex-term-marks"][value="none"]').check();
    await eventually(async () => assert.equal(await count(), 0));
    assert.match(await page.locator('article#essay').innerText(), /Khrushchev/, 'the words stay');
  }));

test('axe: no violations with a card open on a desktop and inline on a phone, nor on the glossary page', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: `#term=${TERM}` });
    await expectCard(page, { open: true });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await openAt(page, '#view=glossary');
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }).then(() =>
    withPage(TOUCH_PHONE, async ({ page }) => {
      await gotoExhibit(page);
      await page.locator(BUTTON).tap();
      await expectCard(page, { open: true, placement: 'inline' });
      await settle(page);
      assert.deepEqual(await runAxe(page, { exclude: MAP_PINS }), []);
    })));
