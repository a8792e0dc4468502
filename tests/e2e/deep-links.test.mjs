// Deep links: an address restores state on load, also inside an iframe. New links name an element
// (#note-<id>, #term-<t>-<n>, #at-<event>, timeline/#event-<id>, figures/#camp-<id>) and keep
// preferences in the query (?reading=edited); old links (#note=<id>&reading=edited, #term=…,
// #view=…, #event=…, #camp=…) still open the same state and are rewritten in place to the new
// form. Garbage is ignored without errors; plain anchors (#sources) are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  useBrowser,
  gotoExhibit,
  waitForApp,
  exhibitUrl,
  exhibitPath,
  expectExhibitPath,
  expectNoteOpen,
  expectNoNoteOpen,
  noteTitle,
  eventually,
  isInViewport,
  WAIT_MS,
} from './support.mjs';

const { withPage } = useBrowser();

/** The reading the essay shows: the checked radio and the words (the root no longer says it). */
async function expectReadingShown(page, reading) {
  await eventually(async () => {
    assert.equal(await page.locator('#ex-reading-edited').isChecked(), reading === 'edited', 'Edited radio checked');
    assert.equal(await page.locator('#ex-reading-original').isChecked(), reading === 'original', 'Original radio checked');
    const essay = (await page.locator('#essay-text').innerText()).replace(/\s+/g, ' ');
    if (reading === 'edited') {
      assert.match(essay, /von Geldern/);
      assert.doesNotMatch(essay, /Geldom/);
    } else {
      assert.match(essay, /Geldom/);
      assert.doesNotMatch(essay, /von Geldern/);
    }
  });
}

/**
 * Opens an address in a fresh page and returns a check that loading it added exactly one entry
 * to the history: a rewritten old link replaces its own entry rather than adding a step, so Back
 * does not lead to the old form.
 */
async function gotoCounting(page, address) {
  const before = await page.evaluate(() => history.length);
  await gotoExhibit(page, address);
  return async (label) => {
    assert.equal(await page.evaluate(() => history.length), before + 1, `${label}: history entries added by the load`);
  };
}

// ----- Notes and the reading -----

for (const [hash, label] of [
  ['#note=nobel-prize', 'old link'],
  ['#note-nobel-prize', 'new link'],
]) {
  test(`${hash} (${label}) opens that note, scrolls its marker into view; the address is #note-nobel-prize`, () =>
    withPage(async ({ page }) => {
      const expectOneHistoryEntry = await gotoCounting(page, { hash });
      await expectNoteOpen(page, 'nobel-prize');
      await eventually(async () => {
        assert.equal(await isInViewport(page.locator('#ref-nobel-prize-1')), true, '#ref-nobel-prize-1 in the viewport');
      });
      await expectExhibitPath(page, '#note-nobel-prize');
      await expectOneHistoryEntry(hash);
      await expectReadingShown(page, 'original');
    }));
}

for (const [search, hash, label] of [
  ['', '#note=geldom&reading=edited', 'old link'],
  ['?reading=edited', '#note-geldom', 'new link'],
]) {
  test(`${search}${hash} (${label}) opens the note in the edited reading; the address is ?reading=edited#note-geldom`, () =>
    withPage(async ({ page }) => {
      const expectOneHistoryEntry = await gotoCounting(page, { search, hash });
      await expectNoteOpen(page, 'geldom');
      await expectReadingShown(page, 'edited');
      await eventually(async () => {
        assert.equal(await isInViewport(page.locator('#ref-geldom-1')), true, '#ref-geldom-1 in the viewport');
      });
      await expectExhibitPath(page, '?reading=edited#note-geldom');
      await expectOneHistoryEntry(`${search}${hash}`);
    }));
}

for (const [search, hash, label] of [
  ['', '#reading=edited', 'old link'],
  ['?reading=edited', '', 'new link'],
]) {
  test(`${search}${hash} (${label}) alone loads the edited reading with no note open; the address is ?reading=edited`, () =>
    withPage(async ({ page }) => {
      await gotoExhibit(page, { search, hash });
      await expectReadingShown(page, 'edited');
      await expectNoNoteOpen(page);
      await expectExhibitPath(page, '?reading=edited');
    }));
}

