import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [url, out, js, width] = [process.argv[2], process.argv[3], process.argv[4] !== 'nojs', Number(process.argv[5] ?? 1280)];
const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } });
const page = await context.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(1200);
if (process.argv[6]) { await page.click(process.argv[6]); await page.waitForTimeout(600); }
await page.screenshot({ path: out, fullPage: false });
await browser.close();
