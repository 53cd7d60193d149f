// Scores readOrder on the held-out label sets (test/golden/heldout/ and heldout2/, chosen and
// labelled as docs/order-heldout.md and docs/order-heldout2.md describe). The set measures generalization: its figures are
// printed, never used as floors, and nothing in src/ may be tuned on it. The suite fails only when
// a label file is malformed or names a corpus file that does not exist.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM shared with bench/order-accuracy.mjs
import { formatTotals, scoreOrder, tally } from '../../bench/order-score.mjs';
import { readDocument } from '../../src/input/read-document.js';
import { readOrder } from '../../src/order/read-order.js';
import { corpus, labelFileNames, readGolden, repoRoot, scoreAll } from './goldens.js';


/** The shape of the fields the well-formedness check reads (see docs/order-dev-set.md). */
interface Labels {
  court?: string | null;
  docketNumbers?: Array<{ printed?: string; normalized?: string }>;
  parties?: Array<{ role?: string; name?: string }>;
  judge?: { name?: unknown; title?: string } | null;
  date?: { value: string; kind: string } | null;
  motions?: Array<{ kind: string; movant?: string; disposition?: string; docEntry?: string; proSe?: unknown }>;
}

const FIELDS = new Set(['court', 'division', 'docketNumbers', 'caseType', 'parties', 'title', 'judge', 'date', 'motions']);
const DATE_KINDS = new Set(['signed', 'filed', 'entered', 'decided']);
const MOTION_KINDS = new Set([
  'compassionate_release', 'home_confinement', 'sentence_reduction_3582c2', 'fsa_404', 'section_2255', 'section_2241',
  'appoint_counsel', 'reconsideration', 'suppress', 'dismiss', 'summary_judgment', 'stay', 'extension_of_time', 'in_limine', 'other',
]);
const MOVANTS = new Set(['defendant', 'government', 'plaintiff', 'petitioner', 'respondent', 'appellant', 'appellee', 'bop_director', 'debtor', 'creditor', 'trustee', 'unknown']);
const DISPOSITIONS = new Set([
  'granted', 'granted_in_part', 'denied', 'denied_without_prejudice', 'dismissed_without_prejudice', 'dismissed', 'moot', 'deferred', 'withdrawn',
]);

const corpusPresent = existsSync(path.join(corpus, 'MANIFEST.csv'));

const SETS = [
  { set: 'heldout', min: 30, levels: ['district', 'bankruptcy', 'appellate'], disjointFrom: ['order'] },
  { set: 'heldout2', min: 20, levels: ['district', 'bankruptcy', 'appellate', 'state-trial', 'other'], disjointFrom: ['order', 'heldout'] },
  { set: 'heldout3', min: 30, levels: ['state-appellate', 'state-supreme', 'appellate', 'specialty', 'state-trial', 'other', 'scotus'], disjointFrom: ['order', 'heldout', 'heldout2'] },
];

for (const { set, min, levels, disjointFrom } of SETS) {
const dir = path.join(repoRoot, 'test/golden', set);
const labelFiles = labelFileNames(dir);
const goldens = labelFiles.map((f) => ({ name: f, g: readGolden(dir, f) }));

describe(`${set}: the label files themselves`, () => {
  it(`has ${min} to 40 documents of the expected court levels`, () => {
    expect(goldens.length).toBeGreaterThanOrEqual(min);
    expect(goldens.length).toBeLessThanOrEqual(40);
    for (const { g } of goldens) expect(levels).toContain(g.level);
  });

  it('shares no document with the development set or an earlier held-out set', () => {
    for (const other of disjointFrom) {
      const seen = new Set(readdirSync(path.join(repoRoot, 'test/golden', other)));
      expect(labelFiles.filter((f) => seen.has(f)), other).toEqual([]);
    }
  });

  it.each(goldens)('$name: labels are well formed', ({ name, g }) => {
    expect(`${g.file}.expected.json`, 'file name matches the labelled corpus file').toBe(name);
    expect(['json', 'html', 'pdf', 'txt']).toContain(g.format);
    for (const k of Object.keys(g.labels)) expect(FIELDS.has(k), `unknown field ${k}`).toBe(true);
    const l = g.labels as Labels;
    if (l.court !== undefined) expect(l.court === null || /^[a-z0-9]+$/.test(l.court), `court ${l.court}`).toBe(true);
    for (const d of l.docketNumbers ?? []) expect(Boolean(d.printed && d.normalized), JSON.stringify(d)).toBe(true);
    for (const p of l.parties ?? []) expect(Boolean(p.role && p.name), JSON.stringify(p)).toBe(true);
    if (l.judge) expect(typeof l.judge.name).toBe('string');
    if (l.date) {
      expect(l.date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(DATE_KINDS.has(l.date.kind), `date kind ${l.date.kind}`).toBe(true);
    }
    for (const m of l.motions ?? []) {
      expect(MOTION_KINDS.has(m.kind), `motion kind ${m.kind}`).toBe(true);
      if (m.movant !== undefined) for (const mv of String(m.movant).split('|')) expect(MOVANTS.has(mv), `movant ${mv}`).toBe(true);
      if (m.disposition !== undefined) expect(DISPOSITIONS.has(m.disposition), `disposition ${m.disposition}`).toBe(true);
      if (m.docEntry !== undefined) expect(m.docEntry).toMatch(/^\d+$/);
      if (m.proSe !== undefined) expect(typeof m.proSe).toBe('boolean');
    }
  });
});

(corpusPresent ? describe : describe.skip)(`${set} scored on ${corpus} (skipped: ../shared/corpus is absent)`, () => {
  it.each(goldens)('$name: names a file of the corpus', ({ g }) => {
    expect(existsSync(path.join(corpus, g.file)), `${g.file} is not in ${corpus}`).toBe(true);
  });

  it('prints per-field accuracy (figures only, no floors)', async () => {
    const { totals, misses } = await scoreAll(goldens.map(({ g }) => g), async (file) => readOrder(await readDocument(file)), { scoreOrder, tally });
    console.log(`${set}, ${goldens.length} documents, per-field accuracy:\n${formatTotals(totals)}\n\nmisses:\n  ${misses.join('\n  ')}`);
    expect(Object.keys(totals).length).toBeGreaterThan(0);
  }, 300_000);
});
}
