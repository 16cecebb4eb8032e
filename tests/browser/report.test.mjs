// Renders provcheck HTML reports in Debian's headless Chromium and checks
// what an editor relies on: every claim is there with its status, a click
// or a keyboard focus shows the relay chain, nothing reaches the network,
// nothing logs an error, article text stays text.  Saves screenshots at
// desktop and phone widths, and measures how fast a 5,000-word report is
// interactive (a figure, not an assertion).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { check, finish } from './checks.mjs';

const [, , pc, corpus, outdir, fixtures] = process.argv;
fs.mkdirSync(outdir, { recursive: true });

function report(files, name) {
  const html = execFileSync(pc, ['check', '--format', 'html', ...files], { maxBuffer: 1 << 28 });
  const json = JSON.parse(execFileSync(pc, ['check', '--format', 'json', ...files], { maxBuffer: 1 << 28 }));
  const file = path.join(outdir, name + '.html');
  fs.writeFileSync(file, html);
  return { file, json };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function open(file, viewport) {
  const page = await browser.newPage({ viewport });
  const problems = { console: [], network: [], dialogs: 0 };
  page.on('console', m => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', e => problems.console.push(String(e)));
  page.on('dialog', d => { problems.dialogs++; d.dismiss(); });
  page.on('request', r => { if (!r.url().startsWith('file://')) problems.network.push(r.url()); });
  const t0 = Date.now();
  await page.goto('file://' + file);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 10000 });
  return { page, problems, t0 };
}

const articles = [
  'wire-kharkiv-drone-strike.txt', 'anon-pentagon-drone-contract.txt',
  'explainer-energy-price-cap.md', 'state-north-korea-missile-live.txt',
  'local-wellington-water-levy.md',
];
for (const a of articles) {
  const name = a.replace(/\.[a-z]+$/, '');
  const { file, json } = report([path.join(corpus, 'articles', a)], name);
  const { page, problems } = await open(file, { width: 1280, height: 900 });
  const claims = json.documents[0].claims;
  let present = 0, right = 0;
  for (const c of claims) {
    const el = await page.$('#c-0-' + c.id);
    if (!el) continue;
    present++;
    const st = await el.getAttribute('data-status');
    right += c.kind === 'not-a-claim' ? (st === null) : (st === c.status);
  }
  check(present === claims.length, `${a}: ${present} of ${claims.length} claims in the page`);
  check(right === claims.length, `${a}: ${right} of ${claims.length} claims with their status`);
  // a click on a claim with a relay chain shows the whole chain
  const withVia = claims.find(c => c.sources.some(s => s.via.length));
  const target = withVia || claims.find(c => c.sources.length);
  if (target) {
    await page.click('#c-0-' + target.id);
    const detail = await page.textContent('#detail-0');
    const s = target.sources.find(x => x.via.length) || target.sources[0];
    const chain = [s.name, ...s.via, 'this article'].join(' \u2192 ');
    check(detail.includes(chain), `${a}: click shows "${chain}" (got "${detail.slice(0, 120)}")`);
    check(await page.getAttribute('#c-0-' + target.id, 'aria-pressed') === 'true', `${a}: clicked claim is pressed`);
  }
  // keyboard: Tab reaches a claim and focusing it shows its details
  await page.keyboard.press('Tab');
  let focused = '';
  for (let i = 0; i < 30 && !focused.startsWith('c-0-'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement && document.activeElement.id || '');
  }
  check(focused.startsWith('c-0-'), `${a}: Tab reaches a claim`);
  const detail2 = await page.textContent('#detail-0');
  check(/Claim at line \d+/.test(detail2), `${a}: focus shows the claim's details`);
  check(problems.console.length === 0, `${a}: console errors ${problems.console.join('; ')}`);
  check(problems.network.length === 0, `${a}: network requests ${problems.network.join(' ')}`);
  await page.screenshot({ path: path.join(outdir, name + '-desktop.png'), fullPage: false });
  await page.close();
  const phone = await open(file, { width: 390, height: 844 });
  await phone.page.screenshot({ path: path.join(outdir, name + '-phone.png'), fullPage: false });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `${a}: no sideways scrolling on a phone (overflow ${overflow}px)`);
  await phone.page.close();
}

// article text stays text: scripts, tags and entities from a hostile draft
{
  const { file } = report([path.join(fixtures, 'hostile.txt')], 'hostile');
  const { page, problems } = await open(file, { width: 1280, height: 900 });
  const scripts = await page.$$eval('script', s => s.length);
  check(scripts === 2, `hostile: ${scripts} script elements (want the report's 2)`);
  check(await page.$$eval('img', s => s.length) === 0, 'hostile: no img element from the text');
  const text = await page.textContent('article');
  check(text.includes('<script>alert(document.cookie)</script>'), 'hostile: script tags shown as text');
  check(text.includes('3 < 4 && 5 > 2'), 'hostile: < > & shown as text');
  check(problems.dialogs === 0, 'hostile: no alert ran');
  check(problems.console.length === 0, `hostile: console errors ${problems.console.join('; ')}`);
  await page.close();
}

// a 5,000-word article: how long until it is interactive
{
  const words = [];
  for (const f of fs.readdirSync(path.join(corpus, 'articles')).filter(f => f.endsWith('.txt')).sort()) {
    const body = fs.readFileSync(path.join(corpus, 'articles', f), 'utf8').split('\n\n').slice(2).join('\n\n');
    words.push(body);
    if (words.join(' ').split(/\s+/).length >= 5000) break;
  }
  const big = path.join(outdir, 'long-article.txt');
  fs.writeFileSync(big, 'A Long Day of News\n\n' + words.join('\n\n'));
  const n = fs.readFileSync(big, 'utf8').split(/\s+/).length;
  const { file, json } = report([big], 'long-article');
  const { page, problems, t0 } = await open(file, { width: 1280, height: 900 });
  const first = json.documents[0].claims.find(c => c.kind === 'claim');
  await page.click('#c-0-' + first.id);
  await page.waitForFunction(() => /Claim at line/.test(document.getElementById('detail-0').textContent));
  const ms = Date.now() - t0;
  const nav = await page.evaluate(() => {
    const t = performance.getEntriesByType('navigation')[0];
    return Math.round(t.domInteractive);
  });
  console.log(`long report: ${n} words, ${json.documents[0].claims.length} claims, ` +
              `DOM interactive at ${nav} ms, first claim detail shown ${ms} ms after navigation`);
  check(problems.console.length === 0, 'long: no console errors');
  await page.close();
}

await browser.close();
finish();
