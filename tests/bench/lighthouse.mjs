// Lighthouse benchmark: the exhibit's views against a plain HTML page of the essay alone, all served by
// the same server. Mobile form factor, Lighthouse's default simulated throttling, performance only;
// each URL RUNS times (default 3), one Lighthouse run at a time, each with its own Chromium and a
// fresh profile (the Lighthouse CLI launches it). Prints the median of every figure per URL and, for
// each view, how it compares with the plain page and which targets it misses. It is a benchmark, not a
// test: it exits 0 whatever the figures, and non-zero only if a URL could not be measured.
//
//   node tests/bench/lighthouse.mjs BASE_URL PLAIN_PATH VIEW_PATH...
//   e.g. node tests/bench/lighthouse.mjs http://127.0.0.1:8090/ /plain/ / /timeline/
//
// RUNS=5 changes the number of runs; JSON=path also writes the medians (and every run's figures)
// there; CHROME_PATH picks the browser (default Debian's /usr/bin/chromium). .ci/bench-lighthouse
// builds and serves the pages and calls this.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [base, plainPath, ...viewPaths] = process.argv.slice(2);
if (!base || !plainPath || viewPaths.length === 0) {
  console.error('usage: node tests/bench/lighthouse.mjs BASE_URL PLAIN_PATH VIEW_PATH...');
  process.exit(2);
}
const runs = Number(process.env.RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`RUNS must be a whole number of at least 1, not "${process.env.RUNS}"`);
  process.exit(2);
}
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`no browser at ${chromePath} (install Debian's chromium: bash .ci/install bench)`);
  process.exit(1);
}

// Targets for every exhibit view (the plain page is the yardstick, not held to them).
const TARGETS = { ratio: 1.1, score: 100, tbt: 0, cls: 0 };

// Headless Debian Chromium as root in a container, and nothing that reaches past loopback.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const lighthouseCli = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));
const RUN_TIMEOUT_MS = 180_000;
const ATTEMPTS = 2; // a run that fails (a Chromium that would not start, a timeout) is tried once more

// Stopped (Ctrl-C, or .ci/bench-lighthouse exiting): pass SIGINT to the running Lighthouse, whose
// chrome-launcher then closes the Chromium it started (in a process group of its own, so a signal to
// ours would miss it), and exit once it has gone.
let current; // the running Lighthouse CLI process
let workDir; // where the runs write their reports
let stopSignal;
const exitCodes = { SIGINT: 130, SIGTERM: 143 };
for (const signal of Object.keys(exitCodes)) {
  process.on(signal, () => {
    stopSignal = signal;
    if (current) current.kill('SIGINT');
    else {
      if (workDir) rmSync(workDir, { recursive: true, force: true });
      process.exit(exitCodes[signal]);
    }
  });
}

const pages = [...viewPaths, plainPath];
const urlOf = (page) => new URL(page, base).href;

/** One Lighthouse run of `url` in a fresh Chromium; resolves to its report (LHR). */
async function lighthouse(url, outputDir) {
  const output = path.join(outputDir, 'report.json');
  const args = [
    lighthouseCli,
    url,
    '--quiet',
    '--no-enable-error-reporting',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    '--form-factor=mobile', // the default, spelt out: phone screen and mobile scoring curves
    '--throttling-method=simulate', // the default: load unthrottled, then simulate a slow 4G phone
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  const stderr = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    current = child;
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    // Too slow: SIGINT lets it close its Chromium; SIGKILL if even that hangs.
    const timer = setTimeout(() => {
      stderr.push(Buffer.from(`timed out after ${RUN_TIMEOUT_MS / 1000} s\n`));
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve(exitCode ?? `signal ${signal}`);
    });
  });
  if (stopSignal) {
    await rm(outputDir, { recursive: true, force: true });
    process.exit(exitCodes[stopSignal]);
  }
  if (code !== 0) {
    const log = Buffer.concat(stderr).toString().trim().split('\n').slice(-15).join('\n');
    throw new Error(`lighthouse exited with ${code}${log ? `:\n${log}` : ''}`);
  }
  const lhr = JSON.parse(await readFile(output, 'utf8'));
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