test('deep link at 1280×720 and on a phone: the opened note’s heading is on screen', async () => {
  // The heading gets focus on open; a reader who follows a link should see the note, not only the passage.
  const viewports = [
    { viewport: { width: 1280, height: 720 } },
    { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  ];
  const problems = [];
  for (const options of viewports) {
    for (const hash of ['#note-nobel-prize', '#note=nobel-prize']) {
      const where = `${options.viewport.width}×${options.viewport.height} ${hash}`;
      await withPage({ ...options, reducedMotion: 'reduce' }, async ({ page }) => { // instant scrolling
        await gotoExhibit(page, { hash });
        await expectNoteOpen(page, 'nobel-prize');
        await eventually(async () => {
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'ex-note-panel-title', `${where}: heading focused`);
        });
        // Let any scrolling settle (two frames), then measure.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const heading = await page.locator('#ex-note-panel-title').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: Math.round(r.top), bottom: Math.round(r.bottom), innerHeight };
        });
        if (!(heading.top >= 0 && heading.bottom <= heading.innerHeight)) {
          const panel = await page.locator('#ex-note-panel').evaluate((el) => {
            const r = el.getBoundingClientRect();
            return { top: Math.round(r.top), bottom: Math.round(r.bottom), position: getComputedStyle(el).position };
          });
          problems.push(`${where}: focused heading is off screen ${JSON.stringify(heading)}; panel ${JSON.stringify(panel)}`);
        }
      }, { label: where });
    }
  }
  assert.deepEqual(problems, [], 'deep-linked note heading visible');
});

// ----- Every other kind of old link: the same state, then the new address -----

/** Waits until the glossary card is open at mark `markId`. */
async function expectCardAt(page, markId, name) {
  await eventually(async () => {
    const state = await page.evaluate((id) => {
      const card = document.getElementById('ex-term-card');
      const mark = document.getElementById(id);
      return {
        expanded: mark?.getAttribute('aria-expanded'),
        cardShown: !!card && !card.hidden && card.getBoundingClientRect().height > 0,
        cardAfterMark: card?.previousElementSibling === mark,
        others: [...document.querySelectorAll('a.ex-term[aria-expanded="true"]')].map((a) => a.id).filter((other) => other !== id),
      };
    }, markId);
    assert.deepEqual(state, { expanded: 'true', cardShown: true, cardAfterMark: true, others: [] }, `card open at #${markId}`);
    assert.match(await page.locator('#ex-term-card-name').innerText(), name);
  });
}

/** Waits until the element with `id` is on screen. */
async function expectInView(page, id) {
  await eventually(async () => {
    assert.equal(await isInViewport(page.locator(`[id="${id}"]`)), true, `#${id} in the viewport`);
  });
}

/** Waits until the view shown is `view`. */
async function expectView(page, view) {
  await eventually(async () => {
    assert.equal(await page.locator('#ex-app').getAttribute('data-view'), view, 'view shown');
  });
}

