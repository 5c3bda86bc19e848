// The live preview as a volunteer meets it, in headless Chromium: open a page, edit its Markdown,
// the page reloads with the change; break the front matter, the problem appears over the page;
// fix it, the problem goes. Works on a copy of content/, never on the real files.
// Usage: node src/test/browser/preview-reload.mjs   (after mvn package has built target/north-star.jar)
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const port = await new Promise(resolve => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
});
const work = await mkdtemp(join(tmpdir(), 'north-star-preview-'));
await cp('content', join(work, 'content'), { recursive: true });
const about = join(work, 'content', 'about.md');
const original = await readFile(about, 'utf8');
await writeFile(join(work, 'content', 'blog', '2021-04-01-half-written.md'),
  '---\ntitle: Half written\ndate: 2021-04-01\nstatus: draft\n---\nNot ready yet.\n');

const server = spawn('java', ['-jar', 'target/north-star.jar', 'serve', '--port', String(port),
  '--content', join(work, 'content'), '--output', join(work, 'preview')], { stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', d => { log += d; });
server.stderr.on('data', d => { log += d; });
const failures = [];
const until = async (what, check, ms = 30000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise(r => setTimeout(r, 200));
  }
  failures.push(`timed out waiting for ${what}`);
  return false;
};

let browser;
try {
  await until('the preview to start', async () => log.includes('Preview at'), 120000);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The preview's reload script and overlay must work under the site's Content-Security-Policy, refusing nothing.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'}`));
  });
  const violations = async () => { for (const v of await page.evaluate(() => window.__violations).catch(() => [])) failures.push(`CSP: ${v}`); };

  // A draft's banner spans the page, at a desktop width as on a phone.
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/blog/2021/04/half-written/`);
    const banner = await page.evaluate(() => {
      const b = document.querySelector('.draft-banner');
      return b && { width: b.getBoundingClientRect().width, page: document.documentElement.clientWidth };
    });
    if (!banner) failures.push(`@${width}px: the draft has no banner`);
    else if (Math.abs(banner.width - banner.page) > 1) failures.push(`@${width}px: the draft banner is ${banner.width}px wide on a ${banner.page}px page`);
  }

  await page.goto(`http://127.0.0.1:${port}/about/`);
  await page.waitForTimeout(500); // let the page open its event stream

  await writeFile(about, original + '\nA sentence added while the page was open.\n');
  await until('the page to reload with the edit', async () =>
    (await page.content().catch(() => '')).includes('A sentence added while the page was open.'));
  await violations();

  await writeFile(about, original.replace('title: About Social Care Future', 'title: About Social Care Future\ndate: 2021-02-31'));
  await until('the error overlay', async () => (await page.locator('#north-star-overlay[role=alert]').count().catch(() => 0)) === 1);
  const overlay = await page.locator('#north-star-overlay').innerText().catch(() => '');
  if (!overlay.includes('about.md:3') || !overlay.includes('not a real date')) failures.push(`the overlay says: ${overlay}`);
  const position = await page.locator('#north-star-overlay').evaluate(e => getComputedStyle(e).position).catch(() => '');
  if (position !== 'fixed') failures.push(`the overlay is not laid over the page (position: ${position})`);
  if (!/default-src/.test(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content').catch(() => ''))) {
    failures.push('the previewed page has no Content-Security-Policy');
  }
  await violations();

  await writeFile(about, original);
  await until('the overlay to clear', async () => (await page.locator('#north-star-overlay').count().catch(() => 1)) === 0);
} finally {
  if (browser) await browser.close();
  server.kill();
  await rm(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(failures.join('\n'));
  console.error('preview log:\n' + log);
  process.exit(1);
}
console.log('preview: an edit reloads the open page; a broken edit shows the problem; the fix clears it');
