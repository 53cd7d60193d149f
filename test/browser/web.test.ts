/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core against `courtreader serve`
 * on 127.0.0.1 (random free port) over a temp DB ingested from examples/corpus. Saves a screenshot of
 * each page to docs/screenshots/. Skips when /usr/bin/chromium or the build (dist/) is absent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const CLI = path.join(repoRoot, 'bin/courtreader.js');
const BUILT = path.join(repoRoot, 'dist/cli/main.js');
const SHOTS = path.join(repoRoot, 'docs/screenshots');
const SAMPLES = path.join(repoRoot, 'examples/corpus');

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)` : !existsSync(BUILT) ? 'the build is missing (npm run build)' : null;
if (missing) console.warn(`browser tests skipped: ${missing}`);

describe.skipIf(!!missing)('web app in Chromium', { timeout: 120_000 }, () => {
  let dir: string;
  let server: ChildProcess;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cr-browser-'));
    const db = path.join(dir, 'corpus.db');
    const ing = spawnSync(process.execPath, [CLI, 'ingest', SAMPLES, '--db', db, '--quiet', '--workers', '1'], { encoding: 'utf8', timeout: 240_000 });
    if (ing.status !== 0) throw new Error(`ingest failed: ${ing.stderr}${ing.stdout}`);
    server = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
      server.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      server.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
      server.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Every request stays on the local server, and the page logs no CSP violation or script error.
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`external request ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (server && server.exitCode === null) server.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('uploads an order and shows its facts', async () => {
    await page.goto(base);
    await shot('home');
    await page.setInputFiles('#file', path.join(SAMPLES, '01-wdnc-cr-denied-exhaustion.txt'));
    await Promise.all([page.waitForURL(/\/read$/), page.click('#read-form button[type=submit]')]);
    const facts = page.locator('#facts');
    await expect(facts.textContent()).resolves.toMatch(/compassionate release/i);
    await expect(facts.textContent()).resolves.toMatch(/denied/i);
    expect(await page.locator('.doc-text a.cite').count()).toBeGreaterThan(3);
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(2);
    // A short form links to its antecedent in the same text.
    const short = page.locator('.doc-text a.cite.short[href^="#c"]').first();
    const target = (await short.getAttribute('href'))!;
    expect(await page.locator(`.doc-text ${target.replace('#', '#')}`).count()).toBe(1);
    await shot('read');
  });

  it('pastes an order and opens its JSON', async () => {
    await page.goto(base);
    await page.fill('#text', readFileSync(path.join(SAMPLES, '06-edmich-cr-granted.txt'), 'utf8'));
    await Promise.all([page.waitForURL(/\/read$/), page.click('#read-form button[type=submit]')]);
    await page.click('#json summary');
    const json = JSON.parse((await page.locator('#json pre').textContent())!);
    expect(json.order.motions.length).toBeGreaterThan(0);
    expect(json.document.text).toContain('EASTERN DISTRICT OF MICHIGAN');
  });

  it('searches with facets, opens a document and follows a citation', async () => {
    await page.goto(`${base}search?q=compassionate`);
    const hits = page.locator('#results .hit');
    expect(await hits.count()).toBeGreaterThan(3);
    expect(await page.locator('[data-facet="court"] li').count()).toBeGreaterThan(1);
    await shot('search');
    // Narrow by a court facet: fewer results.
    const total = Number((await page.locator('#result-count').textContent())!.replace(/\D.*$/s, ''));
    await page.locator('[data-facet="court"] li a').first().click();
    const narrowed = Number((await page.locator('#result-count').textContent())!.replace(/\D.*$/s, ''));
    expect(narrowed).toBeLessThan(total);
    await page.goto(`${base}search?q=compassionate`);
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), hits.first().locator('.title a').click()]);
    expect(await page.locator('#facts tr').count()).toBeGreaterThan(2);
    await shot('document');
    const cite = page.locator('.doc-text a.cite[href^="/citator"]').first();
    await Promise.all([page.waitForURL(/\/citator\?cite=/), cite.click()]);
    expect(await page.locator('#citing tbody tr').count()).toBeGreaterThan(0);
    await shot('citator');
    // Back from the citator to a citing document, at the citation.
    await Promise.all([page.waitForURL(/\/documents\/\d+#at\d+$/), page.locator('#citing tbody tr a').first().click()]);
  });

  it('lists the most cited authorities', async () => {
    await page.goto(`${base}citator`);
    expect(await page.locator('#top-authorities tbody tr').count()).toBeGreaterThan(5);
    await shot('citator-top');
  });

  it('shows the dashboard with charts and CSV export', async () => {
    await page.goto(`${base}stats`);
    expect(await page.locator('#by-court svg.chart rect.bar').count()).toBeGreaterThan(2);
    expect(await page.locator('#top-cited svg.chart rect').count()).toBeGreaterThan(3);
    await shot('dashboard');
    const csv = await page.request.get(`${base}api/stats.csv?by=court&motion=compassionate_release`);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^court,motions,decided,granted/);
  });

  it('loaded nothing from the network and broke no policy', () => {
    expect(problems).toEqual([]);
  });
});