const OLD_LINKS = [
  {
    old: '#term=gulag',
    now: '#term-gulag-1',
    check: (page) => expectCardAt(page, 'term-gulag-1', /^Gulag/),
  },
  {
    old: '#term=gulag&reading=edited',
    now: '?reading=edited#term-gulag-2', // the first mark in the edited reading
    check: async (page) => {
      await expectReadingShown(page, 'edited');
      await expectCardAt(page, 'term-gulag-2', /^Gulag/);
    },
  },
  {
    old: '#term=kolyma', // a term the essay does not mark: its glossary entry
    now: 'glossary/#glossary-kolyma',
    check: async (page) => {
      await expectView(page, 'glossary');
      await expectInView(page, 'glossary-kolyma');
    },
  },
  {
    old: '#view=glossary&term=gulag',
    now: 'glossary/#glossary-gulag',
    check: async (page) => {
      await expectView(page, 'glossary');
      await expectInView(page, 'glossary-gulag');
    },
  },
  {
    old: '#view=glossary',
    now: 'glossary/',
    check: (page) => expectView(page, 'glossary'),
  },
  {
    old: '#view=timeline',
    now: 'timeline/',
    check: (page) => expectView(page, 'timeline'),
  },
  {
    old: '#event=amnesty-decree',
    now: 'timeline/#event-amnesty-decree',
    check: async (page) => {
      await expectView(page, 'timeline');
      await eventually(async () => {
        const selected = await page.locator('#ex-tl-track [aria-selected="true"]').evaluateAll((all) => all.map((el) => el.id));
        assert.deepEqual(selected, ['tl-amnesty-decree'], 'selected timeline mark');
      });
    },
  },
  {
    old: '#view=essay&event=amnesty-decree',
    now: '#at-amnesty-decree',
    check: async (page) => {
      await expectView(page, 'essay');
      await eventually(async () => {
        const marked = await page.locator('[data-highlight="true"]').evaluateAll((all) => all.map((el) => el.id));
        assert.deepEqual(marked, ['at-amnesty-decree'], 'essay words marked with data-highlight');
      });
      await expectInView(page, 'at-amnesty-decree');
    },
  },
  {
    old: '#camp=ekibastuz',
    now: 'figures/#camp-ekibastuz',
    check: async (page) => {
      await expectView(page, 'figures');
      await eventually(async () => {
        const current = await page.locator('.ex-camp__pin[aria-current="true"]').evaluateAll((all) => all.map((el) => el.id));
        assert.deepEqual(current, ['camp-pin-ekibastuz'], 'selected pin');
        assert.equal(await page.locator('section#camp-ekibastuz').isVisible(), true, 'camp details shown');
      });
      await expectInView(page, 'camp-ekibastuz');
    },
  },
];

for (const { old, now, check } of OLD_LINKS) {
  test(`old link ${old} opens the same state as ${now || './'} and is rewritten to it`, () =>
    withPage(async ({ page }) => {
      const expectOneHistoryEntry = await gotoCounting(page, { hash: old });
      await check(page);
      await expectExhibitPath(page, now);
      await expectOneHistoryEntry(old);
    }));

  test(`new link ${now} opens its state and stays as it is`, () =>
    withPage(async ({ page }) => {
      const [, path = '', search = '', hash = ''] = /^([a-z]+\/)?(\?[^#]*)?(#.*)?$/.exec(now);
      const expectOneHistoryEntry = await gotoCounting(page, { path, search, hash });
      await check(page);
      await expectExhibitPath(page, now);
      await expectOneHistoryEntry(now);
    }));
}

// ----- Garbage and plain anchors -----

test('garbage addresses load the page with no note or card open, the original reading, and no errors', async () => {
  const addresses = [
    ['', '#note=<script>alert(1)</script>'],
    ['', '#note=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['', '#note=nope'],
    ['', '#note='],
    ['', '#note'],
    ['', '#note=GELDOM'],
    ['', '#note=geldom%00'],
    ['', '#note=%E0%A4%A'],
    ['', '#note=../../etc/passwd'],
    ['', `#note=${'a'.repeat(5000)}`],
    ['', '#reading=bogus&note=nope'],
    ['', '#%%%&&&==='],
    ['', '#note-nope'],
    ['', '#note-'],
    ['', '#note-GELDOM'],
    ['', '#ref-geldom-0'],
    ['', '#term-nope-1'],
    ['', '#term-gulag-0'],
    ['', '#at-nope'],
    ['', '#<img src=x onerror=alert(1)>'],
    ['', `#note-${'a'.repeat(5000)}`],
    ['?reading=bogus', ''],
    ['?reading=%3Cscript%3E', '#note-nope'],
  ];
  for (const [search, hash] of addresses) {
    const label = `address ${search}${hash.slice(0, 60)}`;
    await withPage(async ({ page }) => {
      const dialogs = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await gotoExhibit(page, { search, hash });
      await expectNoNoteOpen(page).catch((error) => assert.fail(`${label}: a note is open: ${error.message}`));
      assert.equal(await page.locator('#ex-term-card').isVisible(), false, `${label}: no glossary card`);
      await expectReadingShown(page, 'original').catch((error) => assert.fail(`${label}: ${error.message}`));
      assert.equal(await page.locator('article#essay p.ex-essay__para').count(), 4, `${label}: essay shown`);
      assert.equal(await page.locator('div.ex-app script').count(), 0, `${label}: no injected script`);
      assert.deepEqual(dialogs, [], `${label}: dialogs`);
      assert.equal(await page.locator('#ex-app').getAttribute('data-view'), 'essay', `${label}: still the essay`);
    }, { label });
  }
});

test('plain anchors are left alone: #sources on load, and in-page citation links', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page, { hash: '#sources' });
    // The app has applied the address (data-app-ready): nothing rewrote the fragment.
    await expectExhibitPath(page, '#sources');
    await expectNoNoteOpen(page);
    await expectInView(page, 'sources');

    // The title page's "Full citation" link is a plain anchor to a source.
    const link = page.getByRole('link', { name: /^Full citation/ });
    const href = await link.getAttribute('href');
    assert.match(href, /^#source-/);
    await link.click();
    await expectExhibitPath(page, href);
    await expectNoNoteOpen(page);
    await expectInView(page, href.slice(1));
  }));

test('a fragment followed after load (hashchange) opens the note and is rewritten; a non-state fragment does not', () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    await page.evaluate(() => {
      location.hash = '#note=old-tradition';
    });
    await expectNoteOpen(page, 'old-tradition');
    await expectExhibitPath(page, '#note-old-tradition');

    await page.evaluate(() => {
      location.hash = '#note=nope';
    });
    await expectNoNoteOpen(page);

    await page.evaluate(() => {
      location.hash = '#note-released-that-day';
    });
    await expectNoteOpen(page, 'released-that-day');
    await expectExhibitPath(page, '#note-released-that-day');

    await page.evaluate(() => {
      location.hash = '#note-nope';
    });
    await expectNoNoteOpen(page);
  }));

