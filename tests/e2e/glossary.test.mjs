// Glossary: marks in the essay are links to the glossary page; the app opens the one card
// (#ex-term-card), moved right after the open mark and filled from the glossary page, by mouse
// (hover intent, hoverable, dismissible), keyboard (Enter, Escape returns focus) and touch (inline,
// pushing the text down); the glossary page (glossary/) lists every term A–Z; the addresses
// `#term-<t>-<n>` and `glossary/#glossary-<t>`, and the old `#term=` and `#view=glossary&term=`
// links rewritten to them; the marks setting; axe-core finds nothing with a card open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  gotoFresh,
  exhibitUrl,
  exhibitPath,
  expectExhibitPath,
  eventually,
  throughout,
  waitForFocus,
  runAxe,
  MAP_PINS,
  settle,
  contentTerms,
} from './support.mjs';

const { withPage } = useBrowser();

const TOUCH_PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };
const TERM = 'khrushchev'; // marked once in the essay, with a Russian name and see-also links
const MARK = `#term-${TERM}-1`;
const CARD = '#ex-term-card';

/**
 * The state of a mark and of the card: { expanded, shown, hidden, beside, term, placement }.
 * `shown` is whether the card is really rendered with a size (whatever its hidden attribute says).
 */
async function cardState(page, mark = MARK) {
  return page.evaluate(
    ([mark, card]) => {
      const m = document.querySelector(mark);
      const c = document.querySelector(card);
      return {
        expanded: m?.getAttribute('aria-expanded'),
        shown: !!c && c.checkVisibility() && c.getBoundingClientRect().height > 0,
        hidden: c?.hidden,
        beside: !!c && c.previousElementSibling === m,
        term: c?.dataset.term,
        placement: c?.dataset.placement,
      };
    },
    [mark, CARD],
  );
}

/** Waits until the mark's card is open (shown right after it, aria-expanded) or closed (not shown). */
async function expectCard(page, { open, placement }, mark = MARK) {
  await eventually(async () => {
    const state = await cardState(page, mark);
    assert.equal(state.expanded, open ? 'true' : 'false', `${mark} aria-expanded`);
    assert.equal(state.shown, open, `${CARD} shown (${open ? 'open' : 'closed'}: hidden attribute ${state.hidden})`);
    if (open) {
      assert.equal(state.hidden, false, `${CARD} hidden attribute`);
      assert.equal(state.beside, true, `${CARD} sits right after ${mark}`);
      assert.equal(state.term, mark.replace(/^#term-/, '').replace(/-\d+$/, ''), `${CARD} data-term`);
      assert.equal(await page.locator('a.ex-term[aria-expanded="true"]').count(), 1, 'one mark is expanded');
    }
    if (placement) assert.equal(state.placement, placement, 'data-placement');
  });
}

test('marks are links to their glossary entries; the one card opens right after its mark, named and filled from the glossary page', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const marks = page.locator('a.ex-term');
    assert.ok((await marks.count()) >= 10, 'the essay marks at least 10 terms');
    const wiring = await marks.evaluateAll((all) =>
      all.map((a) => {
        const wrap = a.closest('.ex-term-wrap');
        return {
          id: a.id,
          expectedId: `term-${wrap?.dataset.term}-${wrap?.dataset.occurrence}`,
          href: a.getAttribute('href'),
          expectedHref: `glossary/#glossary-${wrap?.dataset.term}`,
          controls: a.getAttribute('aria-controls'),
          expanded: a.getAttribute('aria-expanded'),
        };
      }),
    );
    for (const w of wiring) {
      assert.deepEqual(
        { id: w.id, href: w.href, controls: w.controls, expanded: w.expanded },
        { id: w.expectedId, href: w.expectedHref, controls: 'ex-term-card', expanded: 'false' },
        w.id,
      );
    }
    assert.equal(await page.locator('.ex-term-card').count(), 1, 'one card for all marks');
    assert.ok((await page.getByRole('link', { name: 'Khrushchev', exact: true }).count()) >= 1, 'the mark is a link named by its words');

    await page.locator(MARK).click();
    await expectCard(page, { open: true });
    const card = page.locator(CARD);
    const parts = await card.evaluate((c) => ({
      role: c.getAttribute('role'),
      label: c.getAttribute('aria-label'),
      name: document.getElementById('ex-term-card-name')?.textContent,
      close: document.getElementById('ex-term-card-close')?.getAttribute('aria-label'),
      entry: document.getElementById('ex-term-card-entry')?.href,
      body: document.getElementById('ex-term-card-body')?.textContent,
      hiddenFromAT: c.closest('[aria-hidden="true"]') !== null,
    }));
    assert.deepEqual(
      { ...parts, body: undefined },
      {
        role: 'group',
        label: 'Glossary: Nikita Khrushchev',
        name: 'Nikita Khrushchev',
        close: 'Close: Nikita Khrushchev',
        entry: exhibitUrl({ path: 'glossary/', hash: `#glossary-${TERM}` }),
        body: undefined,
        hiddenFromAT: false,
      },
    );
    assert.match(parts.body, /Secret Speech/);
    assert.equal(await card.locator('[lang="ru"]').textContent(), 'Никита Хрущёв');
    // The card says what the glossary page says.
    const entryBody = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector('#glossary-khrushchev .ex-entry__body')?.textContent ?? null;
    }, exhibitUrl({ path: 'glossary/' }));
    assert.equal(parts.body, entryBody, 'the card body is the glossary entry’s');
  }));

