// Layout: no sideways scrolling at 320px (the essay with the note panel closed and open and in both
// readings, and every other view), a readable line length at 1280px, no panel animation for
// readers who ask for reduced motion, a print layout without the interactive parts, and screenshots
// of every view at four widths as a smoke check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useBrowser,
  gotoExhibit,
  gotoFresh,
  VIEWS,
  markerByNumber,
  notePanel,
  expectNoteOpen,
  eventually,
} from './support.mjs';

const { withPage } = useBrowser();

/** Horizontal overflow of the document, in px (0 = none). */
function horizontalOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Up to five elements that stick out to the right of the viewport, for failure messages. */
function tooWide(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className?.baseVal ?? el.className}`),
  );
}

test('320px wide: no horizontal scrolling, with the note panel closed and open, in both readings', () =>
  withPage({ viewport: { width: 320, height: 640 } }, async ({ page }) => {
    await gotoExhibit(page);
    const overflow = {};
    overflow.closed = await horizontalOverflow(page);
    await markerByNumber(page, 4).click(); // the longest note
    await expectNoteOpen(page, 'amnesty-list');
    overflow.noteOpen = await horizontalOverflow(page);
    await page.getByRole('button', { name: 'Close note' }).click();
    await page.getByRole('radio', { name: /^Edited/ }).check();
    await eventually(async () => {
      const changed = page.locator('#essay-text .ex-noted[data-changed="true"]').first();
      assert.equal(await changed.locator('.ex-edited').isVisible(), true, 'the edited words are shown');
      assert.equal(await changed.locator('.ex-original').isVisible(), false, 'the original words are hidden');
    });
    overflow.edited = await horizontalOverflow(page);
    // Everything that sticks out, for the failure message.
    const wide = await tooWide(page);
    assert.deepEqual(overflow, { closed: 0, noteOpen: 0, edited: 0 }, `scrollWidth - clientWidth; too wide: ${wide.join(', ')}`);
  }));

test('320px wide: no horizontal scrolling on the timeline, glossary and figures pages', () =>
  withPage({ viewport: { width: 320, height: 640 } }, async ({ page }) => {
    const overflow = {};
    const wide = {};
    for (const path of VIEWS.filter(Boolean)) {
      await gotoFresh(page, { path });
      overflow[path] = await horizontalOverflow(page);
      if (overflow[path]) wide[path] = await tooWide(page);
    }
    assert.deepEqual(
      overflow,
      Object.fromEntries(VIEWS.filter(Boolean).map((path) => [path, 0])),
      `scrollWidth - clientWidth; too wide: ${JSON.stringify(wide)}`,
    );
  }));

test('1280px wide: the essay’s line length is 60–75 characters', () =>
  withPage({ viewport: { width: 1280, height: 800 } }, async ({ page }) => {
    await gotoExhibit(page);
    const measures = await page.locator('article#essay p.ex-essay__para').evaluateAll((paragraphs) =>
      paragraphs.map((p) => {
        const style = getComputedStyle(p);
        const contentWidth = p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);

        // Primary: the line's capacity = content width / average glyph width of this paragraph's
        // own text, set in a nowrap span inside the paragraph (same font, size, spacing).
        const words = [...p.childNodes]
          .filter((node) => !(node instanceof Element && node.matches('sup')))
          .map((node) => node.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = words;
        p.append(probe);
        const textWidth = probe.getBoundingClientRect().width;
        probe.remove();
        const capacity = contentWidth / (textWidth / words.length);

        // Secondary, for the message: characters on each rendered line (Range rects per character;
        // markers left out), counting the lines that are not a paragraph's last.
        const lineHeight = parseFloat(style.lineHeight);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement.closest('sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const lines = [];
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.data.length; i += 1) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            if (!lines.length || rect.top > lines.at(-1).top + lineHeight / 2) lines.push({ top: rect.top, chars: 0 });
            lines.at(-1).chars += 1;
          }
        }
        return {
          capacity,
          font: style.fontSize,
          contentWidth,
          renderedFullLines: lines.slice(0, -1).map((line) => line.chars + 1), // + the space it broke at
        };
      }),
    );
    const capacities = measures.map((m) => m.capacity);
    const average = capacities.reduce((a, b) => a + b, 0) / capacities.length;
    const rendered = measures.flatMap((m) => m.renderedFullLines).sort((a, b) => a - b);
    const median = rendered[Math.floor(rendered.length / 2)];
    const fontUsed = await renderedFonts(page, 'p.ex-essay__para');
    const detail =
      `capacity ${capacities.map((c) => c.toFixed(1)).join(', ')} chars (average ${average.toFixed(1)}); ` +
      `rendered full lines median ${median} (range ${rendered[0]}–${rendered.at(-1)}); ` +
      `content width ${measures[0].contentWidth}px; font-size ${measures[0].font.split(' ')[0]}, rendered in ${fontUsed}`;
    assert.ok(average >= 60 && average <= 75, `line length should be 60–75 characters: ${detail}`);
  }));

/** The platform fonts Chromium actually used for the first element matching `selector` (via CDP). */
async function renderedFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => `${font.familyName} (${font.glyphCount} glyphs)`).join(', ') || 'unknown';
  } catch (error) {
    return `unknown (${error.message})`;
  } finally {
    await cdp.detach();
  }
}

test('reduced motion: the open note panel runs no animation', () =>
  withPage({ reducedMotion: 'reduce' }, async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 2).click();
    await expectNoteOpen(page, 'range-of-prisoners');
    const motion = await notePanel(page).evaluate((panel) => ({
      animations: panel.getAnimations().length,
      subtree: panel.getAnimations({ subtree: true }).map((a) => a.animationName ?? a.transitionProperty ?? a.constructor.name),
      animationName: getComputedStyle(panel).animationName,
    }));
    assert.deepEqual(motion, { animations: 0, subtree: [], animationName: 'none' });
  }));

test('no motion preference: the panel does animate in (so the reduced-motion check is meaningful)', () =>
  withPage({ reducedMotion: 'no-preference' }, async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 2).click();
    await expectNoteOpen(page, 'range-of-prisoners');
    assert.notEqual(await notePanel(page).evaluate((panel) => getComputedStyle(panel).animationName), 'none');
  }));

test('print: the note panel and the reading switch are hidden; notes and sources are shown', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await markerByNumber(page, 3).click();
    await expectNoteOpen(page, 'enemies-of-the-people');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate(() => matchMedia('print').matches), true);

    const display = (locator) => locator.evaluate((el) => getComputedStyle(el).display);
    const readingSwitch = page.getByRole('group', { name: 'Reading', includeHidden: true });
    assert.equal(await readingSwitch.evaluate((el) => el.querySelectorAll('input[name="ex-reading"]').length), 2, 'the reading group holds the radios');
    assert.equal(await display(notePanel(page)), 'none', 'note panel display in print');
    assert.equal(await display(readingSwitch), 'none', 'reading switch display in print');
    assert.equal(await notePanel(page).isVisible(), false);
    assert.equal(await page.locator('input[name="ex-reading"]').first().isVisible(), false);

    for (const selector of ['section#notes', 'section#sources', 'article#essay']) {
      const section = page.locator(selector);
      assert.notEqual(await display(section), 'none', `${selector} display in print`);
      assert.equal(await section.isVisible(), true, `${selector} visible in print`);
    }
    assert.equal(await page.locator('ol#notes-list > li.ex-endnote').count(), 18);
    assert.equal(await page.locator('ol#notes-list > li.ex-endnote').last().isVisible(), true, 'last endnote visible');
    assert.equal(await page.locator('section#sources li[id^="source-"]').last().isVisible(), true, 'last source visible');
    // And a PDF can actually be produced from it.
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, `PDF of ${pdf.length} bytes`);
  }));

test('screenshots of every view at 320, 768, 1280 and 3840 px wide (smoke check)', async (t) => {
  // Kept in E2E_SCREENSHOT_DIR if set; otherwise written to a temporary directory and removed.
  const keep = Boolean(process.env.E2E_SCREENSHOT_DIR);
  const dir = keep ? process.env.E2E_SCREENSHOT_DIR : await mkdtemp(join(tmpdir(), 'gulag-e2e-shots-'));
  await mkdir(dir, { recursive: true });
  try {
    for (const [width, height] of [[320, 640], [768, 1024], [1280, 800], [3840, 2160]]) {
      await withPage({ viewport: { width, height } }, async ({ page }) => {
        const files = [];
        for (const path of VIEWS.filter(Boolean)) {
          await gotoFresh(page, { path });
          const file = join(dir, `exhibit-${path.replace(/\/$/, '')}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
          files.push(file);
        }
        await gotoFresh(page);
        const full = join(dir, `exhibit-${width}.png`);
        await page.screenshot({ path: full, fullPage: true, animations: 'disabled' });
        await markerByNumber(page, 6).click();
        await expectNoteOpen(page, 'innocent-without-trial');
        const open = join(dir, `exhibit-${width}-note-open.png`);
        await page.screenshot({ path: open, animations: 'disabled' });
        for (const file of [...files, full, open]) {
          assert.ok((await stat(file)).size > 1000, `${file} written`);
        }
      }, { label: `${width}px` });
    }
    t.diagnostic(keep ? `screenshots in ${dir}` : 'screenshots taken (set E2E_SCREENSHOT_DIR to keep them)');
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
});