test('a deep link works inside an iframe on another site', async () => {
  // A tiny host page on another origin (another loopback port), served by the test itself. A
  // public origin would not do: Chromium's Local Network Access checks block a public page from
  // framing a loopback one.
  const src = exhibitUrl({ search: '?mode=embed', hash: '#note=geldom' });
  const hostServer = await serveHostPage(`<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
    <h1>Host page</h1>
    <iframe id="exhibit" title="Prisoners of GULAG Released" src="${src}" width="900" height="700"></iframe>
    </body></html>`);
  try {
    // The server outlives the page: it is closed only after the page's context.
    await withPage(async ({ page }) => {
      const host = hostServer.url;
      assert.notEqual(new URL(host).origin, new URL(src).origin, 'host and exhibit are different origins');
      await page.goto(host, { waitUntil: 'load' });
      const frameElement = await page.waitForSelector('iframe#exhibit');
      const frame = await frameElement.contentFrame();
      assert.ok(frame, 'iframe has a frame');
      await waitForApp(frame);

      const inFrame = page.frameLocator('iframe#exhibit');
      await inFrame.getByRole('dialog', { name: noteTitle('geldom'), exact: true }).waitFor({ state: 'visible', timeout: WAIT_MS });
      assert.equal(await inFrame.locator('#ex-note-panel').getAttribute('hidden'), null, 'panel open in the frame');
      assert.equal(await inFrame.locator('#ref-geldom-1').getAttribute('aria-expanded'), 'true');
      assert.equal(await inFrame.locator('html').getAttribute('data-mode'), 'embed');
      // The old link is rewritten inside the frame, the mode kept.
      await expectExhibitPath(frame, '?mode=embed#note-geldom');
      // The host page's own URL is untouched.
      assert.equal(page.url(), host);

      // Inside the frame the note still closes normally.
      await inFrame.getByRole('button', { name: 'Close note' }).click();
      await inFrame.locator('#ex-note-panel').waitFor({ state: 'hidden', timeout: WAIT_MS });
      await expectExhibitPath(frame, '?mode=embed');
      assert.equal(page.url(), host);
      assert.equal(await exhibitPath(frame), '?mode=embed');
    });
  } finally {
    await hostServer.close();
  }
});

/** Serves `html` at http://127.0.0.1:<free port>/ (favicon etc. get 404); resolves to { url, close() }. */
async function serveHostPage(html) {
  const server = createServer((request, response) => {
    const found = request.url === '/';
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(found ? html : '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
