// Cross-check of our court table against Free Law Project's courts-db (read from ../shared, never
// committed), and the importer for users who have that data.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COURTS, createCourtLookup } from '../../src/data/courts.js';
import { expandCourtsDbPattern, loadCourtsDb, matchCourtsDb } from '../../src/data/import-courts-db.js';
import { normalizeCitationString } from '../../src/data/courts.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(path.resolve(repoRoot, '../shared'), 'data/courts-db');
const present = existsSync(path.join(dir, 'courts.json'));

describe('expandCourtsDbPattern', () => {
  it.each([
    ['${a} North Carolina', { a: 'W(estern)? ?D' }, 'W(estern)? ?D North Carolina'],
    ['${outer}', { outer: '${inner}x', inner: 'y' }, 'yx'],
    ['${missing} z', {}, '${missing} z'],
  ])('%s', (p, vars, want) => {
    expect(expandCourtsDbPattern(p, vars as Record<string, string>)).toBe(want);
  });
});

(present ? describe : describe.skip)(`courts-db at ${dir} (skipped when ../shared/data/courts-db is absent)`, () => {
  const db = present ? loadCourtsDb(dir) : { courts: [], patterns: new Map(), skipped: [] };
  const theirs = new Map(db.courts.map((c) => [c.id, c]));

  it('loads every court, with levels and patterns', () => {
    expect(db.courts.length).toBeGreaterThan(2000);
    expect(theirs.get('ncwd')).toMatchObject({ level: 'district', jurisdiction: 'federal', circuit: 'ca4', citationString: 'W.D.N.C.' });
    expect(theirs.get('cal')).toMatchObject({ level: 'state-supreme', jurisdiction: 'CA' });
    expect(db.patterns.size).toBeGreaterThan(1000);
  });

  it.each([
    ['United States District Court, W.D. North Carolina', 'ncwd'],
    ['United States Court of Appeals for the Fourth Circuit', 'ca4'],
  ])('courts-db patterns match %j', (s, id) => {
    expect(matchCourtsDb(db, s)).toContain(id);
  });

  it('every id of ours exists in courts-db', () => {
    const missing = COURTS.map((c) => c.id).filter((id) => !theirs.has(id));
    if (missing.length) console.log(`ids not in courts-db: ${missing.join(', ')}`);
    expect(missing).toEqual([]);
  });

  it('federal citation strings agree with courts-db (differences reported)', () => {
    const diffs: string[] = [];
    let compared = 0;
    for (const c of COURTS.filter((x) => x.jurisdiction === 'federal')) {
      const t = theirs.get(c.id);
      if (!t?.citationString) continue;
      compared++;
      const ours = [c.citationString, ...c.variants].map(normalizeCitationString);
      if (!ours.includes(normalizeCitationString(t.citationString))) diffs.push(`${c.id}: ours "${c.citationString}", courts-db "${t.citationString}"`);
    }
    if (diffs.length) console.log(`federal citation strings that differ from courts-db (${diffs.length}/${compared}):\n  ${diffs.join('\n  ')}`);
    expect(compared).toBeGreaterThan(200);
    expect(diffs.length / compared).toBeLessThan(0.05);
  });

  it('a look-up over both tables keeps our entries first and adds theirs', () => {
    const both = createCourtLookup([...COURTS, ...db.courts]);
    expect(both.courtByCitationString('W.D.N.C.')?.name).toBe('United States District Court for the Western District of North Carolina');
    expect(both.courtById('alacirct')?.level).toBe('state-trial');
  });
});
