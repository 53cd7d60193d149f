/**
 * Dates in the metadata a case-law site prints above an opinion ("Filed Date: 4/26/1993", "Modified Date: 4/18/2021")
 * and the date line of a rehearing opinion ("On Rehearing May 3, 1983."): the site's own dates are never the order's.
 */
import type { Rule } from '../engine/types.js';
import { DATE_SRC, parseDate } from './date-parse.js';
import type { DateValue } from './date.js';

// The word before "Date" that makes it a site's or a record's date, not a signature: "Modified Date:" · "Latest Update
// Date:" · "Archive Date:" · "Filed Date:" (the last is read by date/site-filed-date) · "Hearing Date:" (a day set for
// argument, not the signing) · "Judge: Ann Roe, Case: 21STCV01234, Date:" (a rulings site's header)
export const NOT_SIGNATURE_DATE = /\b(?:Hearing|HEARING|Trial|TRIAL|Argument|Conference|Modified|Update|Updated|Retrieved|Accessed|Visited|Published|Filed|Print|Printed|Download|Downloaded|Archive|Posted|Crawl|Crawled)[ \t]*$|\bCase:[ \t]*[\w-]+,[ \t]*$/i;

function hit(m: RegExpExecArray, kind: DateValue['kind'], confidence: number) {
  const printed = m[1];
  const iso = parseDate(printed.replace(/\s+/g, ' '), true);
  if (!iso) return null;
  const start = m.index + m[0].lastIndexOf(printed);
  return { value: { iso, kind }, span: [start, start + printed.length] as [number, number], confidence };
}

export const dateSiteRules: Rule<DateValue>[] = [
  {
    id: 'date/site-filed-date',
    anchors: ['filed date', 'date filed'],
    // A site's metadata line for the filing: "Filed Date: 4/26/1993" · "Date Filed: March 2, 2004" · "FILED DATE: 01/05/2011"
    pattern: new RegExp(`^[ \\t]*(?:Filed[ \\t]+Date|Date[ \\t]+Filed|FILED[ \\t]+DATE|DATE[ \\t]+FILED)[ \\t]*:[ \\t]*(${DATE_SRC})[ \\t.]*$`, 'gmi'),
    parse: (m) => hit(m, 'filed', 0.85),
    priority: 26,
    examples: [
      { text: 'Filed Date: 4/26/1993', expect: { iso: '1993-04-26', kind: 'filed' } },
      { text: 'Date Filed: March 2, 2004', expect: { iso: '2004-03-02', kind: 'filed' } },
      { text: 'FILED DATE: 01/05/2011\nStatus: Precedential', expect: { iso: '2011-01-05' } },
    ],
    counterexamples: ['Modified Date: 4/18/2021', 'the motion was filed on March 2, 2004'],
  },
  {
    id: 'date/site-judge-case-date',
    anchors: ['judge:'],
    // A rulings site's header line: "Judge: Ann Roe, Case: 21STCV01234, Date: 2025-03-26 Tentative Ruling" ·
    // "Judge: Karl Poe, Case: 19CV0042, Date: 2021-1-5" · "Judge: Lena Ortiz, Case: BC612345, Date: 2019-11-20"
    pattern: new RegExp(`^[ \\t]*Judge:[ \\t]*[^,\\n]{3,60},[ \\t]*Case:[ \\t]*[^,\\n]{2,40},[ \\t]*Date:[ \\t]*(${DATE_SRC})`, 'gm'),
    parse: (m) => hit(m, 'decided', 0.85),
    priority: 26,
    examples: [
      { text: 'Judge: Ann Roe, Case: 21STCV01234, Date: 2025-03-26 Tentative Ruling', expect: { iso: '2025-03-26', kind: 'decided' } },
      { text: 'Judge: Karl Poe, Case: 19CV0042, Date: 2021-1-5', expect: { iso: '2021-01-05' } },
      { text: 'Judge: Lena Ortiz, Case: BC612345, Date: 2019-11-20\n', expect: { iso: '2019-11-20' } },
    ],
    counterexamples: ['The Judge: Ann Roe said the Date: 2025-03-26 is set', 'Judge: Ann Roe, Date: 2025-03-26'],
  },
  {
    id: 'date/filed-paren',
    anchors: ['(filed on', '(entered:', '(entered on'],
    // The close of a site's docket text: "granting 89 Motion to Stay. (rmw, COURT STAFF) (Filed on 2/28/2014)" ·
    // "(Filed on 3/2/2015)" · "(Entered: 05/08/2013)"
    pattern: new RegExp(`\\((Filed|Entered)(?:[ \\t]+on)?[ \\t]*:?[ \\t]*(${DATE_SRC})\\)`, 'g'),
    parse: (m) => {
      const printed = m[2];
      const iso = parseDate(printed.replace(/\s+/g, ' '), true);
      if (!iso) return null;
      const start = m.index + m[0].lastIndexOf(printed);
      return { value: { iso, kind: m[1] === 'Filed' ? 'filed' : 'entered' }, span: [start, start + printed.length], confidence: 0.8 };
    },
    priority: 24,
    examples: [
      { text: 'granting 89 Motion to Stay.(rmw, COURT STAFF) (Filed on 2/28/2014)', expect: { iso: '2014-02-28', kind: 'filed' } },
      { text: '(Filed on 3/2/2015)', expect: { iso: '2015-03-02' } },
      { text: 'ORDER granting motion. (Entered: 05/08/2013)', expect: { iso: '2013-05-08', kind: 'entered' } },
    ],
    counterexamples: ['(filed on behalf of the defendant)', 'Filed on 2/28/2014'],
  },
  {
    id: 'date/on-rehearing',
    anchors: ['rehearing'],
    // The date of an opinion on rehearing under the original's date: "March 30, 1983.\nOn Rehearing May 3, 1983." ·
    // "On Rehearing, June 2, 1999" · "ON REHEARING: September 9, 2004"
    pattern: new RegExp(`^[ \\t]*(?:On|ON)[ \\t]+(?:Rehearing|REHEARING)[ \\t]*[,:]?[ \\t]*(${DATE_SRC})[ \\t.]*$`, 'gm'),
    parse: (m) => hit(m, 'decided', 0.85),
    // (above any other header date: the text shown is the opinion on rehearing)
    priority: 40,
    examples: [
      { text: 'March 30, 1983.\nOn Rehearing May 3, 1983.', expect: { iso: '1983-05-03', kind: 'decided' } },
      { text: 'On Rehearing, June 2, 1999', expect: { iso: '1999-06-02' } },
      { text: 'ON REHEARING: September 9, 2004', expect: { iso: '2004-09-09' } },
    ],
    counterexamples: ['On rehearing the court held on May 3, 1983 that', 'ON MOTION FOR REHEARING'],
  },
];
