// The page shows the exhibit: title page (title, byline, attribution), the essay with its marked
// passages and note markers, the editorial notes and the sources; and none of the blog's leftovers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  gotoExhibit,
  NOTE_IDS,
  LEFTOVERS,
  contentNotes,
  contentSourceIds,
  markerByNumber,
  expectNoteOpen,
  expectNoNoteOpen,
  expectExhibitPath,
  eventually,
  isInViewport,
  VIEWS,
} from './support.mjs';

const { withPage } = useBrowser();

test('the content files define exactly the 18 notes this suite expects', () => {
  // Guards the hard-coded NOTE_IDS: if the content changes, the specs must be updated with it.
  assert.deepEqual(
    contentNotes().map((note) => note.id).sort(),
    [...NOTE_IDS].sort(),
  );
  assert.ok(contentSourceIds().length > 0, 'sources.toml lists sources');
});

test('title page: title, byline and attribution are shown', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.count(), 1, 'exactly one h1');
    assert.equal((await h1.textContent()).trim(), 'Prisoners of GULAG Released');
    assert.equal(await h1.evaluate((el) => el.matches('header.ex-title-page h1.ex-title-page__title#ex-view-title')), true);
    assert.ok(await h1.isVisible(), 'h1 visible');

    const author = page.locator('.ex-title-page__author');
    assert.equal((await author.textContent()).trim(), 'James von Geldern');
    assert.ok(await author.isVisible(), 'byline visible');

    const attribution = page.locator('p', { hasText: 'Prisoners Return' }).first();
    assert.ok(await attribution.isVisible(), 'attribution paragraph mentioning “Prisoners Return” is visible');
    assert.match(await attribution.textContent(), /James von Geldern/);

    assert.match(await page.title(), /Prisoners of GULAG Released/);
  }));

test('essay: 4 paragraphs and the editors’ note, 18 numbered notes with 19 markers', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const essay = page.locator('article#essay');
    assert.ok(await essay.isVisible(), 'article#essay visible');
    assert.equal(await essay.locator('p.ex-essay__para').count(), 4, 'essay paragraphs');
    assert.equal(await essay.locator('p.ex-essay__editorial').count(), 1, 'editorial paragraph');
    const text = (await essay.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /During the Stalin era from the 1930s to the 1950s/);
    assert.match(text, /Aleksandr Solzhenitsyn/);

    // Each marker directly follows its passage; ids, numbers, links and ARIA as the contract says.
    const markers = await page.locator('a.ex-marker').evaluateAll((links) =>
      links.map((link) => {
        const sup = link.parentElement;
        const span = sup?.previousElementSibling;
        return {
          id: link.id,
          text: link.textContent.replace(/\s+/g, ' ').trim(),
          href: link.getAttribute('href'),
          note: link.dataset.note,
          inSup: sup?.tagName === 'SUP',
          spanNote: span?.matches('span.ex-noted') ? span.dataset.note : null,
          spanChanged: span?.dataset.changed,
          spanActive: span?.dataset.active,
          expanded: link.getAttribute('aria-expanded'),
          controls: link.getAttribute('aria-controls'),
          haspopup: link.getAttribute('aria-haspopup'),
        };
      }),
    );
    const expectedIds = [];
    const seen = new Map();
    // Document order: every note once, except "geldom", which is cited twice (paragraphs 1 and 2).
    const order = [...NOTE_IDS.slice(0, 7), 'geldom', ...NOTE_IDS.slice(7)];
    for (const id of order) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
      expectedIds.push(`ref-${id}-${seen.get(id)}`);
    }
    assert.deepEqual(markers.map((m) => m.id), expectedIds, 'marker ids in document order');
    for (const marker of markers) {
      const noteId = marker.id.replace(/^ref-/, '').replace(/-\d+$/, '');
      const number = NOTE_IDS.indexOf(noteId) + 1;
      assert.equal(marker.text, `Editorial note ${number}`, `${marker.id} text`);
      // A link to the note in the list of notes (which is where it leads without the app).
      assert.equal(marker.href, `#note-${noteId}`, `${marker.id} href`);
      assert.equal(marker.note, noteId, `${marker.id} data-note`);
      assert.equal(marker.inSup, true, `${marker.id} sits in a <sup>`);
      assert.equal(marker.spanNote, noteId, `${marker.id} follows span.ex-noted[data-note=${noteId}]`);
      assert.match(marker.spanChanged, /^(true|false)$/, `${marker.id} passage data-changed`);
      assert.equal(marker.spanActive, 'false', `${marker.id} passage data-active`);
      // What the app adds: the link opens a dialog, the note panel.
      assert.equal(marker.expanded, 'false', `${marker.id} aria-expanded`);
      assert.equal(marker.controls, 'ex-note-panel', `${marker.id} aria-controls`);
      assert.equal(marker.haspopup, 'dialog', `${marker.id} aria-haspopup`);
    }

    // The accessible names the other specs rely on.
    for (let number = 1; number <= NOTE_IDS.length; number += 1) {
      const count = await page.getByRole('link', { name: `Editorial note ${number}`, exact: true }).count();
      assert.equal(count, number === 5 ? 2 : 1, `links named "Editorial note ${number}"`);
    }
    assert.equal(await markerByNumber(page, 5, 2).getAttribute('id'), 'ref-geldom-2');

    // Closed panel at start.
    assert.equal(await page.locator('#ex-note-panel').getAttribute('hidden'), '');
    assert.equal(await page.locator('#ex-note-panel').getAttribute('role'), 'dialog');
  }));

