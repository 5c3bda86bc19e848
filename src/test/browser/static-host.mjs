// A static host for a built site, as GitHub Pages is one: files as they are, with their types, the
// site's 404 page (status 404) for anything else, nothing outside the site. Shared by the browser checks.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, relative } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.json': 'application/json' };

/**
 * The rules of a _headers file (Netlify's and Cloudflare Pages' format): a path, or a path ending in *, then
 * indented "Name: value" lines. Later rules replace a header an earlier one set, as on Netlify.
 */
async function headerRules(site) {
  const text = await readFile(join(site, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ path: line.trim(), headers: {} }); continue; }
    const colon = line.indexOf(':');
    if (rules.length && colon > 0) rules[rules.length - 1].headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}

/**
 * Serves `site` on a free port of 127.0.0.1, with the headers its _headers file gives; resolves to { base, close }.
 * SITE_MOUNT=docs/ serves it under /docs/, where a site baked for that path (the documentation) is published.
 */
export async function serveSite(site, mount = process.env.SITE_MOUNT || '') {
  const rules = await headerRules(site);
  const server = createServer(async (req, res) => {
    let urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (mount) {
      if (!urlPath.startsWith('/' + mount)) { res.writeHead(404); res.end(); return; }
      urlPath = urlPath.slice(mount.length);
    }
    let path = urlPath;
    if (path.endsWith('/')) path += 'index.html';
    const file = join(site, path);
    if (relative(site, file).startsWith('..')) { res.writeHead(403); res.end(); return; }
    const headers = headersFor(rules, urlPath);
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
      res.end(await readFile(join(site, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/${mount}`, close: () => server.close() };
}
