// The browser editor at /admin/ as a maintainer meets it, in headless Chromium: the real Decap CMS, against a copy
// of the movement's site, through `serve --edit` (the preview answering Decap's proxy protocol). It writes a blog post
// with a topic and a described picture, a newsletter, an event, an easy-read version of a page and a letter with two
// signatories through the editor's own forms; edits an existing post; checks every file written against the
// configuration made from the content format, key by key; bakes the copy and finds each new page; then saves a post
// whose picture has no description and finds the error, at its line, in the preview's overlay. axe-core checks
// /admin/ with the editor loaded at 320 and 1280 px. The screenshots of the volunteers' guide are taken on the way.
// Usage: node src/test/browser/cms-editor.mjs   (after mvn package has built target/north-star.jar;
//        NORTH_STAR_CLASSPATH=... runs the classes instead, for development)
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile, mkdir, access, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const YAML = require('yaml'); // the YAML reader Decap itself uses (installed with decap-cms)
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const known = JSON.parse(await readFile('src/test/browser/cms-known-violations.json', 'utf8'));

const project = resolve('.');
const shots = join(project, 'docs', 'volunteers', 'images');
await mkdir(shots, { recursive: true });
const java = process.env.NORTH_STAR_CLASSPATH
  ? ['-Xmx700m', '-cp', process.env.NORTH_STAR_CLASSPATH, 'org.socialcarefuture.northstar.cli.Main']
  : ['-Xmx700m', '-jar', join(project, 'target', 'north-star.jar')];

const port = await new Promise(done => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => done(p)); });
});
const work = await mkdtemp(join(tmpdir(), 'north-star-cms-'));
await cp('content', join(work, 'content'), { recursive: true });
await cp('site.yml', join(work, 'site.yml'));
const content = join(work, 'content');
const picture = join(work, 'meeting.png');
await writeFile(picture, png(640, 400));

const failures = [];
const fail = message => { failures.push(message); console.error(`FAIL ${message}`); };
const until = async (what, check, ms = 60000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null) break;
    if (await check().catch(() => false)) return true;
    await new Promise(r => setTimeout(r, 250));
  }
  fail(`timed out waiting for ${what}`);
  return false;
};

