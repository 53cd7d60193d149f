// The reporters-db importer: template expansion on our own small tables, and the real data set from ../shared when present.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandTemplate, flattenRegexes, loadReportersDb } from '../../src/data/import-reporters-db.js';
import { createCitationFinder } from '../../src/citations/find.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dbDir = path.join(path.resolve(repoRoot, '../shared'), 'data/reporters-db');

describe('template expansion', () => {
  const table = flattenRegexes({
    full_cite: { '': '$volume $reporter,? $page', year_page: '$reporter $volume_year-$page' },
    volume: { '': '(?P<volume>\\d+)', year: '(?P<volume>1[789]\\d{2}|20\\d{2})' },
    page: { '': '(?P<page>\\d+)', '#': 'a comment' },
    paragraph_marker: '(?:P|¶)',
    reporter: { '': '(?P<reporter>$edition)' },
    law: { section: '(?P<section>\\d+(?:[-.]\\d+){,3})' },
  });
  it.each([
    ['$full_cite', ['Xy. Rep.'], '12 Xy. Rep. 34', { volume: '12', page: '34' }],
    ['$full_cite_year_page', ['Zz.'], 'Zz. 1999-7', { volume: '1999', page: '7' }],
    ['$reporter $paragraph_marker_optional$page', ['Q. Rep.'], 'Q. Rep. ¶ 5', { page: '5' }],
    ['$law_section', ['-'], '1-2-3', { section: '1-2-3' }],
  ])('%s', (template, spellings, text, groups) => {
    const src = expandTemplate(template, table, spellings);
    expect(src).not.toBeNull();
    const m = new RegExp(`^${src}$`).exec(text);
    expect(m?.groups).toMatchObject(groups);
  });
  it('reports an unknown placeholder as null', () => {
    expect(expandTemplate('$nothing_here', table, ['A.'])).toBeNull();
  });
});

describe.skipIf(!existsSync(dbDir))('reporters-db data set (../shared/data/reporters-db)', () => {
  const db = existsSync(dbDir) ? loadReportersDb(dbDir) : null;
  const finder = db ? createCitationFinder({ reporters: db }) : null;
  it('loads editions, shapes and journals without warnings', () => {
    expect(db!.reporters.length).toBeGreaterThan(1000);
    expect(db!.shapes.length).toBeGreaterThan(50);
    expect(db!.journals.length).toBeGreaterThan(500);
    expect(db!.warnings).toEqual([]);
  });
  it.each([
    ['Kern v Taney, 11 Pa. D. & C.5th 558 [2010])', 'Pa. D. & C.5th', '558'],
    ['blah blah, 2009 12345 (La.App. 1 Cir. 05/10/10). blah', 'La.App. 1 Cir.', '12345'],
    ['blah Bankr. L. Rep. (CCH) P12,345. blah', 'Bankr. L. Rep.', '12,345'],
  ])('finds %s', (text, reporter, page) => {
    const c = finder!.find(text).find((x) => x.kind === 'case');
    expect(c?.reporter).toBe(reporter);
    expect(c?.page).toBe(page);
  });
  it('a missing folder is a clear error', () => {
    expect(() => loadReportersDb(path.join(dbDir, 'nope'))).toThrow(/reporters-db/);
  });
});