test('mouse: resting on a mark opens its card, the card stays while hovered, and closes after leaving both', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(MARK).hover();
    await expectCard(page, { open: true, placement: 'floating' });
    // Move onto the card (WCAG 1.4.13: hoverable) and stay a while: still open.
    const box = await page.locator(CARD).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40), { steps: 5 });
    await throughout(() => expectCard(page, { open: true }));
    // Leave both: it closes a moment later.
    await page.mouse.move(2, 2, { steps: 5 });
    await expectCard(page, { open: false });
    // Hovering opened nothing on purpose, so the address stays clean.
    assert.equal(await exhibitPath(page), '');
  }));

test('mouse: a click pins the card (address #term-<t>-<n>), Escape closes it and focus stays on the mark', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(MARK).click();
    await expectCard(page, { open: true, placement: 'floating' });
    await expectExhibitPath(page, `#term-${TERM}-1`);
    await page.mouse.move(2, 2, { steps: 5 });
    await throughout(() => expectCard(page, { open: true })); // pinned: leaving does not close it
    await page.keyboard.press('Escape');
    await expectCard(page, { open: false });
    await waitForFocus(page, `term-${TERM}-1`);
    await expectExhibitPath(page, '');
  }));

test('mouse: the links in an open card can be followed', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(MARK).hover();
    await expectCard(page, { open: true });
    await page.locator(CARD).getByRole('link', { name: 'Glossary entry', exact: true }).click();
    await expectExhibitPath(page, `glossary/#glossary-${TERM}`);
    await waitForFocus(page, `glossary-${TERM}`);
  }));

test('keyboard: Enter opens the card, Tab moves into it, Escape closes and returns focus', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.locator(MARK).focus();
    await expectCard(page, { open: false }); // focus alone opens nothing
    await page.keyboard.press('Enter');
    await expectCard(page, { open: true });
    await expectExhibitPath(page, `#term-${TERM}-1`); // Enter did not follow the link to the glossary page
    await page.keyboard.press('Tab');
    const focusInCard = () =>
      page.evaluate((card) => {
        const el = document.activeElement;
        return { inCard: document.querySelector(card).contains(el), focused: el ? `${el.tagName.toLowerCase()}#${el.id} ${el.textContent.slice(0, 40)}` : 'none' };
      }, CARD);
    // Tab moves into the card, and focus stays there (the card is not rebuilt under it).
    await throughout(async () => {
      const { inCard, focused } = await focusInCard();
      assert.equal(inCard, true, `Tab moves into the card and stays there (focus on ${focused})`);
    }, { duration: 500 });
    await expectCard(page, { open: true });
    await page.keyboard.press('Escape');
    await expectCard(page, { open: false });
    await waitForFocus(page, `term-${TERM}-1`);
    // Enter opens it again.
    await page.keyboard.press('Enter');
    await expectCard(page, { open: true });
  }));