/** The figures we report from one report. */
function figures(lhr) {
  const audit = (id) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`no value for ${id}: ${lhr.audits[id]?.errorMessage ?? 'audit missing'}`);
    }
    return value;
  };
  const score = lhr.categories.performance?.score;
  if (typeof score !== 'number') throw new Error('no performance score');
  return {
    score: Math.round(score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    transferKB: audit('total-byte-weight') / 1024,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => Math.round(value).toString();
const describe = (f) =>
  `score ${f.score}, FCP ${ms(f.fcp)}, LCP ${ms(f.lcp)}, TBT ${ms(f.tbt)} ms, CLS ${f.cls.toFixed(3)}, ` +
  `SI ${ms(f.si)} ms, ${f.transferKB.toFixed(1)} KB`;

const samples = new Map(pages.map((page) => [page, []]));
const warnings = new Map(pages.map((page) => [page, new Set()]));
let environment;
workDir = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-runs-'));
try {
  console.log(`${runs} Lighthouse run(s) per page, one at a time, pages in turn: ${pages.join(' ')}`);
  // Pages take turns within each round, so a slow spell of the machine falls on all of them alike.
  for (let round = 1; round <= runs; round++) {
    for (const page of pages) {
      let lhr;
      for (let attempt = 1; !lhr; attempt++) {
        try {
          lhr = await lighthouse(urlOf(page), workDir);
          const sample = figures(lhr);
          samples.get(page).push(sample);
          console.log(`  run ${round}/${runs} ${page.padEnd(12)} ${describe(sample)}`);
        } catch (error) {
          lhr = undefined;
          console.error(`  run ${round}/${runs} ${page}: attempt ${attempt} failed: ${error.message}`);
          if (attempt >= ATTEMPTS) {
            console.error(`could not measure ${urlOf(page)}`);
            process.exitCode = 1;
            throw error;
          }
        }
      }
      for (const warning of lhr.runWarnings ?? []) warnings.get(page).add(warning);
      environment ??= {
        lighthouse: lhr.lighthouseVersion,
        browser: lhr.environment?.hostUserAgent,
        benchmarkIndex: lhr.environment?.benchmarkIndex,
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        throttling: lhr.configSettings.throttling,
      };
    }
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}

const medians = new Map(
  pages.map((page) => {
    const runsOfPage = samples.get(page);
    const keys = Object.keys(runsOfPage[0]);
    return [page, Object.fromEntries(keys.map((key) => [key, median(runsOfPage.map((run) => run[key]))]))];
  }),
);

// --- the table -----------------------------------------------------------------------------------
const t = environment.throttling;
// The user agent says only the major version (156.0.0.0); the binary tells the whole of it.
const chrome =
  /[\d.]{5,}/.exec(spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[0] ??
  /Chrome\/([\d.]+)/.exec(environment.browser ?? '')?.[1] ??
  'unknown';
environment.browserVersion = chrome;
console.log(
  `\nLighthouse ${environment.lighthouse}, Chromium ${chrome}, ${environment.formFactor}, ` +
    `${environment.throttlingMethod === 'simulate' ? 'simulated' : environment.throttlingMethod} throttling (RTT ${t.rttMs} ms, ${t.throughputKbps} kbit/s, CPU ${t.cpuSlowdownMultiplier}×); ` +
    `median of ${runs} run(s) per page; this machine's Lighthouse benchmark index ${Math.round(environment.benchmarkIndex)}`,
);
const columns = [
  ['page', (page) => page, 'left'],
  ['score', (page) => String(medians.get(page).score)],
  ['FCP ms', (page) => ms(medians.get(page).fcp)],
  ['LCP ms', (page) => ms(medians.get(page).lcp)],
  ['TBT ms', (page) => ms(medians.get(page).tbt)],
  ['CLS', (page) => medians.get(page).cls.toFixed(3)],
  ['SI ms', (page) => ms(medians.get(page).si)],
  ['transfer KB', (page) => medians.get(page).transferKB.toFixed(1)],
];
const label = (page) => (page === plainPath ? `${page} (plain essay)` : page);
const cells = pages.map((page) => columns.map(([, cell], i) => (i === 0 ? label(page) : cell(page))));
const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(columns.map(([title]) => title)));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of cells) console.log(line(row));

// --- each view against the plain page, and the targets -------------------------------------------
const plain = medians.get(plainPath);
const round2 = (value) => Math.round(value * 100) / 100;
console.log(
  `\ntargets for every view: FCP and LCP at most ${TARGETS.ratio}× the plain page's, ` +
    `performance ${TARGETS.score}, TBT ${TARGETS.tbt} ms, CLS ${TARGETS.cls}`,
);
const ratios = {};
const viewWidth = Math.max(4, ...viewPaths.map((page) => page.length));
console.log(`${'view'.padEnd(viewWidth)}  FCP/plain  LCP/plain  verdict`);
for (const page of viewPaths) {
  const m = medians.get(page);
  const fcpRatio = round2(m.fcp / plain.fcp);
  const lcpRatio = round2(m.lcp / plain.lcp);
  const misses = [];
  if (fcpRatio > TARGETS.ratio) misses.push(`FCP ${fcpRatio.toFixed(2)}× plain`);
  if (lcpRatio > TARGETS.ratio) misses.push(`LCP ${lcpRatio.toFixed(2)}× plain`);
  if (m.score < TARGETS.score) misses.push(`performance ${m.score}`);
  if (m.tbt > TARGETS.tbt) misses.push(`TBT ${ms(m.tbt)} ms`);
  if (m.cls > TARGETS.cls) misses.push(`CLS ${m.cls.toPrecision(2)}`);
  ratios[page] = { fcp: fcpRatio, lcp: lcpRatio, misses };
  const verdict = misses.length ? `MISSES: ${misses.join('; ')}` : 'meets every target';
  console.log(
    `${page.padEnd(viewWidth)}  ${`${fcpRatio.toFixed(2)}×`.padStart(9)}  ${`${lcpRatio.toFixed(2)}×`.padStart(9)}  ${verdict}`,
  );
}

for (const [page, set] of warnings) {
  for (const warning of set) console.log(`warning (${page}): ${warning}`);
}

if (process.env.JSON) {
  const report = {
    date: new Date().toISOString(),
    base,
    runs,
    environment,
    targets: TARGETS,
    plain: plainPath,
    units: { fcp: 'ms', lcp: 'ms', tbt: 'ms', cls: 'unitless', si: 'ms', transferKB: 'KiB', score: '0-100' },
    medians: Object.fromEntries(medians),
    ratios,
    samples: Object.fromEntries(samples),
  };
  await writeFile(process.env.JSON, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nmedians written to ${process.env.JSON}`);
}
