// OCR noise in caption headings: the court, the title and a clerk's filed stamp are matched on a same-length
// folded copy of the text (confusions inside words in capitals undone, letter-spaced stamps joined), so values
// read as printed words while spans still point at the original characters. Constructed texts, fictional names.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { foldOcrCaps, foldSpaced } from '../../src/order/ocr-fold.js';

const BODY = '\n\nThis matter is before the Court on the complaint and the application to proceed without paying fees, which the Court has reviewed with care.\n'.repeat(3);
const CAPTION = '\n\nMARTA QUILLEN,\n\nPlaintiff,\n\nv.\n\nHOLLOWAY COLLEGE,\n\nDefendant.\n\n';

describe('foldOcrCaps', () => {
  it.each([
    ['UNITED STATES DISTRICT COUR\'I`', 'UNITED STATES DISTRICT COURT'],
    ['FOR THE DISTRICT OF COLUMBlA', 'FOR THE DISTRICT OF COLUMBIA'],
    ['MEMORANDUM OPlNlON', 'MEMORANDUM OPINION'],
    ['NORTHERN D|STRICT OF ILL1NOIS', 'NORTHERN DISTRICT OF ILLINOIS'],
    ['C0URT OF APPEALS', 'COURT OF APPEALS'],
  ])('%s', (input, words) => {
    const out = foldOcrCaps(input);
    expect(out.length).toBe(input.length);
    expect(out.replace(/\s+/g, ' ').trim()).toBe(words);
  });

  it.each([
    'U.S. Dlstrlct Court', // a word in ordinary case is left alone
    'No. 1:17-CR-00085-MOC', // docket numbers keep their digits
    'A03A1865 and S32295',
    "O'Neil v. McDONALD",
    'ORDER AND JUDGMENT1', // a footnote mark
    "DEFENDANT'S MOTION",
  ])('leaves %s unchanged', (input) => {
    expect(foldOcrCaps(input)).toBe(input);
  });
});

describe('foldSpaced', () => {
  it.each([
    ['F I L E D', 'FILED'],
    ['MAY 1 4 2013', 'MAY 14 2013'],
    ['R E C E I V E D  JUN 0 3 2019', 'RECEIVED JUN 03 2019'],
  ])('%s', (input, words) => {
    const out = foldSpaced(input);
    expect(out.length).toBe(input.length);
    expect(out.replace(/\s+/g, ' ').trim()).toBe(words);
  });
  it.each(['Exhibit A and B', 'MAY 1 2013', 'Nos. 12 and 13'])('leaves %s unchanged', (input) => {
    expect(foldSpaced(input)).toBe(input);
  });
});

interface Case {
  name: string;
  text: string;
  court?: string;
  title?: string;
  date?: string;
  kind?: string;
}

const cases: Case[] = [
  {
    name: 'quote marks for a T, l for I, a stamp at the end of the court line',
    text: `UNITED STATES DISTRICT COUR'I\` F I L E D\nFOR THE DISTRICT OF COLUMBlA\n\nMAY 1 4 2013${CAPTION}MEMORANDUM OPlNlON${BODY}`,
    court: 'dcd',
    title: 'MEMORANDUM OPINION',
    date: '2013-05-14',
    kind: 'filed',
  },
  {
    name: 'digits for letters in the court and the title, the stamp alone on its line',
    text: `F I L E D\n\nOCT 2 1 2015\n\nUNlTED STATES DlSTRICT C0URT\nEASTERN DISTRICT OF VlRGlNIA${CAPTION}0RDER${BODY}`,
    court: 'vaed',
    title: 'ORDER',
    date: '2015-10-21',
    kind: 'filed',
  },
  {
    name: 'a bar for I, a title over the caption line',
    text: `IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN D|STRICT OF ILL1NOIS   F I L E D\nEASTERN DIVISION   JAN 0 7 2009${CAPTION}ORDER ON MOT|ON TO D|SMISS${BODY}`,
    court: 'ilnd',
    title: 'ORDER ON MOTION TO DISMISS',
    date: '2009-01-07',
    kind: 'filed',
  },
];

describe('OCR noise in caption headings', () => {
  it.each(cases)('$name', ({ text, court, title, date, kind }) => {
    const o = readOrder(text, { domains: [] });
    if (court) {
      expect(o.court?.value.id).toBe(court);
      // The span covers the printed words, noise included, to the end of the state's name.
      expect(text.slice(...o.court!.span)).toMatch(/ OF [A-Za-z1|]+$/);
    }
    if (title) {
      expect(o.title?.value).toBe(title);
      expect(text.slice(...o.title!.span).length).toBe(title.length);
    }
    if (date) {
      expect(o.date?.value).toBe(date);
      expect(o.date?.kind).toBe(kind);
      expect(text.slice(...o.date!.span)).toMatch(/^[A-Z]{3} \d/);
    }
    expect(o.parties.map((p) => p.value.name)).toEqual(['Marta Quillen', 'Holloway College']);
  });
});