test('only one card is open at a time, and opening one does not move the page', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const marks = await page.locator('a.ex-term:visible').evaluateAll((all) => all.map((a) => a.id));
    const [first, second] = [marks[0], marks.at(-1)];
    await page.locator(`#${first}`).click();
    await expectCard(page, { open: true }, `#${first}`);
    const scrollBefore = await page.evaluate(() => scrollY);
    // Activate the second without the test driver scrolling to it first.
    await page.locator(`#${second}`).evaluate((a) => a.click());
    await expectCard(page, { open: true }, `#${second}`);
    assert.equal(await page.locator(`#${first}`).getAttribute('aria-expanded'), 'false', `${first} aria-expanded`);
    assert.deepEqual(
      await page.locator('a.ex-term[aria-expanded="true"]').evaluateAll((all) => all.map((a) => a.id)),
      [second],
    );
    assert.equal(await page.evaluate(() => scrollY), scrollBefore, 'the page did not scroll');
    await expectExhibitPath(page, `#${second}`);
  }));

test('touch: a tap opens the definition inline, pushing the text down; a second tap or × closes it', () =>
  withPage(TOUCH_PHONE, async ({ page }) => {
    await gotoExhibit(page);
    const mark = page.locator(MARK);
    await mark.scrollIntoViewIfNeeded();
    const paragraph = mark.locator('xpath=ancestor::p[1]');
    const heightBefore = (await paragraph.boundingBox()).height;
    await mark.tap();
    await expectCard(page, { open: true, placement: 'inline' });
    const card = page.locator(CARD);
    assert.match(await card.evaluate((c) => getComputedStyle(c).position), /^(static|relative)$/, 'the inline card is in the flow');
    assert.ok((await paragraph.boundingBox()).height > heightBefore + 40, 'the text below moved down');
    const cardBox = await card.boundingBox();
    assert.ok(cardBox.x >= 0 && cardBox.x + cardBox.width <= 390, 'the card fits the phone');
    await mark.tap();
    await expectCard(page, { open: false });
    await eventually(async () => {
      assert.ok((await paragraph.boundingBox()).height < heightBefore + 1, 'the text moved back up');
    });
    await mark.tap();
    await expectCard(page, { open: true, placement: 'inline' });
    const close = card.locator('#ex-term-card-close');
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
    await expectExhibitPath(page, 'glossary/');
    await waitForFocus(page, 'ex-view-title');
    assert.equal(await page.locator('#ex-view-title').textContent(), 'Glossary');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'glossary');
    assert.equal(await page.locator('#essay').count(), 0, 'the essay is not on the glossary page');
    const terms = contentTerms();
    const entries = await page.locator('article.ex-entry').evaluateAll((all) =>
      all.map((e) => ({
        id: e.id.replace(/^glossary-/, ''),
        kind: e.dataset.kind,
        name: e.querySelector('.ex-entry__name')?.textContent,
        meta: e.querySelector('.ex-entry__body .ex-def__meta')?.textContent ?? '',
        russian: e.querySelector('[lang="ru"]')?.textContent ?? null,
        letter: e.closest('section').querySelector('h2').textContent,
      })),
    );
    assert.equal(entries.length, terms.length, 'every term of glossary.toml');
    for (const term of terms) {
      const entry = entries.find((e) => e.id === term.id);
      assert.ok(entry, `entry for ${term.id}`);
      assert.equal(entry.kind, term.kind);
      assert.equal(entry.name, term.name, `${term.id} name`);
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

test('links: #term-<t>-<n> and old #term= open the card; a term the essay never marks opens its entry; #view=glossary&term= becomes glossary/#glossary-<t>', () =>
  withPage(async ({ page }) => {
    const markInView = () =>
      eventually(async () => {
        const inView = await page.locator(MARK).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        assert.equal(inView, true, 'the mark is scrolled into view');
      });
    await gotoExhibit(page, { hash: `#term-${TERM}-1` });
    await expectCard(page, { open: true });
    await markInView();
    await expectExhibitPath(page, `#term-${TERM}-1`);

    await gotoFresh(page, { hash: `#term=${TERM}` });
    await expectCard(page, { open: true });
    await markInView();
    await expectExhibitPath(page, `#term-${TERM}-1`);

    const marked = await page.locator('.ex-term-wrap[data-term]').evaluateAll((all) => [...new Set(all.map((el) => el.dataset.term))]);
    const notInEssay = contentTerms().map((t) => t.id).find((id) => !marked.includes(id));
    assert.ok(notInEssay, 'some term is only in the glossary');
    await gotoFresh(page, { hash: `#term=${notInEssay}` });
    await waitForFocus(page, `glossary-${notInEssay}`);
    await expectExhibitPath(page, `glossary/#glossary-${notInEssay}`);
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'glossary');

    await gotoFresh(page, { path: 'glossary/', hash: '#glossary-gulag' });
    await waitForFocus(page, 'glossary-gulag');
    await expectExhibitPath(page, 'glossary/#glossary-gulag');

    await gotoFresh(page, { hash: '#view=glossary&term=gulag' });
    await waitForFocus(page, 'glossary-gulag');
    await expectExhibitPath(page, 'glossary/#glossary-gulag');
    // "Read it in the essay" goes back to the term's card in the text.
    const read = page.locator('#glossary-gulag').getByRole('link', { name: 'Read it in the essay' });
    assert.equal(await read.getAttribute('href'), '../#term-gulag-1');
    await read.click();
    await expectCard(page, { open: true }, '#term-gulag-1');
    await expectExhibitPath(page, '#term-gulag-1');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'essay');
  }));

test('a card links to the timeline events the term belongs to', () =>
  withPage(async ({ page }) => {
    await gotoFresh(page, { hash: `#term-${TERM}-1` });
    await expectCard(page, { open: true });
    const link = page.locator(`${CARD} a[href*="timeline/#event-"]`).first();
    const href = await link.evaluate((a) => a.href);
    assert.equal(new URL(href).pathname, new URL(exhibitUrl({ path: 'timeline/' })).pathname, `${href} leads to the timeline page`);
    const event = new URL(href).hash.slice('#event-'.length);
    await link.click();
    await expectExhibitPath(page, `timeline/#event-${event}`);
    await eventually(async () => {
      assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'timeline');
      assert.equal(await page.locator('#ex-tl-track').getAttribute('aria-activedescendant'), `tl-${event}`);
    });
  }));

