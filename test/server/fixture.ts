/** A small temporary corpus for route tests, written straight through the store (no readers needed). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseKey, openCorpus, type CorpusStore, type IngestRecord } from '../../src/corpus/index.js';
import type { CitationRow, MotionRow } from '../../src/corpus/store.js';

export const EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
export const RAIA = caseKey('954', 'F.3d', '594');

let n = 0;

function cite(kind: string, text: string, at: number, sentence: string, resolvesTo: number | null = null, idx = 0): CitationRow {
  return { idx, kind, authority: RAIA.key, cite: RAIA.cite, text, span: [at, at + text.length], rule: `citation/${kind}`, resolvesTo, sentence, caseName: 'United States v. Raia', year: 2020 };
}

function motion(disposition: string, at: [number, number]): MotionRow {
  return { idx: 0, kind: 'compassionate_release', docEntry: '55', movant: 'defendant', proSe: true, disposition, span: at, rules: ['motion/test'] };
}

/** One compassionate-release order citing Raia, with its full cite and a short form. */
export function crRecord(o: { court: string; date: string; disposition: string; title?: string; judge?: string; extra?: string }): IngestRecord {
  const head = `${o.extra ?? ''}The motion for compassionate release (Doc. No. 55) is ${o.disposition.toUpperCase()}. `;
  const full = 'United States v. Raia, 954 F.3d 594, 597 (3d Cir. 2020)';
  const s1 = `See ${full}.`;
  const s2 = ' Raia, 954 F.3d at 597.';
  const text = head + s1 + s2;
  const fullAt = head.length + 4 + 'United States v. Raia, '.length;
  const shortText = '954 F.3d at 597';
  const shortAt = text.indexOf(shortText);
  const dispAt = text.indexOf(o.disposition.toUpperCase());
  n++;
  return {
    path: `/fixture/${n}-${o.court}.txt`, sha256: `sha-${n}-${o.court}-${o.date}`, format: 'txt', bytes: text.length, text,
    title: o.title ?? `United States v. Example ${n}`, court: o.court, docket: `1:20-cr-${String(n).padStart(5, '0')}`, date: o.date,
    judge: o.judge ?? 'Jane Roe', caseType: 'criminal', error: null,
    facts: [{ field: 'title', value: o.title ?? 'ORDER', span: [0, 5], rule: 'title/test', confidence: 1 }],
    motions: [motion(o.disposition, [dispAt, dispAt + o.disposition.length])],
    codes: [{ motion: 0, code: 'compassionateRelease.outcome', value: o.disposition === 'granted' ? 'granted' : 'denied', span: [dispAt, dispAt + o.disposition.length], rule: 'cr/outcome', confidence: 0.9 }],
    citations: [cite('case', '954 F.3d 594', fullAt, s1, null, 0), cite('caseShort', shortText, shortAt, s2.trim(), 0, 1)],
  };
}

export interface Fixture {
  store: CorpusStore;
  ids: number[];
  evilId: number;
  close(): Promise<void>;
}

export async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-server-'));
  const store = openCorpus(path.join(dir, 'test.db'));
  const recs = [
    crRecord({ court: 'ncwd', date: '2020-06-15', disposition: 'denied' }),
    crRecord({ court: 'ncwd', date: '2020-07-01', disposition: 'granted' }),
    crRecord({ court: 'paed', date: '2020-07-22', disposition: 'granted' }),
    crRecord({ court: 'ilnd', date: '2021-01-09', disposition: 'denied' }),
    // Untrusted text everywhere a page shows a value.
    crRecord({ court: `x${EVIL}`, date: '2021-02-01', disposition: 'denied', title: `Evil ${EVIL}`, judge: EVIL, extra: `${EVIL}\n` }),
  ];
  const ids = (await store.addDocuments(recs)).map((r) => r.id);
  return {
    store,
    ids,
    evilId: ids[4],
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
