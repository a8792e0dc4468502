// Load benchmark: how fast the release build shows the exhibit in Debian's Chromium.
// Prints figures (median and 90th percentile over RUNS loads), on an idle CPU and with the CPU
// slowed 4× to stand in for a phone or a kiosk PC. It is a benchmark, not a test: it passes
// whatever the numbers are, and fails only if the page does not work at all.
//
//   node tests/bench/load.mjs [dist-dir]      (RUNS=15 by default)
import path from 'node:path';
import { launchBrowser } from '../e2e/support.mjs';
import { serveDist } from './serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const runs = Number(process.env.RUNS ?? 15);

const { base, close } = await serveDist(dist);

// Records, inside the page, when the app has taken over (it sets <html data-app-ready>).
const probe = () => {
  window.__bench = {};
  new MutationObserver(() => {
    if (!window.__bench.ready && document.documentElement.hasAttribute('data-app-ready')) {
      window.__bench.ready = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-ready'] });
};

async function measure(browser, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probe);
  await page.goto(base);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 30_000 });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      'first paint (the essay)': fcp?.startTime ?? NaN,
      'DOMContentLoaded': nav.domContentLoadedEventEnd,
      'app took over': window.__bench.ready,
    };
  });
  // Open a note: from the click to the panel being shown, measured in the page.
  load['open a note'] = await page.evaluate(async () => {
    const panel = document.getElementById('ex-note-panel');
    const start = performance.now();
    document.getElementById('ref-nobel-prize-1').click();
    while (panel.hidden) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });
  // Move to the timeline inside the page: from the click to its view being shown (the
  // first time, its page is fetched and parsed).
  load['move to the timeline'] = await page.evaluate(async () => {
    const start = performance.now();
    document.querySelector('.ex-nav__link[href="timeline/"]').click();
    while (document.getElementById('ex-app').dataset.view !== 'timeline') {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.now() - start;
  });
  await context.close();
  return load;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9) };
}

const browser = await launchBrowser();
try {
  for (const throttle of [1, 4]) {
    const samples = [];
    await measure(browser, throttle); // warm-up: the first launch of a page pays one-off costs
    for (let i = 0; i < runs; i++) samples.push(await measure(browser, throttle));
    console.log(`\n${throttle === 1 ? 'CPU unthrottled' : `CPU slowed ${throttle}×`} — ${runs} loads, milliseconds`);
    console.log(`${'measure'.padEnd(28)} ${'median'.padStart(8)} ${'p90'.padStart(8)}`);
    for (const key of Object.keys(samples[0])) {
      const { median, p90 } = stats(samples.map((sample) => sample[key]));
      console.log(`${key.padEnd(28)} ${median.toFixed(1).padStart(8)} ${p90.toFixed(1).padStart(8)}`);
    }
  }
} finally {
  await browser.close();
  close();
}