test('back matter: all 18 notes and every source are listed and visible', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const notes = page.locator('section#notes');
    await notes.scrollIntoViewIfNeeded();
    assert.ok(await notes.isVisible(), 'section#notes visible');
    const endnotes = await notes.locator('ol#notes-list > li.ex-endnote').evaluateAll((items) =>
      items.map((li) => ({ id: li.id, number: li.dataset.number })),
    );
    assert.deepEqual(
      endnotes,
      NOTE_IDS.map((id, index) => ({ id: `note-${id}`, number: String(index + 1) })),
      'endnotes in number order, with their numbers',
    );
    for (const note of contentNotes()) {
      const item = page.locator(`li.ex-endnote#note-${note.id}`);
      assert.match((await item.locator('h3').textContent()).replace(/\s+/g, ' '), new RegExp(escapeRegExp(note.title)));
      const show = item.getByRole('link', { name: /^Show in the text/ });
      assert.equal(await show.count(), 1, `"Show in the text" in note-${note.id}`);
      assert.equal(await show.getAttribute('href'), `#ref-${note.id}-1`, `"Show in the text" in note-${note.id} leads to its first marker`);
    }

    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.scrollIntoViewIfNeeded();
    assert.ok(await sources.isVisible(), 'Sources region visible');
    assert.equal(await sources.evaluate((el) => el.matches('section#sources')), true);
    const sourceIds = await sources.locator('li[id^="source-"]').evaluateAll((items) => items.map((li) => li.id));
    assert.deepEqual(sourceIds.sort(), contentSourceIds().map((id) => `source-${id}`).sort(), 'source entries');
    for (const id of sourceIds) {
      const text = (await page.locator(`li#${id}`).innerText()).trim();
      assert.ok(text.length > 20, `${id} has a full citation (got "${text}")`);
    }
    assert.match(await sources.innerText(), /Prisoners Return/);
  }));

test('"Show in the text" opens that note in the panel and scrolls to its passage; Back closes it', () =>
  withPage({ reducedMotion: 'reduce' }, async ({ page }) => { // instant scrolling
    await gotoExhibit(page);
    let before = '';
    for (const id of ['twentieth-congress', 'geldom']) {
      await page.locator(`li#note-${id}`).getByRole('link', { name: /^Show in the text/ }).click();
      await expectNoteOpen(page, id);
      await expectExhibitPath(page, `#note-${id}`);
      await eventually(async () => {
        assert.equal(await isInViewport(page.locator(`#ref-${id}-1`)), true, `#ref-${id}-1 scrolled into the viewport`);
      });
      // A link is a step in the history: Back returns to where the reader was.
      await page.goBack();
      await expectExhibitPath(page, before);
      if (before) await expectNoteOpen(page, before.slice('#note-'.length));
      else await expectNoNoteOpen(page);
      await page.goForward();
      await expectNoteOpen(page, id);
      await expectExhibitPath(page, `#note-${id}`);
      before = `#note-${id}`;
    }
  }));

test('the essay, title page and sources show none of the blog’s leftovers', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    // Everything but the editorial notes (which may quote the original's words as evidence).
    const shown = await page.evaluate(() =>
      ['.ex-title-page', 'article#essay', 'section#sources', '.ex-footer']
        .map((selector) => document.querySelector(selector)?.innerText ?? '')
        .join('\n'),
    );
    for (const leftover of LEFTOVERS) {
      assert.equal(shown.includes(leftover), false, `"${leftover}" is shown outside the notes`);
    }
  }));

test('no blog leftover appears anywhere in the text of any view', () =>
  withPage(async ({ page }) => {
    const found = [];
    for (const path of VIEWS) {
      await gotoExhibit(page, { path });
      const body = await page.evaluate(() => document.body.innerText);
      for (const leftover of LEFTOVERS) {
        let at = body.indexOf(leftover);
        while (at !== -1) {
          found.push(`${path || './'}: "${leftover}" in …${body.slice(Math.max(0, at - 60), at + 40).replace(/\s+/g, ' ')}…`);
          at = body.indexOf(leftover, at + 1);
        }
      }
    }
    assert.deepEqual(found, [], 'leftovers in document.body.innerText');
  }));

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
