import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { normalizeForReading } from '../../src/text/normalize.js';
import { isSameOrFolded } from '../../src/text/fold.js';
import { furnitureRules } from '../../src/text/page-furniture.js';

describe('normalizeForReading: what the reading text becomes', () => {
  it.each([
    ['ECF district header between pages',
      'the motion\nCase 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 2 of 3\nis denied',
      'the motion\nis denied'],
    ['appellate header with Entry ID',
      'A.\nCase: 20-1507    Document: 00117684624    Page: 2    Date Filed: 12/22/2020    Entry ID: 6390389\nB.',
      'A.\nB.'],
    ['USCA4 header', 'x\nUSCA4 Appeal: 19-7520   Doc: 12   Filed: 05/07/2020   Pg: 1 of 3\ny', 'x\ny'],
    ['header with CRLF', 'x\r\nCase 2:19-cv-1 Document 3 Filed 01/02/20 Page 1 of 9 PageID #: 44\r\ny', 'x\ny'],
    ['a case caption line is kept', 'Case No. 1:17-cr-00085 is before the Court.', 'Case No. 1:17-cr-00085 is before the Court.'],
    ['end-of-line hyphen joined', 'for compas-\nsionate release', 'for compassionate release'],
    ['hyphen joined across indentation', 'the sen-  \n    tence', 'the sentence'],
    ['prefix hyphen kept', 'a non-\nviolent offense', 'a non-violent offense'],
    ['a ruling word in capitals joined', 'The motion is GRANT-\nED.', 'The motion is GRANTED.'],
    ['a capital word the document has whole joined', 'JUDG-\nMENT is entered. FINAL JUDGMENT', 'JUDGMENT is entered. FINAL JUDGMENT'],
    ['capitals the document never has whole keep the hyphen', 'DEFENDANT-\nAPPELLANT', 'DEFENDANT-APPELLANT'],
    ['capitals before a lower-case rest join as lower case does', 'DIS-\nmissed', 'DISmissed'],
    ['post- kept', 'his post-\nconviction motion', 'his post-conviction motion'],
    ['the document\'s closed form wins over the prefix list', 'was post-\nponed; postponed again', 'was postponed; postponed again'],
    ['the document\'s hyphenated form wins', 'a fee-\nshifting rule; fee-shifting', 'a fee-shifting rule; fee-shifting'],
    ['ex- is a line break, not a prefix', 'the ex-\ncess water', 'the excess water'],
    ['capitalized continuation not joined', 'Smith-\nJones', 'Smith-\nJones'],
    ['numbers not joined', 'No. 18-\n3582', 'No. 18-\n3582'],
    ['dash between words kept', 'denied--\nand', 'denied--\nand'],
    ['smart quotes and dashes', '\u201cgranted\u201d \u2014 the court\u2019s order \u2013 now', '"granted" - the court\'s order - now'],
    ['ellipsis', 'wait\u2026 no', 'wait... no'],
    ['NBSP and runs of spaces', 'Doc.\u00a0No.   55\t\tfiled', 'Doc. No. 55 filed'],
    ['trailing spaces dropped', 'ORDER   \nDENIED  ', 'ORDER\nDENIED'],
    ['soft hyphen and zero-width space dropped', 'com\u00adpas\u200bsionate', 'compassionate'],
    ['form feed becomes a line break', 'page one\fpage two', 'page one\npage two'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForReading(input).text).toBe(expected);
  });

  it('removes pleading-paper line numbers and keeps numbered paragraphs', () => {
    const pleading = [
      '1', '2   UNITED STATES DISTRICT COURT', '3   CENTRAL DISTRICT OF CALIFORNIA', '4',
      '5   ORDER DENYING MOTION', '6   The motion is denied.', '7',
    ].join('\n');
    expect(normalizeForReading(pleading).text).toBe(
      '\nUNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nORDER DENYING MOTION\nThe motion is denied.\n',
    );
    const paragraphs = '1. The motion is denied.\n2. The clerk shall close the case.\n3. So ordered.\n4. x\n5. y';
    expect(normalizeForReading(paragraphs).text).toBe(paragraphs);
  });

  it('maps a reading span back to the same words in the original', () => {
    const original = 'Case 1:17-cr-00085 Document 56 Filed 08/10/20 Page 1 of 3\nThe \u201cmotion\u201d for compas-\nsionate release is DENIED.';
    const r = normalizeForReading(original);
    const s = r.text.indexOf('compassionate release');
    const [a, b] = r.toOriginalSpan(s, s + 'compassionate release'.length);
    expect(original.slice(a, b)).toBe('compas-\nsionate release');
    const d = r.text.indexOf('DENIED');
    expect(original.slice(r.toOriginal(d), r.toOriginal(d) + 6)).toBe('DENIED');
    const q = r.text.indexOf('"motion"');
    expect(original.slice(...r.toOriginalSpan(q, q + 8))).toBe('\u201cmotion\u201d');
  });

  it('maps the end of the reading text to the end of what it covers', () => {
    const r = normalizeForReading('abc\u2026');
    expect(r.text).toBe('abc...');
    expect(r.toOriginal(r.text.length)).toBe(4);
    expect(r.toOriginalSpan(3, 6)).toEqual([3, 4]);
  });
});

