// Soak benchmark of the kiosk: SESSIONS scripted visitors (default 2000) on one page that is never
// reloaded, as on a museum screen left running for weeks. Each visitor touches the attract screen,
// opens notes and glossary terms, switches the reading, moves to the timeline and selects events,
// to the figures and selects camps, then presses "Start over". Every 100 sessions it prints the
// JS heap after a garbage collection, the WASM memory, the DOM's node and listener counts, and at
// the end the growth from session 100 and the console errors. A benchmark, not a test: it prints
// figures, and fails only if the kiosk stops working.
//
//   node tests/bench/soak.mjs [dist-dir]      (SESSIONS=2000, SEED=1 by default)
import path from 'node:path';
import { launchBrowser } from '../e2e/support.mjs';
import { serveDist } from './serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const sessions = Number(process.env.SESSIONS ?? 2000);
let seed = Number(process.env.SEED ?? 1);

/** A small deterministic random generator (mulberry32), so two runs do the same things. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(random() * n);

const { base, close } = await serveDist(dist);

const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 540, height: 960 }, deviceScaleFactor: 2, hasTouch: true });
const page = await context.newPage();
const errors = [];
page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
page.on('pageerror', (error) => errors.push(String(error)));
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

await page.goto(`${base}?mode=kiosk&idle=600`, { waitUntil: 'load' });
await page.locator('html[data-kiosk-ready]').waitFor({ state: 'attached', timeout: 20_000 });

/** Memory and DOM after a full garbage collection. */
async function measure() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(async () => {
    const script = [...document.scripts].find((s) => /gulag-exhibit-kiosk-[0-9a-f]+\.js/.test(s.textContent));
    const name = /gulag-exhibit-kiosk-[0-9a-f]+\.js/.exec(script.textContent)[0];
    // The glue is a module: importing it again gives the running instance, and init returns it.
    const glue = await import(new URL(name, document.baseURI).href);
    return (await glue.default()).memory.buffer.byteLength;
  });
  return { heap: usedSize, wasm, nodes, listeners: jsEventListeners };
}

/** Taps one of the visible `selector`s at random. A tap that misses (the mark moved away under
 * the finger) is counted, not fatal: the exhibit's own errors are the console's. */
let missed = 0;
const tapAny = async (selector) => {
  try {
    const all = page.locator(selector).filter({ visible: true });
    const count = await all.count();
    if (count === 0) return;
    const one = all.nth(pick(count));
    // Into the middle of the screen, where a visitor would have it before touching it (not
    // under the "Start over" bar at the foot).
    await one.evaluate((mark) => mark.scrollIntoView({ block: 'center' }), null, { timeout: 2000 });
    // Where it is: if another mark covers it (crowded camps on the map), that one is tapped, as
    // a visitor's finger would.
    await one.click({ timeout: 2000, force: true });
  } catch {
    missed += 1;
  }
};
const nav = (name) => page.locator('nav.ex-nav a').filter({ hasText: name }).first().click({ timeout: 5000 });

/** One visitor. A visit can end early if a mark it reaches for is gone or covered (the visit
 * is counted, and the screen started over). */
let cut = 0;
async function visit() {
  await page.locator('#ex-kiosk-attract[open]').waitFor({ timeout: 10_000 });
  await page.locator('#ex-kiosk-begin').click();
  await page.locator('#ex-kiosk-attract:not([open])').waitFor({ state: 'attached' });
  try {
    for (let i = 0; i < 2; i += 1) await tapAny('a.ex-marker');
    // The reading: a tap on one of the two choices' labels (the radio buttons themselves are
    // styled away).
    if (random() < 0.5) await page.locator('label:has(input[name="ex-reading"])').nth(pick(2)).click({ timeout: 2000 });
    await tapAny('.ex-term');
    await page.keyboard.press('Escape');
    if (random() < 0.7) {
      await nav('Timeline');
      await page.locator('#ex-app[data-view="timeline"]').waitFor({ timeout: 5000 });
      for (let i = 0; i < 3; i += 1) await tapAny('.ex-tl-mark');
    }
    if (random() < 0.5) {
      await nav('Figures');
      await page.locator('#ex-app[data-view="figures"]').waitFor({ timeout: 5000 });
      for (let i = 0; i < 2; i += 1) await tapAny('.ex-map__camps a');
    }
    if (random() < 0.3) {
      await nav('Glossary');
      await page.locator('#ex-app[data-view="glossary"]').waitFor({ timeout: 5000 });
    }
    await page.locator('#ex-kiosk-start-over').click({ timeout: 5000 });
  } catch (error) {
    cut += 1;
    if (process.env.VERBOSE) console.log(`visit ended early: ${String(error.message).split('\n').filter((line) => /intercepts|waiting for locator/.test(line)).slice(0, 2).join(' | ')}`);
    if (!(await page.locator('#ex-kiosk-attract[open]').count())) {
      await page.locator('#ex-kiosk-start-over').click({ force: true });
    }
  }
}

const rows = [];
const kb = (bytes) => (bytes / 1024).toFixed(0).padStart(8);
console.log('session   JS heap KB   WASM KB   DOM nodes   listeners');
const started = Date.now();
let stalled = 0;
for (let session = 1; session <= sessions; session += 1) {
  // A visit that takes a minute has stalled: say so, and start the screen again.
  const timeout = new Promise((resolve) => setTimeout(resolve, 60_000, 'stalled'));
  if ((await Promise.race([visit(), timeout])) === 'stalled') {
    stalled += 1;
    console.log(`session ${session} stalled; reloading`);
    await page.goto(`${base}?mode=kiosk&idle=600`, { waitUntil: 'load' });
    await page.locator('html[data-kiosk-ready]').waitFor({ state: 'attached', timeout: 20_000 });
  }
  if (process.env.VERBOSE) console.log(`session ${session}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (session % 100 === 0 || session === sessions) {
    await page.locator('#ex-kiosk-attract[open]').waitFor();
    const row = { session, ...(await measure()) };
    rows.push(row);
    console.log(`${String(session).padStart(7)} ${kb(row.heap)}    ${kb(row.wasm)} ${String(row.nodes).padStart(11)} ${String(row.listeners).padStart(11)}`);
  }
}
const first = rows[0];
const last = rows[rows.length - 1];
const growth = (key) => `${(((last[key] - first[key]) / first[key]) * 100).toFixed(1)} %`;
console.log(`\nfrom session ${first.session} to ${last.session} (${((Date.now() - started) / 60000).toFixed(1)} min):`);
console.log(`  JS heap ${growth('heap')}, WASM memory ${growth('wasm')}, DOM nodes ${growth('nodes')}, listeners ${growth('listeners')}`);
console.log(`  taps that missed their mark: ${missed}; visits that ended early (a mark was gone or covered): ${cut}; stalled: ${stalled}`);
console.log(`  console errors: ${errors.length}${errors.length ? `\n    ${errors.slice(0, 5).join('\n    ')}` : ''}`);
await browser.close();
close();
