/**
 * Courts read in session 12 (fictional parties): a reporter's bare court line ("E.D. Louisiana."), a court-specific series
 * in the document's own citation on its first line, a site summary that cites this case (same date or same docket number),
 * a court named down a ":" column of the caption, the okina of Hawai'i as the courts' PDFs print it, a New York Appellate
 * Division department, and a bankruptcy judge applying the district's local rules.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const body = '\nORDER\n\nThe motion for an extension of time is DENIED.\n';
const parties = 'HALVORSEN TOOL WORKS, INC.,\nPlaintiff,\nv.\nBRACKENRIDGE OUTFITTERS, LLC,\nDefendant.\n';

const summary = (cite: string, caption: string) =>
  `Summary\nIn ${cite}, the court held that a forum clause did not bind the guarantor.\nSummary of this case from Okafor v. Lakeshore Dairy\nOpinion\n${caption}\nORDER\nPlaintiffs Halvorsen Tool Works, Inc. sued Brackenridge Outfitters, LLC. The motion to transfer is DENIED.\n`;

const cases: Array<[string, string, string | null]> = [
  // A reporter's court line, the district in its short form, alone on its line.
  ['"E.D. Louisiana." alone above the parties', `E.D. Louisiana.\n${parties}Civil Action No. 19-2211.${body}`, 'laed'],
  ['"S.D. New York" alone', `S.D. New York\n${parties}No. 18 Civ. 4410.${body}`, 'nysd'],
  ['"D. Massachusetts." alone', `D. Massachusetts.\n${parties}Civil Action No. 21-10455.${body}`, 'mad'],
  ['a person\'s initial and name is no court line', `D. Okafor\n${parties}Civil Action No. 21-10455.${body}`, null],
  ['a short district inside a sentence is no court line', `${parties}Civil Action No. 21-10455.\nORDER\n\nThe case was filed in E.D. Louisiana. The motion for an extension of time is DENIED.\n`, null],
  // The document's own citation on its first line, in a series one court publishes.
  ['"2006 U.S. Claims LEXIS 77" on the first line', `Okafor v. United States , 2006 U.S. Claims LEXIS 77 ( 2006 )\n\nORDER\n\nThe defendant's motion to dismiss is GRANTED.\n`, 'uscfc'],
  ['"T.C. Memo. 2019-44" on the first line', `Halvorsen v. Commissioner, T.C. Memo. 2019-44\n\nMEMORANDUM OPINION\n\nRespondent's motion for summary judgment is GRANTED.\n`, 'tax'],
  ['a district court\'s Lexis series names no court', `Okafor v. Lakeshore Dairy, 2006 U.S. Dist. LEXIS 77 (2006)\n\nORDER\n\nThe motion is DENIED.\n`, null],
  ['a Claims series cited in the body names no court', `ORDER\n\nAs in Okafor v. United States, 2006 U.S. Claims LEXIS 77 (2006), the motion is DENIED.\n`, null],
  // A site summary citing this case.
  ['summary cite dated the order\'s date', summary('Halvorsen Tool Works, Inc. v. Brackenridge Outfitters, LLC, 2012 WL 557201 (D. Kan. Mar. 3, 2012)', 'No. 11-CV-2290.\nMarch 3, 2012'), 'ksd'],
  ['summary cite under the order\'s own docket number, in other capitals', summary('Halvorsen Tool Works, Inc. v. Brackenridge Outfitters, LLC, No. 2:11-CV-02290-JWL, 2012 WL 557201, at *2 (D. Kan. Mar. 3, 2012), aff\'d, 2013 WL 99 (10th Cir. 2013)', 'Case No. 2:11-cv-02290-JWL\n03-05-2012'), 'ksd'],
  ['summary cite of another date and number names no court', summary('Okafor v. Lakeshore Dairy, 2010 WL 1111 (N.D. Ill. Feb. 2, 2010)', 'No. 11-CV-2290.\nMarch 3, 2012'), null],
  // A court named down a ":" or ")" column.
  ['Pennsylvania Common Pleas over three column lines', 'JOHN HALVORSEN, : IN THE COURT OF COMMON PLEAS\nPlaintiff : OF YORK COUNTY,\n: PENNSYLVANIA\nv. :\n: CIVIL ACTION - LAW\nACME CORP., : NO. 2019-SU-001234\nDefendant :' + body, 'pactcompl'],
  ['Ohio Common Pleas in a ")" column', 'JANE OKAFOR, ) IN THE COURT OF COMMON PLEAS\nPlaintiff, ) FRANKLIN COUNTY,\n) OHIO\nv. )\n) CASE NO. 19CV-4411\nLAKESHORE DAIRY, )\nDefendant. )' + body, 'ohioctcompl'],
  ['a county with no state names no court', 'JANE OKAFOR, : IN THE COURT OF COMMON PLEAS\nPlaintiff : OF YORK COUNTY,\n: CIVIL DIVISION\nv. :\nACME CORP., : NO. 2019-SU-001234\nDefendant :' + body, null],
  // Hawai'i's okina as "#" in the courts' PDFs; an Appellate Division department.
  ['"INTERMEDIATE COURT OF APPEALS OF THE STATE OF HAWAI#I"', `NO. CAAP-19-0000412\nIN THE INTERMEDIATE COURT OF APPEALS\nOF THE STATE OF HAWAI#I\n${parties}${body}`, 'hawapp'],
  ['"SUPREME COURT OF THE STATE OF HAWAIʻI"', `IN THE SUPREME COURT OF THE STATE OF HAWAIʻI\n${parties}${body}`, 'haw'],
  ['"Appellate Division, Third Department"', `Halvorsen v Lakeshore Dairy |\nDecided on May 4, 2011 |\nAppellate Division, Third Department, Motion Decision |\n${body}`, 'nyappdiv'],
];

describe('session-12 courts', () => {
  it.each(cases)('%s', (_name, text, id) => {
    const o = readOrder(text, { domains: [] });
    expect(o.court?.value.id ?? null).toBe(id);
    if (o.court) expect(text.slice(o.court.span[0], o.court.span[1]).trim().length).toBeGreaterThan(2);
  });

  it('a bankruptcy judge applying the district\'s local rule sits in the bankruptcy court', () => {
    const text = `CASE NO. 19-51234 (ABC)\nADV. PRO. NO. 20-5011\n\nMEMORANDUM OF DECISION AND ORDER\n\nUnder D. Conn. L. Civ. R. 56(a)1, the plaintiff filed a statement of facts. The plaintiff's motion for summary judgment is GRANTED.\n\nDated: March 3, 2021\nAmelia R. Okafor\nUnited States Bankruptcy Judge\n`;
    const o = readOrder(text, { domains: [] });
    expect(o.court?.value.id).toBe('ctb');
    const district = readOrder(text.replace('United States Bankruptcy Judge', 'United States District Judge'), { domains: [] });
    expect(district.court?.value.id).toBe('ctd');
  });

  it('the span of a column court covers its printed words', () => {
    const text = 'JOHN HALVORSEN, : IN THE COURT OF COMMON PLEAS\nPlaintiff : OF YORK COUNTY,\n: PENNSYLVANIA\nv. :\nACME CORP., : NO. 2019-SU-001234\nDefendant :' + body;
    const o = readOrder(text, { domains: [] });
    const s = text.slice(o.court!.span[0], o.court!.span[1]);
    expect(s.startsWith('COURT OF COMMON PLEAS')).toBe(true);
    expect(s.endsWith('PENNSYLVANIA')).toBe(true);
  });
});
