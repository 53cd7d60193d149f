import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { searchTuning } from '../../src/corpus/sqlite/search.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security.js';
import type { ReadResult } from '../../src/web/read-page.js';
import { EVIL, makeFixture, type Fixture } from './fixture.js';
import { activeContent } from './inert.js';

let fx: Fixture;
let app: Hono;

/** A fixed reader result carrying hostile text in every field a page shows. */
const hostileRead: ReadResult = {
  document: { text: `ORDER ${EVIL} is DENIED. 954 F.3d 594.`, pages: [], source: { format: 'txt', bytes: 10, sha256: 'x' }, meta: {}, warnings: [{ code: 'w', message: EVIL }] },
  order: {
    court: { value: { id: EVIL, name: EVIL }, span: [6, 20], rule: EVIL, confidence: 1 },
    division: null, docketNumbers: [], caseType: null, parties: [{ value: { role: EVIL, name: EVIL }, span: [0, 5], rule: 'p', confidence: 1 }],
    title: { value: EVIL, span: [0, 5], rule: 'title', confidence: 1 }, judge: null, date: null,
    motions: [{ kind: { value: 'compassionate_release', span: [0, 5], rule: 'm', confidence: 1 }, docEntry: { value: EVIL, span: [0, 3], rule: 'd', confidence: 1 }, movant: null, proSe: null, disposition: null, citation: null }],
    citations: [], codes: { compassionateRelease: { outcome: { value: EVIL, span: [0, 5], rule: EVIL, confidence: 1 } } }, warnings: [],
  },
  ms: 1,
};

beforeAll(async () => {
  fx = await makeFixture();
  app = createApp({ store: fx.store, reader: async () => hostileRead });
});

afterAll(async () => fx.close());

const pages = [
  '/',
  '/search',
  '/search?q=compassionate',
  `/search?court=${encodeURIComponent(`x${EVIL}`)}&q=${encodeURIComponent(EVIL)}`,
  '/documents/{evil}',
  '/documents/{first}',
  '/citator',
  '/citator?cite=954%20F.3d%20594',
  `/citator?cite=${encodeURIComponent(EVIL)}`,
  '/stats',
  `/stats?motion=&court=${encodeURIComponent(EVIL)}`,
  `/no/such/${encodeURIComponent(EVIL)}`,
];

