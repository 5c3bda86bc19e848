// Opens every page of a built site in headless Chromium at 320px and 1280px and runs axe-core
// (WCAG 2.0/2.1/2.2 A and AA). Also checks, as a reader would, that the pledge copy button copies
// and announces it, and that text reflows at 320px without sideways scrolling.
// Usage: node src/test/browser/check-site.mjs target/site
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveSite } from './static-host.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const site = process.argv[2] || 'target/site';
// --corpus: a site other than the movement's (the real-shaped posts), so the searches for its pages are skipped.
const movementSite = !process.argv.includes('--corpus');
// --pictures-left-on HOST: a site imported from WordPress without its uploads links pictures on the old host; the import
// and the bake warn of each. Those picture requests are refused as any other, counted, and not failures.
const leftOnAt = process.argv.indexOf('--pictures-left-on');
const leftOn = leftOnAt > 0 ? process.argv[leftOnAt + 1] : null;
let leftPictures = 0;
async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const { base, close: closeServer } = await serveSite(site);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
// Redirect pages leave at once; the gate and the HTML checker look at those.
const pages = [];
// admin/ is the browser editor (Decap CMS), checked by cms-editor.mjs with the editor loaded and its backend running.
for (const f of (await htmlFiles(site)).sort()) {
  const path = relative(site, f).split('\\').join('/');
  if (!path.startsWith('admin/') && !(await readFile(f, 'utf8')).includes('http-equiv="refresh"')) pages.push(path);
}
const checked = [];
for (const width of [320, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  // No page may ask another host for anything: each such request is refused and counted.
  let current = '';
  await context.route(url => !url.toString().startsWith(base), route => {
    if (leftOn && new URL(route.request().url()).host === leftOn && route.request().resourceType() === 'image') {
      leftPictures++;
      return route.abort();
    }
    failures.push(`${current} @${width}px: a request to another host: ${route.request().url()}`);
    return route.abort();
  });
  // The site's Content-Security-Policy must never have to refuse anything the site itself does.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
      e => window.__violations.push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`));
  });
  const page = await context.newPage();
  page.on('console', message => { if (message.type() === 'error' && !(leftOn && (message.location().url || '').includes(leftOn))) failures.push(`${current} @${width}px: console error: ${message.text()}`); });
  page.on('pageerror', error => failures.push(`${current} @${width}px: script error: ${error.message}`));
  for (const file of pages) {
    current = file;
    const url = base + file.replace(/index\.html$/, '');
    await page.goto(url);
    const html = await page.content();
    if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src '(self|none)'/.test(html)) {
      failures.push(`${file}: no Content-Security-Policy meta tag with default-src`);
    }
    // Evaluated through the DevTools protocol, so the page's policy (no inline script) does not stop the checker itself.
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    for (const v of result.violations) {
      failures.push(`${file} @${width}px: [${v.id}] ${v.help} (${v.nodes.length}x): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
    }
    for (const violation of await page.evaluate(() => window.__violations)) {
      failures.push(`${file} @${width}px: Content-Security-Policy violation: ${violation}`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (width === 320 && overflow > 1) failures.push(`${file} @320px: the page scrolls sideways by ${overflow}px`);
    checked.push(`${file}@${width}`);
  }
  await context.close();
}

// --weigh PAGE KB: what a reader on a phone downloads for that page, every lazy picture scrolled into view, must stay
// under KB (many readers pay for their data).
const weighAt = process.argv.indexOf('--weigh');
if (weighAt > 0) {
  const [target, limit] = [process.argv[weighAt + 1], Number(process.argv[weighAt + 2])];
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await context.route(url => !url.toString().startsWith(base), route => route.abort());
  const page = await context.newPage();
  const sizes = new Map();
  page.on('response', async response => {
    try { sizes.set(response.url(), (await response.body()).length); } catch { /* a redirect has no body */ }
  });
  await page.goto(base + target, { waitUntil: 'networkidle' });
  for (let y = 0; y < 20; y++) {
    await page.mouse.wheel(0, 640);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const pictures = [...sizes.keys()].filter(u => /\.(webp|jpg|png)$/.test(u));
  console.log(`${target} at 320px: ${(total / 1024).toFixed(0)} KB in ${sizes.size} files (pictures: ${pictures.map(u => u.split('/').pop()).join(', ')})`);
  if (total > limit * 1024) failures.push(`${target} weighs ${(total / 1024).toFixed(0)} KB at 320px, more than ${limit} KB`);
  await context.close();
}

// A YouTube or Vimeo video waits as a placeholder: the page asked nothing of those sites (checked above, on every
// page load); pressing play puts the privacy-enhanced player in its place.
let videoPage;
for (const p of pages) {
  if ((await readFile(join(site, p), 'utf8')).includes('class="video-placeholder"')) { videoPage = p; break; }
}
if (videoPage) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.route(url => !url.toString().startsWith(base), route => route.abort()); // the player itself is not fetched here
  const page = await context.newPage();
  await page.goto(base + videoPage.replace(/index\.html$/, ''));
  const play = page.locator('.video-play').first();
  if (!await play.isVisible()) failures.push(`${videoPage}: the video's play button is not shown`);
  else {
    await play.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator('iframe.video-frame').first();
    await frame.waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
    const src = await frame.getAttribute('src').catch(() => '');
    const title = await frame.getAttribute('title').catch(() => '');
    if (!/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(src || '')) failures.push(`${videoPage}: play gave the player ${src}`);
    if (!title || !title.startsWith('Video: ')) failures.push(`${videoPage}: the player has no title`);
    console.log(`${videoPage}: the video loads only on play (${src})`);
  }
  await context.close();
}

// The pledge card: the copy button appears with JavaScript, copies the pledge and says so.
let pledgePage;
for (const p of pages) {
  if (p.startsWith('blog/') && (await readFile(join(site, p), 'utf8')).includes('data-copy=')) { pledgePage = p; break; }
}
if (!pledgePage && movementSite) failures.push('no blog post with a pledge card was found to test copying');
if (pledgePage) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
  const page = await context.newPage();
  await page.goto(base + pledgePage.replace(/index\.html$/, ''));
  const button = page.locator('button.pledge-copy').first();
  if (!await button.isVisible()) failures.push('the pledge copy button is not shown');
  else {
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.pledge-status').textContent.length > 0);
    const status = await page.locator('.pledge-status').first().textContent();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const quote = (await page.locator('.pledge blockquote').first().innerText()).trim();
    if (!status.includes('copied')) failures.push(`copying the pledge said "${status}"`);
    if (copied !== quote) failures.push(`the clipboard holds "${copied}", not the pledge`);
  }
  await context.close();
}