test('see-also links lead to the glossary entry; Back returns to the open card; the reading is kept', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: `#term=${TERM}&reading=edited` });
    await expectCard(page, { open: true });
    await expectExhibitPath(page, `?reading=edited#term-${TERM}-1`);
    assert.equal(await page.locator('#ex-reading-edited').isChecked(), true, 'the edited reading');
    await page.locator(CARD).getByRole('link', { name: 'Secret Speech', exact: true }).click();
    await waitForFocus(page, 'glossary-secret-speech');
    await expectExhibitPath(page, 'glossary/#glossary-secret-speech');
    await page.goBack();
    await expectCard(page, { open: true });
    await expectExhibitPath(page, `?reading=edited#term-${TERM}-1`);
    assert.equal(await page.locator('#ex-reading-edited').isChecked(), true, 'the edited reading is kept');
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'essay');
  }));

test('the marks setting shows the first mention per paragraph, every mention, or none', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const count = () => page.locator('a.ex-term:visible').count();
    const first = await count();
    assert.ok(first >= 10, `${first} marks shown`);
    await page.locator('#ex-term-marks-all').check();
    // Every mention: at least the first mentions (the current essay names no term twice in a paragraph).
    await eventually(async () => assert.ok((await count()) >= first, 'all marks include the first mentions'));
    await page.locator('#ex-term-marks-none').check();
    await eventually(async () => assert.equal(await count(), 0));
    assert.match(await page.locator('article#essay').innerText(), /Khrushchev/, 'the words stay');
    await page.locator('#ex-term-marks-first').check();
    await eventually(async () => assert.equal(await count(), first));
  }));

test('axe: no violations with a card open on a desktop and inline on a phone, nor on the glossary page', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: `#term-${TERM}-1` });
    await expectCard(page, { open: true });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
    await gotoFresh(page, { path: 'glossary/' });
    await settle(page);
    assert.deepEqual(await runAxe(page), []);
  }).then(() =>
    withPage(TOUCH_PHONE, async ({ page }) => {
      await gotoExhibit(page);
      await page.locator(MARK).tap();
      await expectCard(page, { open: true, placement: 'inline' });
      await settle(page);
      assert.deepEqual(await runAxe(page, { exclude: MAP_PINS }), []);
    })));