describe('pages render untrusted text inert', () => {
  it.each(pages)('%s', async (path) => {
    const url = path.replace('{evil}', String(fx.evilId)).replace('{first}', String(fx.ids[0]));
    const res = await app.request(url);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img/i);
  });

  it('shows the hostile text as text on the document page', async () => {
    const html = await (await app.request(`/documents/${fx.evilId}`)).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('renders a hostile read result inert', async () => {
    const form = new FormData();
    form.set('text', 'anything');
    const res = await app.request('/read', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(activeContent(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('allows no inline script or style in the policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});

describe('pages', () => {
  it('document page links citations and short forms to their antecedents', async () => {
    const html = await (await app.request(`/documents/${fx.ids[0]}`)).text();
    expect(html).toMatch(/<a class="cite" id="c0" href="\/citator\?cite=954%20F\.3d%20594"/);
    expect(html).toMatch(/<a class="cite short" id="c1" href="#c0"/);
    expect(html).toMatch(/<mark id="f\d+"/);
  });

  it('search shows facets and results', async () => {
    const html = await (await app.request('/search?q=compassionate')).text();
    expect(html).toContain('data-facet="court"');
    expect(html).toMatch(/5 documents/);
  });

  it.each([
    ['/search?q=%22unclosed', 400],
    ['/documents/999999', 404],
    ['/documents/abc', 404],
    ['/static/app.css', 200],
    ['/static/app.js', 200],
  ])('%s -> %i', async (url, status) => {
    expect((await app.request(url)).status).toBe(status);
  });

  it('search form keeps filters once (hidden) and the date range in its own fields', async () => {
    const html = await (await app.request('/search?q=x&court=ncwd&from=2020&to=2020')).text();
    const form = html.slice(html.indexOf('id="search-form"'), html.indexOf('</form>', html.indexOf('id="search-form"')));
    expect(form.match(/name="court"/g)).toHaveLength(1);
    expect(form.match(/name="from"/g)).toHaveLength(1);
    expect(form.match(/name="to"/g)).toHaveLength(1);
  });

  it('home page lists recent documents, newest first', async () => {
    const html = await (await app.request('/')).text();
    const recent = html.slice(html.indexOf('id="recent"'));
    const dates = [...recent.matchAll(/<td class="small">(\d{4}-\d{2}-\d{2})<\/td>/g)].map((m) => m[1]);
    expect(dates.length).toBe(5);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('search says when ranking covered only the most recent matches (page and JSON)', async () => {
    const saved = { ...searchTuning };
    Object.assign(searchTuning, { facetSqlMax: 0, rankMax: 2 });
    try {
      const html = await (await app.request('/search?q=compassionate')).text();
      expect(html).toMatch(/5 documents[^<]*ranked among the 2 most recently added matches/);
      const json = await (await app.request('/api/search?q=compassionate')).json() as { total: number; rankedOver: number; results: unknown[] };
      expect(json).toMatchObject({ total: 5, rankedOver: 2 });
      expect(json.results).toHaveLength(2);
      Object.assign(searchTuning, { rankMax: 100 });
      expect(await (await app.request('/search?q=compassionate')).text()).not.toContain('ranked among');
    } finally {
      Object.assign(searchTuning, saved);
    }
  });

  it('stats page lists the most cited cases of the chosen motion kind only', async () => {
    const all = await (await app.request('/stats?motion=')).text();
    const none = await (await app.request('/stats?motion=no_such_kind')).text();
    const cited = (html: string) => html.slice(html.indexOf('id="top-cited"'));
    expect(cited(all)).toContain('954 F.3d 594');
    expect(cited(none)).not.toContain('954 F.3d 594');
    expect(cited(none)).toContain('No citations match.');
  });

  it('stats page draws one bar per court with a decided motion', async () => {
    const html = await (await app.request('/stats')).text();
    const bars = html.slice(html.indexOf('id="by-court"'), html.indexOf('id="by-month"')).match(/<rect class="bar"/g) ?? [];
    expect(bars.length).toBe(4);
  });
});

describe('JSON API', () => {
  it('GET /api/search returns total, results and facets', async () => {
    const j = await (await app.request('/api/search?q=compassionate&limit=2')).json();
    expect(j.total).toBe(5);
    expect(j.results).toHaveLength(2);
    expect(Object.keys(j.facets).sort()).toEqual(['court', 'disposition', 'judge', 'motion', 'year']);
  });

  it('GET /api/search pages with offset', async () => {
    const a = await (await app.request('/api/search?limit=2&offset=0')).json();
    const b = await (await app.request('/api/search?limit=2&offset=2')).json();
    expect(a.results.map((r: { id: number }) => r.id)).not.toEqual(b.results.map((r: { id: number }) => r.id));
  });

  it('GET /api/documents/:id returns the document, its rows and links', async () => {
    const j = await (await app.request(`/api/documents/${fx.ids[0]}`)).json();
    expect(j).toMatchObject({ id: fx.ids[0], court: 'ncwd', motions: [{ kind: 'compassionate_release', disposition: 'denied' }] });
    expect(typeof j.text).toBe('string');
    expect(j.citations).toHaveLength(2);
    expect(j.cites[0]).toMatchObject({ cite: '954 F.3d 594', count: 2 });
    expect(Array.isArray(j.citedBy)).toBe(true);
    const short = await (await app.request(`/api/documents/${fx.ids[0]}?text=0`)).json();
    expect(short.text).toBeUndefined();
  });

  it('GET /api/citator finds citing documents with the sentence', async () => {
    const j = await (await app.request('/api/citator?cite=954%20F.3d%20594')).json();
    expect(j).toMatchObject({ authority: '954|f3d|594', total: 5, occurrences: 10 });
    expect(j.documents[0].sentence).toContain('954 F.3d 594');
    const top = await (await app.request('/api/citator')).json();
    expect(top.authorities[0]).toMatchObject({ cite: '954 F.3d 594', documents: 5 });
  });

  it('GET /api/stats groups with Wilson intervals', async () => {
    const j = await (await app.request('/api/stats?by=court&motion=compassionate_release')).json();
    expect(j.by).toBe('court');
    expect(j.total).toMatchObject({ decided: 5, granted: 2 });
    const ncwd = j.rows.find((r: { key: string }) => r.key === 'ncwd');
    expect(ncwd).toMatchObject({ decided: 2, granted: 1, rate: 0.5 });
    expect(ncwd.low).toBeLessThan(0.5);
    expect(ncwd.high).toBeGreaterThan(0.5);
  });

  it('GET /api/stats.csv is CSV with a row per group and a total', async () => {
    const res = await app.request('/api/stats.csv?by=month');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('month,motions,decided,granted,denied,other,rate,ci_low,ci_high');
    expect(lines.at(-1)).toMatch(/^ALL,5,5,2,3,0,/);
    expect(lines.length).toBe(1 + 4 + 1); // header, 2020-06, 2020-07 (two orders), 2021-01, 2021-02, total
  });

  it.each([
    ['/api/stats?by=nonsense', 400],
    ['/api/search?q=%22unclosed', 400],
    ['/api/documents/0', 400],
    ['/api/documents/424242', 404],
    ['/api/nothing', 404],
  ])('%s -> %i with an error message', async (url, status) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    expect(typeof (await res.json()).error).toBe('string');
  });

  it('answers 503 without a corpus', async () => {
    const bare = createApp({ store: null, reader: async () => hostileRead });
    expect((await bare.request('/api/search?q=x')).status).toBe(503);
    expect((await bare.request('/')).status).toBe(200);
  });
});
