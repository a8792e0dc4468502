// Zoom benchmark: input to next paint for a zoom step and a pan on the 50-event timeline, as the
// Event Timing API reports it (an entry's duration: from the key press to the next paint after
// its handlers ran, in 8 ms steps), median and 95th percentile over STEPS presses of each key
// (default 50), on an idle CPU and with the CPU slowed 4×, and for the presses the API reports
// (16 ms or more) how long the page's handlers took of that (the rest is the browser laying
// out, painting and waiting for the frame). The target is p95 ≤ 16 ms unthrottled
// and ≤ 50 ms at 4×. Two rows are there to read the others by: a key the page ignores (no
// paint at all) and a control that repaints the track's box and does nothing else (what the
// browser takes to paint that much of the screen, here in software on a small VM). A benchmark, not a test: it prints figures, and fails only if the page does
// not work.
//
//   node tests/bench/zoom.mjs [dist-dir]      (STEPS=50 by default)
import path from 'node:path';
import { launchBrowser } from '../e2e/support.mjs';
import { serveDist } from './serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const steps = Number(process.env.STEPS ?? 50);
const { base, close } = await serveDist(dist);

// Collects every keydown's Event Timing entry. 16 ms is the smallest durationThreshold the API
// allows: a press that took less is not reported, and is counted as under 16 ms.
const probe = () => {
  window.__timings = [];
  window.__since = 0;
  window.__processing = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Only the presses of the series under way (entries arrive after their paint).
      if (entry.name === 'keydown' && entry.startTime >= window.__since) {
        window.__timings.push(entry.duration);
        // The handlers' own time, without waiting for the frame and painting it.
        window.__processing.push(entry.processingEnd - entry.processingStart);
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The control row: F8 repaints the track's box (its background) and lays out nothing, so
  // its figure is what repainting that much of the screen costs this machine's browser, the
  // floor under any zoom or pan.
  addEventListener('keydown', (event) => {
    if (event.key !== 'F8') return;
    const track = document.getElementById('ex-tl-track');
    track.style.backgroundColor = track.style.backgroundColor ? '' : 'rgb(250, 248, 240)';
  });
};

async function measure(browser, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(new URL('timeline/', base).href);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.locator('#ex-tl-track').focus();
  const results = {};
  for (const [name, keys] of [
    // What a press costs that the page does nothing with: the floor the others stand on.
    ['a key that does nothing (x)', ['x', 'x']],
    ['the track repainted (control)', ['F8', 'F8']],
    ['zoom step (+ then -)', ['+', '-']],
    ['pan (Page Down, Page Up)', ['PageDown', 'PageUp']],
  ]) {
    if (name.startsWith('pan')) await page.keyboard.press('+'); // pan needs a zoomed track
    await page.waitForTimeout(200);
    await page.evaluate(() => {
      window.__timings = [];
      window.__processing = [];
      window.__since = performance.now();
    });
    let sent = 0;
    for (let i = 0; i < steps; i++) {
      // Alternating keeps every step a real change (zoomed out fully, - does nothing).
      await page.keyboard.press(keys[i % 2]);
      sent++;
      // The next paint, so each press is measured on its own.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    await page.waitForTimeout(200);
    const { timings, processing } = await page.evaluate(() => ({ timings: window.__timings, processing: window.__processing }));
    // Entries under the observer's 16 ms threshold are not reported: those presses took less.
    const under = Math.max(0, sent - timings.length);
    results[name] = { timings, under, sent, processing };
  }
  await context.close();
  return results;
}

/** A percentile, counting the presses no entry was reported for as under 16 ms. */
function percentile({ timings, under }, q) {
  const sorted = [...Array(under).fill(0), ...timings].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return value === 0 ? '< 16' : value.toFixed(0);
}

const browser = await launchBrowser();
try {
  for (const throttle of [1, 4]) {
    await measure(browser, throttle); // warm-up
    const results = await measure(browser, throttle);
    console.log(`\n${throttle === 1 ? 'CPU unthrottled' : `CPU slowed ${throttle}×`}: ${steps} presses each, input to next paint (ms)`);
    console.log(
      `${'input'.padEnd(30)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'≥16 ms'.padStart(8)}   handlers of those: median, p95`,
    );
    for (const [name, result] of Object.entries(results)) {
      const handlers = [...result.processing].sort((a, b) => a - b);
      const at = (q) => (handlers.length ? handlers[Math.min(handlers.length - 1, Math.floor(q * handlers.length))].toFixed(1) : '-');
      console.log(
        `${name.padEnd(30)} ${percentile(result, 0.5).padStart(8)} ${percentile(result, 0.95).padStart(8)} ${String(result.timings.length).padStart(8)}   ${at(0.5)}, ${at(0.95)}`,
      );
    }
  }
} finally {
  await browser.close();
  await close();
}
