// Runs axe-core over the gate's corpus (src/test/resources/a11y/*.html) and reports, for each page,
// what axe finds that the gate does not. Fails when axe flags a "pass" page the gate accepts, or
// when a gate rule's failing page has an axe equivalent that axe does not see (the corpus is wrong).
// Usage: node src/test/browser/corpus-vs-axe.mjs
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const corpus = 'src/test/resources/a11y';

// Gate rule -> the axe rules that look at the same thing (none: axe has no static equivalent).
const equivalents = {
  'image-alt': ['image-alt'], 'html-lang': ['html-has-lang'], 'document-title': ['document-title'],
  'link-name': ['link-name'], 'duplicate-id': [], 'form-label': ['label'], 'table-headers': [],
  'tabindex': ['tabindex'], 'iframe-title': ['frame-title'], 'video-captions': [], // axe only lists a video without captions for manual review
  'aria-attribute': ['aria-valid-attr'], 'aria-role': ['aria-roles'], 'viewport-zoom': ['meta-viewport'],
  'aria-reference': [], 'autoplay': [], 'single-h1': [], 'heading-order': [], 'empty-heading': [],
  'landmarks': [], 'skip-link': [], 'link-purpose': [], 'same-link-text': [], 'decorative-image': [],
  'image-of-text': [],
};

// Findings that need a real layout, which a check over HTML text cannot make: reported, not failed.
const browserOnly = ['target-size'];
const gaps = new Set();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.route(url => !url.toString().startsWith('file:'), route => route.abort());
const problems = [];
const rows = [];
for (const file of (await readdir(corpus)).filter(f => f.endsWith('.html')).sort()) {
  await page.goto(pathToFileURL(resolve(corpus, file)).href);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const axeIds = result.violations.map(v => v.id).sort();
  const rule = file.replace(/\.(fail|pass)\.html$/, '');
  const failing = file.includes('.fail.');
  axeIds.filter(id => browserOnly.includes(id)).forEach(id => gaps.add(id));
  const unexplained = axeIds.filter(id => !browserOnly.includes(id));
  if (!failing && unexplained.length) {
    problems.push(`${file}: the gate passes it but axe finds ${unexplained.join(', ')}`);
  }
  const expected = equivalents[rule] || [];
  if (failing && expected.length && !expected.some(id => axeIds.includes(id))) {
    problems.push(`${file}: axe does not see ${expected.join('/')} here`);
  }
  rows.push(`${file.padEnd(32)} axe: ${axeIds.join(', ') || '-'}`);
}
await browser.close();
console.log('axe-core findings on the gate corpus (gate finds the rule named in each file):');
console.log(rows.join('\n'));
console.log(`axe rules the gate cannot see without a browser (checked on the real site by check-site.mjs): ${[...gaps].join(', ') || 'none'}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('every axe finding on a page the gate passes is accounted for');