describe('page breaks inside a sentence read as a wrapped line', () => {
  it.each([
    ['the motion to\n\n1\n\fdismiss [41] is granted.', 'the motion to\ndismiss [41] is granted.'],
    ['reply brief is\n\n2\n\fUSCA11 Case: 24-11873    Document: 31-1    Date Filed: 10/03/2025    Page: 2 of 2\n\nGRANTED.', 'reply brief is\nGRANTED.'],
    ['The motion is\n1 of 2\n\fFILED: NEW YORK COUNTY CLERK 10/03/2025 09:14 AM INDEX NO. 158832/2023\nNYSCEF DOC. NO. 61 RECEIVED NYSCEF: 10/03/2025\ndenied as academic.', 'The motion is\ndenied as academic.'],
    ['Defendant\'s Motion (Doc. 41)\n\n- 7 -\n\n\fis DENIED.', 'Defendant\'s Motion (Doc. 41)\nis DENIED.'],
  ])('%j', (text, reading) => {
    expect(normalizeForReading(text).text).toBe(reading);
  });
  it.each([['granted in part.\n\n3\n\fIII. DISCUSSION'], ['I. BACKGROUND\n\n\fThe motion']])('keeps a break between sentences: %j', (text) => {
    expect(normalizeForReading(text).text).toMatch(/\n\s*\n/);
  });
});

describe('page-furniture rules: examples and counterexamples', () => {
  it.each(furnitureRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    for (const ex of rule.examples) {
      const cuts = rule.cuts(ex);
      expect(cuts.length, `${rule.id} should cut: ${ex}`).toBeGreaterThan(0);
    }
    for (const cx of rule.counterexamples) expect(rule.cuts(cx), `${rule.id} should keep: ${cx}`).toEqual([]);
  });
  it('the ECF rule removes each example line whole', () => {
    const rule = furnitureRules.find((r) => r.id === 'reading/ecf-header')!;
    for (const ex of rule.examples) {
      const text = `Before.\n${ex}\nAfter`;
      // (a form feed before the header stays, as a line end: it is the page break between two sentences)
      expect(normalizeForReading(text).text).toBe(ex.startsWith('\f') ? 'Before.\n\nAfter' : 'Before.\nAfter');
    }
  });
});

// Pieces that exercise every branch: furniture, hyphen breaks, folds, spaces, line ends.
const piece = fc.constantFrom(
  'word', 'Word', ' ', '   ', '\t', '\n', '\r\n', '\r', '\f', '-', 'compas-\nsionate', 'non-\nviolent', 'x-\n  y',
  '\u201c', '\u201d', '\u2019', '\u2014', '\u2026', '\u00a0', '\u00ad', '\u200b', '\ufeff', '§', 'é', '12',
  '\nCase 1:17-cr-00085-MOC-DLH Document 56 Filed 08/10/20 Page 1 of 3\n',
  '\nCase: 20-1 Document: 5 Page: 2 Date Filed: 01/02/2020\n',
  '\n1 a\n2 b\n3 c\n4 d\n5 e\n6 f', '1.', 'Case', '"',
);
const docText = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((a) => a.join(''));

describe('normalizeForReading: offset map properties', () => {
  fcTest.prop([docText], { numRuns: 400 })('every reading character comes from the same or a folded original character', (original) => {
    const r = normalizeForReading(original);
    for (let i = 0; i < r.text.length; i++) {
      const o = r.toOriginal(i);
      expect(o).toBeGreaterThanOrEqual(0);
      expect(o).toBeLessThan(original.length);
      expect(isSameOrFolded(r.text[i], original[o]), `reading[${i}]=${JSON.stringify(r.text[i])} vs original[${o}]=${JSON.stringify(original[o])}`).toBe(true);
    }
  });

  fcTest.prop([docText], { numRuns: 400 })('the map is monotonic and spans stay inside the original', (original) => {
    const r = normalizeForReading(original);
    let prev = -1;
    for (let i = 0; i <= r.text.length; i++) {
      const o = r.toOriginal(i);
      expect(o).toBeGreaterThanOrEqual(prev);
      expect(o).toBeLessThanOrEqual(original.length);
      prev = o;
    }
    for (let s = 0; s < r.text.length; s += 3) {
      const [a, b] = r.toOriginalSpan(s, Math.min(r.text.length, s + 5));
      expect(a).toBeLessThanOrEqual(b);
      expect(b).toBeLessThanOrEqual(original.length);
    }
  });

  fcTest.prop([fc.string({ unit: 'grapheme-ascii', maxLength: 200 })])('plain ASCII without furniture keeps its words', (original) => {
    const r = normalizeForReading(original);
    const words = (s: string) => s.replace(/-\s*\n\s*/g, '').split(/\s+/).filter(Boolean);
    expect(words(r.text).join(' ')).toBe(words(original).join(' ').replace(/\s+/g, ' ') || '');
  });
});
