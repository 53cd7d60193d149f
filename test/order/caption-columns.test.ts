// Two-column captions (pleading paper and similar PDF text): parties on the left, case number and title on the
// right, side by side with a wide gap, so that a text line holds a piece of one column or of both. Constructed
// texts with fictional names, three layouts, plus captions that must not be read as two columns.
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const BODY = '\n\nThe Court has reviewed the papers filed by the parties and heard argument on the motion, and now rules as follows on each of the issues raised in the briefing.\n'.repeat(3);
const COURT = 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n';

interface Case {
  name: string;
  text: string;
  title: string;
  plaintiff: string;
  defendant: string;
}

const cases: Case[] = [
  {
    name: 'pleading paper with line numbers, a title over four lines, an adjective waiting for its noun',
    text: `${COURT}12  HALVERSEN ORCHARDS, LLC,  Case No. 3:21-cv-04410-JD\n13      Plaintiff,  ORDER GRANTING\nPELLWORTH FOODS, INC.'S MOTION TO\n14      v.  DISMISS THE FIRST AMENDED\nCOMPLAINT\n15  PELLWORTH FOODS, INC., a Delaware\ncorporation,\n16      Defendant.\n${BODY}`,
    title: "ORDER GRANTING PELLWORTH FOODS, INC.'S MOTION TO DISMISS THE FIRST AMENDED COMPLAINT",
    plaintiff: 'halversen orchards',
    defendant: 'pellworth foods',
  },
  {
    name: 'a proposed order, a party name over two lines, unnamed defendants after the named one',
    text: `${COURT}JANE MORROW, individually and on     Case No. 5:19-cv-00231\nbehalf of all others similarly situated,\n     Plaintiff,     [PROPOSED] ORDER DENYING\n     v.     DEFENDANT'S MOTION TO STAY\nKESTREL AIRLINES CORP.; and DOES 1     PROCEEDINGS\nthrough 20, inclusive,\n     Defendants.\n${BODY}`,
    title: "[PROPOSED] ORDER DENYING DEFENDANT'S MOTION TO STAY PROCEEDINGS",
    plaintiff: 'jane morrow',
    defendant: 'kestrel airlines corp',
  },
  {
    name: 'a title in ordinary case, closed by the docket-entry label below it',
    text: `UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nRuth Anselm,          Case No. 2:20-cv-01187-APG\n      Plaintiff,      Order Granting in Part Motion\nv.                    for Summary Judgment\nCorbel Insurance Co.,\n      Defendant.      [ECF No. 41]\n${BODY}`,
    title: 'Order Granting in Part Motion for Summary Judgment',
    plaintiff: 'ruth anselm',
    defendant: 'corbel insurance co',
  },
  {
    name: 'the title beside the first party, the case number below it',
    text: `${COURT}ODALYS VERA,     MEMORANDUM AND ORDER RE:\n     Petitioner,     MOTION FOR RELEASE\n     v.     PENDING APPEAL\nWARDEN TOBIN HALE,     Case No. 4:18-cv-06012\n     Respondent.\n${BODY}`,
    title: 'MEMORANDUM AND ORDER RE: MOTION FOR RELEASE PENDING APPEAL',
    plaintiff: 'odalys vera',
    defendant: 'warden tobin hale',
  },
];

describe('two-column captions', () => {
  it.each(cases)('$name', ({ text, title, plaintiff, defendant }) => {
    const o = readOrder(text, { domains: [] });
    expect(o.title?.value).toBe(title);
    expect(o.title?.rule).toBe('title/right-column');
    // The span runs from the title's first piece to its last, in the original text.
    const [s, e] = o.title!.span;
    expect(text.slice(s, s + title.split(' ')[0].length)).toBe(title.split(' ')[0]);
    expect(text.slice(s, e).endsWith(title.split(' ').pop()!)).toBe(true);
    const names = o.parties.map((p) => `${p.value.role}:${p.value.name.toLowerCase()}`);
    expect(names.some((n) => /^(?:plaintiff|petitioner):/.test(n) && n.includes(plaintiff)), names.join(' | ')).toBe(true);
    expect(names.some((n) => /^(?:defendant|respondent):/.test(n) && n.includes(defendant) && !/\bdoes\b|through|inclusive/.test(n)), names.join(' | ')).toBe(true);
    for (const p of o.parties) expect(text.slice(...p.span).length).toBeGreaterThan(0);
  });

  const plain: Array<{ name: string; text: string; title: string }> = [
    { name: 'a title line with a wide gap inside it', text: `${COURT}AMOS REED,\nPlaintiff,\nv.\nLINDEN CITY,\nDefendant.\n\nMEMORANDUM    OPINION AND ORDER\n${BODY}`, title: 'MEMORANDUM OPINION AND ORDER' },
    { name: 'a caption with ")" rails', text: `${COURT}AMOS REED,   )\n  Plaintiff,   )   Case No. 3:20-cv-01234\nv.   )\nLINDEN CITY,   )   ORDER\n  Defendant.   )\n${BODY}`, title: 'ORDER' },
    { name: 'a docket beside the name, the title below the caption', text: `${COURT}AMOS REED,     Case No. 3:20-cv-01234\n  Plaintiff,\nv.\nLINDEN CITY,\n  Defendant.\n\nORDER DENYING MOTION TO COMPEL\n${BODY}`, title: 'ORDER DENYING MOTION TO COMPEL' },
  ];
  it.each(plain)('one column: $name', ({ text, title }) => {
    const o = readOrder(text, { domains: [] });
    expect(o.title?.value).toBe(title);
    expect(o.title?.rule).not.toBe('title/right-column');
    expect(o.parties.map((p) => p.value.name)).toEqual(['Amos Reed', 'Linden City']);
  });
});
