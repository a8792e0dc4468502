import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
await page.goto('http://127.0.0.1:8300/#view=glossary&term=gulag');
for (const t of [100, 300, 600, 1200]) { await page.waitForTimeout(t); console.log(t, page.url(), await page.evaluate(() => document.activeElement?.id)); }
await browser.close();
