// Production serving (deploy/serve: nginx with deploy/nginx.conf, as .ci/e2e runs it): every
// header a web team copies, brotli when asked and gzip otherwise, caching by kind of file, the
// Content-Security-Policy with the hashes of exactly the inline script and styles the pages carry,
// nothing outside the exhibit's address; and every view in every mode under that policy with no
// violation and no request to another origin (withPage checks both; a page built to break the
// policy shows that the check can fail).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { useBrowser, baseUrl, gotoExhibit, exhibitUrl, eventually, VIEWS } from './support.mjs';

const { withPage } = useBrowser();

/** GET `path` (relative to the exhibit's root) with these request headers; the raw answer. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseUrl), { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** The texts of a page's inline elements (`script` without src, `style`). */
function inline(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
    .map(([, , text]) => text);
}
const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The build's files, to pick one of each kind.
const DIST = process.env.E2E_DIST ?? 'dist';
const files = readdirSync(DIST);
const wasm = files.find((name) => /^gulag-exhibit-[0-9a-f]{1,16}_bg\.wasm$/.test(name));
const script = files.find((name) => /^gulag-exhibit-[0-9a-f]{1,16}\.js$/.test(name));
const stylesheet = files.find((name) => /^exhibit-[0-9a-f]{1,16}\.css$/.test(name));

const SECURITY_HEADERS = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

test('every answer carries the security headers, and the policy is strict', async () => {
  for (const path of ['', 'timeline/', wasm, 'embed.js', 'no-such-file']) {
    const { headers } = await get(path, { 'accept-encoding': 'br' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers[name], value, `${path}: ${name}`);
    assert.match(headers['permissions-policy'], /(^|, )camera=\(\)/, `${path}: permissions-policy`);
    assert.match(headers['permissions-policy'], /geolocation=\(\)/);
    const policy = directives(headers['content-security-policy']);
    assert.deepEqual(policy.get('default-src'), ["'none'"], path);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('connect-src'), ["'self'"]);
    assert.deepEqual(policy.get('frame-ancestors'), ['*'], 'as .ci/e2e sets FRAME_ANCESTORS');
    const scripts = policy.get('script-src');
    assert.deepEqual(scripts.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
    for (const [name, values] of policy) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) {
        if (name !== 'frame-ancestors') assert.ok(!values.includes(unsafe), `${path}: ${unsafe} in ${name}`);
      }
      if (name !== 'img-src') assert.ok(!values.includes('data:'), `${path}: data: in ${name}`);
    }
  }
});

