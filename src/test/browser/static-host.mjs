// A static host for a built site, as GitHub Pages is one: files as they are, with their types, the
// site's 404 page (status 404) for anything else, nothing outside the site. Shared by the browser checks.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, relative } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.json': 'application/json' };

/** Serves `site` on a free port of 127.0.0.1; resolves to { base, close }. */
export async function serveSite(site) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(site, path);
    if (relative(site, file).startsWith('..')) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(join(site, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
