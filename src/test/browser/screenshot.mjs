// A picture of a built page, as a reader's browser shows it: for the README's screenshot (docs/screenshot.png) and for
// looking at pages by eye. Usage: node src/test/browser/screenshot.mjs SITE PAGE WIDTH OUT.png [--full]
// (SITE_MOUNT=docs/ for the documentation, as the other browser checks).
import { createRequire } from 'node:module';
import { serveSite } from './static-host.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const [site, page = '', width = '1280', out = 'screenshot.png'] = process.argv.slice(2);
const { base, close } = await serveSite(site);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
  await context.route(url => !url.toString().startsWith(base), route => route.abort());
  const tab = await context.newPage();
  await tab.goto(base + page, { waitUntil: 'networkidle' });
  await tab.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`${base + page} at ${width}px: ${out}`);
} finally {
  await browser.close();
  close();
}