test("the policy's hashes are exactly those of the pages' inline script and styles", async () => {
  const { headers } = await get('');
  const policy = directives(headers['content-security-policy']);
  const scriptHashes = new Set();
  const styleHashes = new Set();
  for (const view of VIEWS) {
    const html = (await get(view, { 'accept-encoding': 'identity' })).body.toString('utf8');
    for (const text of inline(html, 'script')) scriptHashes.add(hashOf(text));
    for (const text of inline(html, 'style')) styleHashes.add(hashOf(text));
    assert.doesNotMatch(html, /\sstyle="/, `${view || 'essay'}: a style attribute`);
  }
  assert.equal(scriptHashes.size, 1, 'one loader, the same on every page');
  assert.ok(styleHashes.size >= 2, 'the timeline and the map place their parts in a <style>');
  assert.deepEqual(new Set(policy.get('script-src').filter((s) => s.startsWith("'sha256-"))), scriptHashes);
  assert.deepEqual(new Set(policy.get('style-src').filter((s) => s.startsWith("'sha256-"))), styleHashes);
});

test('brotli when the browser asks for it, gzip otherwise, the file itself without either', async () => {
  for (const path of ['', 'glossary/', wasm, script, stylesheet]) {
    const plain = await get(path, {});
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: nothing asked, nothing compressed`);
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.match(br.headers.vary ?? '', /accept-encoding/i, `${path}: Vary`);
    assert.ok(brotliDecompressSync(br.body).equals(plain.body), `${path}: the .br is the file`);
    assert.ok(br.body.length < plain.body.length / 2, `${path}: brotli compresses`);
    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip', path);
    assert.ok(gunzipSync(gzip.body).equals(plain.body), `${path}: the .gz is the file`);
    assert.ok(br.body.length <= gzip.body.length, `${path}: brotli is the smaller`);
  }
});

test('types and caching: hashed files for a year, pages revalidated, the rest an hour', async () => {
  const expect = [
    ['', 'text/html; charset=utf-8', 'no-cache'],
    ['figures/', 'text/html; charset=utf-8', 'no-cache'],
    ['kiosk.html', 'text/html; charset=utf-8', 'no-cache'],
    ['sw.js', /^(text|application)\/javascript/, 'no-cache'],
    [wasm, 'application/wasm', 'public, max-age=31536000, immutable'],
    [script, /^(text|application)\/javascript/, 'public, max-age=31536000, immutable'],
    [stylesheet, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['embed.js', /^(text|application)\/javascript/, 'public, max-age=3600'],
  ];
  // Every file of the build's code and style, whatever its hash looks like (Trunk's may be
  // shorter than 16 digits), is kept for a year.
  for (const name of files.filter((f) => /\.(js|wasm|css)$/.test(f) && !['embed.js', 'sw.js'].includes(f))) {
    expect.push([name, /./, 'public, max-age=31536000, immutable']);
  }
  for (const [path, type, cache] of expect) {
    const { status, headers } = await get(path, { 'accept-encoding': 'br' });
    assert.equal(status, 200, path);
    if (type instanceof RegExp) assert.match(headers['content-type'], type, path);
    else assert.equal(headers['content-type'], type, path);
    assert.equal(headers['cache-control'], cache, path);
  }
});

test('only the exhibit is served: its address, a folder without its slash, nothing else', async () => {
  const root = new URL(baseUrl);
  const folder = await get(`${root.pathname}timeline`);
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.location, `${root.pathname}timeline/`, 'a relative redirect');
  assert.equal((await get('/')).status, 404, 'nothing outside the exhibit');
  assert.equal((await get('csp.conf')).status, 404, "the build's notes for the server are not served");
  assert.equal((await get('no-such-file')).status, 404);
  const posted = await new Promise((resolve, reject) =>
    http.request(new URL('', baseUrl), { method: 'POST' }, resolve).on('error', reject).end(),
  );
  assert.equal(posted.statusCode, 403, 'only GET and HEAD');
  posted.resume();
});

test('the checks catch an inline script, a style attribute and a request elsewhere', () =>
  withPage(
    async ({ page }) => {
      // Pages at the exhibit's address that break the rules: one under the exhibit's policy,
      // one without a policy, whose picture from elsewhere is requested.
      const { headers } = await get('');
      const serves = (body, policy) => (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html', ...(policy ? { 'content-security-policy': policy } : {}) },
          body: `<!doctype html><title>t</title>${body}`,
        });
      const strict = exhibitUrl({ path: 'strict.html' });
      const open = exhibitUrl({ path: 'open.html' });
      await page.route(strict, serves(`<p style="color:red">x</p><script>document.title = 'ran'</script>`, headers['content-security-policy']));
      await page.route(open, serves('<img src="http://127.0.0.2:9/elsewhere.png" alt="">'));
      await page.goto(strict);
      const { violations, foreign } = page.context().exhibitPolicy;
      await eventually(() => assert.equal(violations.length, 2, violations.join('\n')));
      assert.notEqual(await page.title(), 'ran', 'the inline script was blocked');
      assert.ok(violations.some((v) => v.startsWith('script-src-elem blocked inline')), violations.join('\n'));
      assert.ok(violations.some((v) => v.startsWith('style-src-attr blocked inline')), violations.join('\n'));
      await page.goto(open, { waitUntil: 'load' });
      await eventually(() => assert.deepEqual(foreign, ['GET http://127.0.0.2:9/elsewhere.png']));
      // Emptied, so that this test, which broke the rules on purpose, passes withPage's checks.
      violations.length = 0;
      foreign.length = 0;
    },
    { checkConsoleErrors: false },
  ));

test("moving to another view in the page brings its <style> along: the timeline's marks and the map's pins are placed", () =>
  withPage(async ({ page }) => {
    await gotoExhibit(page);
    const placed = (selector) =>
      page.locator(selector).evaluateAll((elements) => new Set(elements.map((e) => e.getBoundingClientRect().left)).size);
    for (const [view, selector] of [
      ['timeline', '.ex-tl-mark'],
      ['figures', '.ex-camp__pin'],
    ]) {
      await page.locator(`.ex-nav__link[href$="${view}/"]`).click();
      await page.locator(`#ex-app[data-view="${view}"]`).waitFor();
      assert.equal(await page.locator(`head style#ex-layout-${view}`).count(), 1, view);
      await eventually(async () => assert.ok((await placed(selector)) > 10, `${view}: parts at different places`));
      assert.equal(page.url().startsWith(baseUrl), true);
    }
  }));

for (const [mode, contextOptions] of [
  ['', {}],
  ['?mode=embed&theme=dark', {}],
  ['?mode=kiosk', { viewport: { width: 540, height: 960 }, hasTouch: true }],
]) {
  test(`every view ${mode || 'as an ordinary page'} runs under the policy, asking nothing of another origin`, () =>
    withPage(contextOptions, async ({ page }) => {
      for (const path of VIEWS) await gotoExhibit(page, { path, search: mode });
      const { violations, foreign } = page.context().exhibitPolicy;
      assert.deepEqual([violations, foreign], [[], []]);
    }));
}
