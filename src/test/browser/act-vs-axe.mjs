// Puts axe-core (the pinned version) in Chromium on the same W3C ACT examples the gate is measured on
// (src/test/resources/act/act-examples.json), counts axe's findings the way ActExamplesTest counts the gate's
// (only axe rules that name the example's ACT rule), and prints where the two differ. Reads the gate's results
// from the EARL report ActExamplesTest writes (docs/maintainers/act-implementation-report.jsonld).
// Usage: node src/test/browser/act-vs-axe.mjs   (after the ActExamplesTest run; prints, never fails)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const act = JSON.parse(await readFile('src/test/resources/act/act-examples.json', 'utf8'));
const earl = JSON.parse(await readFile('docs/maintainers/act-implementation-report.jsonld', 'utf8'));
const gate = new Map(earl['@graph'].map((s) => [s.source, s.assertions[0].result.outcome === 'earl:failed']));
const axe = require('axe-core');
const rulesFor = new Map();
for (const r of axe.getRules()) for (const id of r.actIds || []) rulesFor.set(id, [...(rulesFor.get(id) || []), r.ruleId]);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.route((url) => !url.toString().startsWith('data:') && !url.toString().startsWith('about:'), (route) => route.abort());
const totals = { gate: [0, 0], axe: [0, 0] };
const differ = [];
let failed = 0;
let other = 0;
for (const rule of act.rules) {
  const axeRules = rulesFor.get(rule.id) || [];
  for (const ex of rule.examples) {
    const own = /^\s*(<!doctype[^>]*>\s*)?<html/i.test(ex.html);
    const html = own ? ex.html : `<!DOCTYPE html><html lang="en"><head><title>Test</title></head><body>${ex.html}</body></html>`;
    let axeFails = false;
    if (axeRules.length) {
      await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 10000 }).catch(() => {});
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate((ids) => window.axe.run(document, { runOnly: { type: 'rule', values: ids } }), axeRules);
      axeFails = result.violations.length > 0;
    }
    const key = `https://act-rules.github.io/testcases/${rule.id}/${ex.outcome}-example-${ex.number}`;
    const gateFails = gate.get(key) === true;
    const bucket = ex.outcome === 'failed' ? 0 : 1;
    if (ex.outcome === 'failed') failed++; else other++;
    if (gateFails) totals.gate[bucket]++;
    if (axeFails) totals.axe[bucket]++;
    if (gateFails !== axeFails) {
      differ.push(`${rule.id} ${ex.outcome} ${ex.number}: gate ${gateFails ? 'fails' : 'passes'}, axe ${axeFails ? 'fails' : 'passes'}`
        + (axeRules.length ? ` (${axeRules.join(', ')})` : ' (axe has no rule for it)'));
    }
  }
}
await browser.close();
console.log(`axe-core ${axe.version} and the gate on ${failed} failed and ${other} passed/inapplicable ACT examples:`);
console.log(`  gate: caught ${totals.gate[0]}/${failed}, wrongly failed ${totals.gate[1]}/${other}`);
console.log(`  axe:  caught ${totals.axe[0]}/${failed}, wrongly failed ${totals.axe[1]}/${other}`);
console.log(`Where they differ (${differ.length}):`);
differ.forEach((d) => console.log('  ' + d));
