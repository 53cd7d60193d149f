/**
 * Motions read in session 12 (fictional names): a title's words are no names after a party word on the line above
 * ("Attorney for the Defendant\nMEMORANDUM ... GRANTING PLAINTIFFS' MOTION"), and a party styled with two roles at once
 * ("plaintiff-creditor ... the creditor's motion") files one motion.
 */
import { describe, it } from 'vitest';
import { expectMotions } from './motion-table.js';

const adversary = (head: string, body: string) =>
  `UNITED STATES BANKRUPTCY COURT\nDISTRICT OF CONNECTICUT\n\nIn re: HALVORSEN TOOL WORKS, LLC, Debtor.\n\nCase No. 19-51234 (ABC)\nAdv. Pro. No. 20-5011\n\n${head}\n\n${body}\n`;

describe('session-12 motions', () => {
  it.each([
    ['the title\'s possessive, not the counsel line above it, names the movant',
      adversary("Ruth Okafor, Okafor Law LLC, Hartford, CT, Attorney for the Defendant\nMEMORANDUM OF DECISION AND ORDER GRANTING PLAINTIFFS' MOTION FOR SUMMARY JUDGMENT",
        "Before the Court is the Plaintiffs' Motion for Summary Judgment on both counts of the Complaint. ECF No. 23. For the reasons that follow, the Motion for Summary Judgment is granted."),
      [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'granted', docEntry: '23' }]],
    ['"Defendant Acme Corp.\'s motion" still names its filer',
      adversary('ORDER', "Defendant Lakeshore Dairy Corp.'s motion to dismiss (ECF No. 12) is DENIED."),
      [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '12' }]],
    ['"plaintiff-creditor" and "the creditor\'s motion" are one filer',
      adversary('MEMORANDUM OF OPINION',
        'This proceeding is before the Court on the motion for summary judgment (Docket No. 17) of plaintiff-creditor Lakeshore Funding, Inc. ("the creditor"). For the reasons that follow, the creditor\'s motion for summary judgment is denied.'),
      [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'denied', docEntry: '17' }]],
    ['a creditor and a plaintiff with no compound role stay two filers',
      adversary('ORDER',
        'The plaintiff moved for summary judgment (Docket No. 17). A creditor, Lakeshore Funding, Inc., moved for summary judgment (Docket No. 19). The creditor\'s motion for summary judgment is denied. The plaintiff\'s motion for summary judgment is granted.'),
      [{ kind: 'summary_judgment', movant: 'plaintiff', disposition: 'granted', docEntry: '17' }, { kind: 'summary_judgment', movant: 'creditor', disposition: 'denied', docEntry: '19' }]],
  ] as Array<[string, string, Array<Record<string, unknown>>]>)('%s', (_name, text, want) => expectMotions(text, want));
});