const server = spawn('java', [...java, 'serve', '--edit', '--port', String(port), '--content', content,
  '--output', join(work, 'preview'), '--theme', join(project, 'themes', 'default')], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', d => { log += d; });
server.stderr.on('data', d => { log += d; });
const rebuilds = () => (log.match(/Rebuilt|could not be rebuilt/g) || []).length;
const base = `http://127.0.0.1:${port}`;

let browser;
try {
  await until('the preview to start', async () => {
    if (server.exitCode !== null) throw new Error(`the preview ended:\n${log}`);
    return log.includes('Editor at');
  }, 240000);
  if (!log.includes('Editor at')) throw new Error(`the preview did not start:\n${log}`);
  const config = YAML.parse(await (await fetch(`${base}/admin/config.yml`)).text());
  const tagsHint = config.collections.find(c => c.name === 'posts').fields.find(f => f.name === 'tags').hint;
  if (!tagsHint.includes('equal life') || !tagsHint.includes('pledge')) fail(`the topics' hint does not offer the site's topics: ${tagsHint}`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    localStorage.setItem('cms.md-mode', 'raw'); // Decap's text box as Markdown, as written (it remembers the choice)
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'}`));
  });
  const others = [];
  page.on('request', request => { if (!request.url().startsWith(base) && !/^(blob|data):/.test(request.url())) others.push(request.url()); });
  const violations = async () => { for (const v of await page.evaluate(() => window.__violations).catch(() => [])) fail(`CSP on /admin/: ${v}`); };

  // Sign in: on this computer the editor finds the preview as its backend, so "Login" needs no account.
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).waitFor({ timeout: 60000 });
  await page.screenshot({ path: join(shots, 'editor-login.png') });
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Blog posts', { exact: false }).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(shots, 'editor-collections.png') });

  // axe-core with the editor loaded: the list of posts, and a post's form (its text box as most writers see it, not
  // as Markdown), at a phone's width and a desktop's. A page of its own, so the Markdown choice above does not apply.
  const axePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await axePage.goto(`${base}/admin/`);
  await axePage.getByRole('button', { name: 'Login' }).click();
  await axePage.getByText('Blog posts', { exact: false }).first().waitFor({ timeout: 60000 });
  for (const width of [320, 1280]) {
    for (const view of ['#/collections/posts', '#/collections/posts/new']) {
      await axePage.setViewportSize({ width, height: 900 });
      await axePage.goto(`${base}/admin/${view}`);
      await axePage.waitForTimeout(2500);
      await axePage.evaluate(axeSource);
      const result = await axePage.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }));
      for (const v of result.violations) {
        const listed = known.find(k => k.rule === v.id);
        if (!listed) fail(`axe @${width}px ${view}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
        else console.log(`axe @${width}px ${view}: ${v.id} in Decap's own code, listed (${listed.upstream})`);
      }
    }
  }
  await axePage.close();

  const field = (name, nth = 0) => page.locator(`[id^="${name}-field-"]`).nth(nth);
  // A new entry's form, and only once it is that collection's form. After a save Decap moves to the saved entry's
  // address by itself (publish waits for that), and a move still under way would take the page from a fresh form.
  const newEntry = async collection => {
    const address = `${base}/admin/#/collections/${collection}/new`;
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(address);
        await field('title').waitFor({ timeout: 30000 });
        await page.waitForTimeout(300);
        if (page.url() === address) return;
        if (attempt === 3) throw new Error(`the editor left the new ${collection} form for ${page.url()}`);
      } catch (e) {
        if (attempt === 3 || !/interrupted by another navigation|left the new/.test(String(e))) throw e;
      }
      console.log(`cms-editor: the editor moved away from the new ${collection} form (try ${attempt}); opening it again`);
      await page.waitForLoadState('load');
    }
  };
  const addTo = async (label) => page.getByRole('button', { name: `Add ${label}`, exact: true }).click();
  const writeBody = async lines => {
    const editor = page.locator('[data-slate-editor]').last();
    await editor.click();
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) { await page.keyboard.press('Enter'); await page.keyboard.press('Enter'); }
      await page.keyboard.insertText(lines[i]);
    }
  };
  const choosePicture = async (file = picture) => {
    await page.getByRole('button', { name: /Choose an image/i }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(file.split('/').pop()).first().waitFor();
    await page.waitForTimeout(500);
    if (file === picture) await page.screenshot({ path: join(shots, 'editor-picture.png') });
    await page.getByRole('button', { name: 'Choose selected' }).click();
  };
  const filesIn = async folder => new Set(await readdir(join(content, folder)).catch(() => []));
  const publish = async (folder, before, shot) => {
    const builds = rebuilds();
    if (shot) await page.screenshot({ path: join(shots, shot), fullPage: false });
    await page.getByRole('button', { name: 'Publish', exact: true }).first().click();
    await page.getByText('Publish now').click();
    let written;
    await until(`a new file in content/${folder}`, async () => {
      written = [...await filesIn(folder)].find(f => !before.has(f) && f.endsWith('.md'));
      return written;
    });
    await until('the preview to rebuild', async () => rebuilds() > builds, 120000);
    // Decap then opens the saved entry at its own address: wait for it, so the next form is not taken away.
    const slug = written.replace(/\.md$/, '').replace(/\.easy$/, '');
    await page.waitForURL(url => url.hash.includes('/entries/'), { timeout: 30000 })
      .catch(() => console.log(`cms-editor: Decap stayed at ${page.url()} after saving ${slug}`));
    await page.waitForLoadState('load');
    return written;
  };
  const frontMatter = async path => {
    const text = await readFile(join(content, path), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) { fail(`${path}: no front matter between --- lines:\n${text}`); return { data: {}, body: '', text }; }
    return { data: YAML.parse(match[1]), body: match[2], text };
  };
  // Each key written is one the content format has for this kind of page, with the value the form was given.
  const check = async (path, collection, expected) => {
    const { data, body, text } = await frontMatter(path);
    const kind = config.collections.find(c => c.name === collection);
    const keys = new Set(kind.fields.map(f => f.name));
    for (const key of Object.keys(data)) if (!keys.has(key)) fail(`${path}: "${key}" is not a key of ${collection}`);
    for (const field of kind.fields) if (field.required && field.name !== 'body' && !(field.name in data)) fail(`${path}: required "${field.name}" missing`);
    for (const [key, value] of Object.entries(expected)) {
      if (key === 'body') { if (!body.includes(value)) fail(`${path}: the text lacks ${JSON.stringify(value)}:\n${body}`); continue; }
      if (JSON.stringify(data[key]) !== JSON.stringify(value)) fail(`${path}: ${key} is ${JSON.stringify(data[key])}, not ${JSON.stringify(value)}`);
    }
    return text;
  };

  // 1a. A blog post: a title no YAML could take unquoted, a date, two topics, a described lead picture, a text.
  const title = 'Our pledge: "nothing about us" — without us? 🎉 --- yes';
  let before = await filesIn('blog');
  await newEntry('posts');
  await field('title').fill(title);
  await field('date').fill('2026-03-15');
  await field('author').fill('Anna Severwright');
  await field('tags').fill('pledge, inquiry');
  await field('summary').fill('Why we ask speakers: to make a pledge.');
  // Where the editor shows the page as it will look, it is in the site's own stylesheet.
  const styles = await page.locator('#preview-pane').evaluate(frame =>
    [...frame.contentDocument.querySelectorAll('link[rel=stylesheet]')].map(link => link.getAttribute('href')));
  if (!styles.includes('/css/site.css')) fail(`the editor's preview pane is not in the site's styles: ${styles}`);
  await choosePicture();
  await field('image_alt').fill('People around a table at a meeting');
  await writeBody(['Too many conferences about social care happen without us.', '## The pledge', 'We ask speakers to make room.']);
  const post = `blog/${await publish('blog', before, 'editor-new-post.png')}`;
  await check(post, 'posts', { title, date: '2026-03-15', author: 'Anna Severwright', tags: ['pledge', 'inquiry'],
    summary: 'Why we ask speakers: to make a pledge.', image: '/images/meeting.png', image_alt: 'People around a table at a meeting',
    body: '## The pledge' });
  if (!await access(join(content, 'images', 'meeting.png')).then(() => true, () => false)) fail('the picture is not in content/images/');

  // 1b. A newsletter.
  before = await filesIn('newsletters');
  await newEntry('newsletters');
  await field('title').fill('Spring news, 2026');
  await field('date').fill('2026-04-01');
  await writeBody(['What the movement did this spring.']);
  const newsletter = `newsletters/${await publish('newsletters', before)}`;
  await check(newsletter, 'newsletters', { title: 'Spring news, 2026', date: '2026-04-01', body: 'this spring' });

  // 1c. An event: start, end, place, and access words (one a sentence with a comma in it).
  before = await filesIn('events');
  await newEntry('events');
  await field('title').fill('Open session: an equal life at home');
  await field('start').fill('2027-06-10T11:00');
  await field('end').fill('2027-06-10T15:00');
  await field('location').fill('Friends Meeting House, 6 Mount Street, Manchester M2 5NS');
  await addTo('access'); await field('item', 0).fill('bsl');
  await addTo('access'); await field('item', 1).fill('step-free');
  await addTo('access'); await field('item', 2).fill('Tell us what would help, and we will arrange it');
  await writeBody(['A day together about living in the place we call home.']);
  const event = `events/${await publish('events', before)}`;
  if (!event.startsWith('events/2027-06-10-')) fail(`the event's file is ${event}: it should be dated by its start`);
  await check(event, 'events', { title: 'Open session: an equal life at home', start: '2027-06-10 11:00', end: '2027-06-10 15:00',
    location: 'Friends Meeting House, 6 Mount Street, Manchester M2 5NS',
    access: ['bsl', 'step-free', 'Tell us what would help, and we will arrange it'] });

  // 1d. The easy-read version of a page that has none: get-involved.easy.md beside get-involved.md.
  before = await filesIn('.');
  await newEntry('pages-easy-read');
  await field('title').fill('How to join in');
  await field('slug').fill('get-involved');
  await writeBody(['![People talking together](icon:people) We meet and talk about social care.',
    '![A calendar](icon:calendar) We meet every month.']);
  const easy = await publish('.', before);
  if (easy !== 'get-involved.easy.md') fail(`the easy-read file is ${easy}, not get-involved.easy.md`);
  await check(easy, 'pages-easy-read', { title: 'How to join in', slug: 'get-involved', body: '![People talking together](icon:people) We meet' });

  // 1e. A letter to two people, with two signatories.
  before = await filesIn('letters');
  await newEntry('letters');
  await field('title').fill('To the Secretary of State: an equal life');
  await field('date').fill('2026-05-14');
  await addTo('to'); await field('item', 0).fill('The Secretary of State for Health and Social Care');
  await addTo('signatories'); await field('name', 0).fill('Anna Severwright'); await field('role', 0).fill('Convenor');
  await field('organisation', 0).fill('Social Care Future');
  await addTo('signatories'); await field('name', 1).fill('Kathy Roberts');
  await writeBody(['We write to ask for an equal life for everyone who draws on social care.']);
  const letter = `letters/${await publish('letters', before)}`;
  await check(letter, 'letters', { title: 'To the Secretary of State: an equal life', date: '2026-05-14',
    to: ['The Secretary of State for Health and Social Care'],
    signatories: [{ name: 'Anna Severwright', role: 'Convenor', organisation: 'Social Care Future' }, { name: 'Kathy Roberts' }] });

  // 2. An existing post, edited: its summary changes, everything else it had stays.
  const existing = 'blog/2021-02-08-dignity-is-reciprocal.md';
  const was = await frontMatter(existing);
  let builds = rebuilds();
  await page.goto(`${base}/admin/#/collections/posts/entries/2021-02-08-dignity-is-reciprocal`);
  await field('summary').waitFor();
  await until('the post to open in the editor', async () => (await field('summary').inputValue()) === was.data.summary);
  await field('summary').fill('Neil Crowther answers an article that called people who draw on support a burden.');
  await page.getByText('UNSAVED CHANGES').waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).first().click();
  await page.getByText('Publish now').click();
  await until('the edit to be saved', async () => (await readFile(join(content, existing), 'utf8')).includes('Neil Crowther answers'));
  await until('the preview to rebuild', async () => rebuilds() > builds, 120000);
  await check(existing, 'posts', { ...was.data, summary: 'Neil Crowther answers an article that called people who draw on support a burden.',
    body: was.body.trim().slice(0, 60) });
  await violations();

  // 3-4. The copy bakes with no error, and each new page is published.
  const site = join(work, 'site');
  const bake = await new Promise(done => {
    const run = spawn('java', [...java, 'bake', '--content', content, '--output', site, '--theme', join(project, 'themes', 'default')],
      { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    run.stdout.on('data', d => { out += d; });
    run.stderr.on('data', d => { out += d; });
    run.on('close', code => done({ code, out }));
  });
  if (bake.code !== 0) fail(`the bake failed (${bake.code}):\n${bake.out}`);
  const slug = file => file.split('/').pop().replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.md$/, '');
  const pages = {
    [post]: [`blog/2026/03/${slug(post)}/index.html`, 'nothing about us'],
    [newsletter]: [`newsletters/2026/04/${slug(newsletter)}/index.html`, 'Spring news, 2026'],
    [event]: [`events/${slug(event)}/index.html`, 'Friends Meeting House'],
    [easy]: ['get-involved/easy-read/index.html', 'We meet every month'],
    [letter]: [`letters/2026/05/${slug(letter)}/index.html`, 'Kathy Roberts'],
    [existing]: ['blog/2021/02/dignity-is-reciprocal/index.html', 'Neil Crowther answers'],
  };
  for (const [file, [path, words]] of Object.entries(pages)) {
    const html = await readFile(join(site, path), 'utf8').catch(() => '');
    if (!html.replace(/&quot;|&#34;|[“”]/g, '"').includes(words)) fail(`${file}: the baked ${path} ${html ? `lacks "${words}"` : 'is missing'}`);
  }
  if (!(await readFile(join(site, 'admin', 'index.html'), 'utf8').catch(() => '')).includes('noindex')) fail('the baked /admin/ lacks noindex');
  if ((await readFile(join(site, 'sitemap.xml'), 'utf8').catch(() => '')).includes('/admin/')) fail('/admin/ is in the sitemap');

  // 5. A post with a picture and no description: the preview cannot rebuild, and its overlay names the line.
  before = await filesIn('blog');
  await newEntry('posts');
  await field('title').fill('A picture with no words');
  await field('date').fill('2026-06-01');
  await choosePicture();
  await writeBody(['The picture above has no description yet.']);
  const bad = `blog/${await publish('blog', before)}`;
  const badLine = (await readFile(join(content, bad), 'utf8')).split('\n').findIndex(line => line.startsWith('image:')) + 1;
  // And a "photo" that is not one: the same error as for a file put in content/ by hand.
  const fake = join(work, 'not-a-photo.jpg');
  await writeFile(fake, 'This is a letter, saved with the wrong name.\n');
  before = await filesIn('blog');
  await newEntry('posts');
  await field('title').fill('A photo that is not a photo');
  await field('date').fill('2026-06-02');
  await choosePicture(fake);
  await field('image_alt').fill('A photo of our meeting');
  await writeBody(['The picture above is not a picture.']);
  await publish('blog', before);
  const preview = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await preview.goto(`${base}/`);
  await until('the overlay', async () => (await preview.locator('#north-star-overlay[role=alert]').count()) === 1);
  const overlay = await preview.locator('#north-star-overlay').innerText().catch(() => '');
  if (!overlay.includes(`${bad.split('/').pop()}:${badLine}`) || !overlay.includes('text alternative')) {
    fail(`the overlay does not name ${bad}:${badLine} and the missing description; it says: ${overlay}`);
  }
  if (!overlay.includes('not-a-photo.jpg is not a picture')) fail(`the overlay does not say the "photo" is not a picture: ${overlay}`);
  await preview.screenshot({ path: join(shots, 'preview-problem.png') });
  if (others.length) fail(`/admin/ asked other hosts: ${[...new Set(others)].join(', ')}`);
} catch (e) {
  fail(`the test stopped: ${e.stack || e}`);
} finally {
  if (browser) await browser.close();
  server.kill();
}

if (failures.length) {
  console.error(`cms-editor: ${failures.length} failures (the copy of the site is kept in ${work})\n${failures.join('\n')}\n--- preview log ---\n${log.slice(-4000)}`);
  process.exit(1);
}
await rm(work, { recursive: true, force: true });
console.log('cms-editor: the editor wrote a post, a newsletter, an event, an easy-read page and a letter, edited a post, '
  + 'the files match the content format, the bake published each, and the overlay named the missing description');

/** A small PNG photo-like picture, made here so the test needs no file of its own. */
function png(width, height) {
  const zlib = require('node:zlib');
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 7) % 256, (y * 5) % 256, 120], 1 + x * 3);
    rows.push(row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = buf => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