// Search with the keyboard only: skip link, Tab to the search box, type, Enter; results are announced.
if (movementSite && pages.includes('search/index.html')) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.route(url => !url.toString().startsWith(base), route => route.abort());
  const page = await context.newPage();
  const expectations = { 'pledge': 'needs a #MeToo moment', 'Sunderland': 'Glimpses of the Future', 'key changes': 'Whose Social Care Is It Anyway?' };
  for (const [query, title] of Object.entries(expectations)) {
    await page.goto(base + 'search/');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement && document.activeElement.id === 'search-query')) break;
    }
    if (!await page.evaluate(() => document.activeElement.id === 'search-query')) { failures.push('the search box cannot be reached with Tab'); break; }
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('search-status').textContent.length > 0);
    const status = await page.locator('#search-status').textContent();
    const titles = await page.locator('#search-results a').allTextContents();
    if (!titles.some(t => t.includes(title))) failures.push(`searching "${query}" did not find "${title}" (status: ${status}; found: ${titles.join(' | ')})`);
    if (!/found/.test(status)) failures.push(`searching "${query}" announced "${status}"`);
  }
  await context.close();
}

await browser.close();
closeServer();
console.log(`axe-core checked ${checked.length} page views (${pages.length} files at 320px and 1280px)`);
if (leftOn) console.log(`${leftPictures} requests for pictures left on ${leftOn} were refused (the import warned of each)`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} browser check failures`);
  process.exit(1);
}
console.log('browser checks passed: 0 axe-core violations');
