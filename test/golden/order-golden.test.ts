// Scores readOrder on the hand-labelled development set (test/golden/order/*.expected.json): each
// golden names a file of ../shared/corpus and lists only the fields it asserts. Prints per-field
// accuracy and holds each field at or above the figure the code reached when the set was written.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM shared with bench/order-accuracy.mjs
import { formatTotals, scoreOrder, tally } from '../../bench/order-score.mjs';
import { readDocument } from '../../src/input/read-document.js';
import { readOrder } from '../../src/order/read-order.js';
import { corpus, labelFileNames, readGolden, repoRoot, scoreAll, type Golden } from './goldens.js';

const goldenDir = path.join(repoRoot, 'test/golden/order');
const goldens: Golden[] = labelFileNames(goldenDir).map((f) => readGolden(goldenDir, f));

/**
 * Floors per field (percent): what the code reached at the end of 2026-11-27's third session, less
 * about 2 points so that one document flipping does not fail the suite; raise them as the reader improves. The target of issue 3 is 97 for court, docket, date and judge, 95 for disposition.
 */
const FLOORS: Record<string, number> = {
  court: 98,
  division: 98,
  docket: 98,
  caseType: 98,
  parties: 98,
  title: 98,
  judge: 98,
  judgeTitle: 98,
  date: 98,
  dateKind: 97,
  noMotions: 92,
  motionKind: 98,
  disposition: 98,
  movant: 90,
  proSe: 50,
  docEntry: 85,
};

describe('order development set: the goldens themselves', () => {
  it('has at least 60 documents across all four formats and three court levels', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(60);
    expect(new Set(goldens.map((g) => g.format))).toEqual(new Set(['json', 'html', 'pdf', 'txt']));
    expect(new Set(goldens.map((g) => g.level))).toEqual(new Set(['district', 'bankruptcy', 'appellate']));
  });

  const KNOWN = new Set(['court', 'division', 'docketNumbers', 'caseType', 'parties', 'title', 'judge', 'date', 'motions']);
  const KINDS = new Set(['signed', 'filed', 'entered', 'decided']);
  it.each(goldens.map((g) => ({ file: g.file, g })))('$file: labels are well formed', ({ g }) => {
    for (const k of Object.keys(g.labels)) expect(KNOWN.has(k), `unknown field ${k}`).toBe(true);
    const date = g.labels.date as { value: string; kind: string } | null | undefined;
    if (date) {
      expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(KINDS.has(date.kind)).toBe(true);
    }
    for (const d of (g.labels.docketNumbers as Array<{ printed: string; normalized: string }>) ?? []) {
      expect(d.printed && d.normalized, JSON.stringify(d)).toBeTruthy();
    }
  });
});

const corpusPresent = existsSync(path.join(corpus, 'MANIFEST.csv'));

(corpusPresent ? describe : describe.skip)(`order development set scored on ${corpus} (skipped when ../shared/corpus is absent)`, () => {
  it('reads every labelled document and reaches the per-field floors', async () => {
    const { totals, misses } = await scoreAll(goldens, async (file) => readOrder(await readDocument(file)), { scoreOrder, tally });
    console.log(`order development set, ${goldens.length} documents, per-field accuracy:\n${formatTotals(totals)}\n\nmisses:\n  ${misses.join('\n  ')}`);
    for (const [field, t] of Object.entries(totals)) {
      const pct = (100 * t.right) / t.total;
      expect(pct, `${field}: ${t.right}/${t.total}`).toBeGreaterThanOrEqual(FLOORS[field] ?? 0);
    }
  }, 300_000);
});
