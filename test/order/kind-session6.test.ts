/**
 * Session 6's kind names, in invented orders (fictional parties): a motion named by its rule ("Rule 12(b)(6) motion",
 * "Rule 56 motion"), other names of a dismissal (involuntary dismissal, quashing an indictment), of a stay (abeyance) and
 * of an extension (out of time), a civil motion to vacate (no § 2255), and a relief whose object is another filing ("to
 * seal exhibits to its summary judgment motion" is no summary-judgment motion).
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';
import { CAPTIONS, type Caption } from './movant-session6-cases.js';

const cases: Array<[string, Caption, string, { kind: string; movant?: string | null; docEntry?: string | null; disposition?: string | null }[]]> = [
  // A motion named by the rule it is brought under
  ['Rule 12(b)(6) motion', 'civil', "Defendant Acme has filed a Rule 12(b)(6) motion. (ECF No. 15.) Defendant's Rule 12(b)(6) motion (ECF No. 15) is GRANTED.", [{ kind: 'dismiss', movant: 'defendant', docEntry: '15', disposition: 'granted' }]],
  ['Fed. R. Civ. P. 12(b)(1) motion', 'ftca', "The United States' Fed. R. Civ. P. 12(b)(1) motion (ECF No. 22) is GRANTED for lack of jurisdiction.", [{ kind: 'dismiss', docEntry: '22', disposition: 'granted' }]],
  ['motion under Rule 12(b)(6)', 'civil', "Acme's motion under Rule 12(b)(6) (ECF No. 31) is DENIED.", [{ kind: 'dismiss', movant: 'defendant', docEntry: '31', disposition: 'denied' }]],
  ['Rule 56 motion', 'civil', "The defendant's Rule 56 motion (Docket No. 61) contends that the claim is time-barred. The Rule 56 motion (Docket No. 61) is DENIED.", [{ kind: 'summary_judgment', movant: 'defendant', docEntry: '61', disposition: 'denied' }]],
  ['motion pursuant to Fed. R. Civ. P. 56', 'civil', "Plaintiff's motion pursuant to Fed. R. Civ. P. 56 (ECF No. 70) is GRANTED as to liability.", [{ kind: 'summary_judgment', movant: 'plaintiff', docEntry: '70' }]],
  ['FRCP 56 motion of a county', 'civil', "The County's FRCP 56 motion (Dkt. 44) is DENIED.", [{ kind: 'summary_judgment', movant: 'defendant', docEntry: '44', disposition: 'denied' }]],
  // Other names of a dismissal
  ['Motion for Involuntary Dismissal', 'civil', "Defendant's Motion for Involuntary Dismissal (Doc. 44) is GRANTED, and this case is DISMISSED WITH PREJUDICE.", [{ kind: 'dismiss', movant: 'defendant', docEntry: '44', disposition: 'granted' }]],
  ['moves to quash the indictment', 'crim', 'Defendant moves to quash the indictment, arguing that the grand jury was misinstructed. (R. Doc. 51.) The motion to quash the indictment (R. Doc. 51) is DENIED.', [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied' }]],
  ['motion to quash the superseding indictment', 'crim', "Defendant's motion to quash the superseding indictment (Doc. 90) is DENIED.", [{ kind: 'dismiss', movant: 'defendant', docEntry: '90', disposition: 'denied' }]],
  // A stay by another name
  ['Motion to Hold Case in Abeyance', 'civil', "Plaintiff's Motion to Hold Case in Abeyance (ECF 61) is GRANTED pending the Sixth Circuit's decision.", [{ kind: 'stay', movant: 'plaintiff', docEntry: '61', disposition: 'granted' }]],
  ['moves to hold this action in abeyance', 'habeas', 'Petitioner moves to hold this action in abeyance while he exhausts a claim in state court. (ECF No. 19.) The motion is GRANTED.', [{ kind: 'stay', movant: 'petitioner', docEntry: '19', disposition: 'granted' }]],
  ['motion for abeyance', 'habeas', "Respondent's motion for abeyance (ECF No. 25) is DENIED.", [{ kind: 'stay', movant: 'respondent', docEntry: '25', disposition: 'denied' }]],
  // An extension by another name
  ['Motion for Leave to File Response Out of Time', 'civil', "Defendant's Motion for Leave to File Response Out of Time (Doc. 40) explains that counsel was ill. The motion (Doc. 40) is GRANTED.", [{ kind: 'extension_of_time', movant: 'defendant', docEntry: '40', disposition: 'granted' }]],
  ['motion to file a notice of appeal out of time', 'crim', "Defendant's motion to file a notice of appeal out of time (ECF No. 130) is DENIED.", [{ kind: 'extension_of_time', movant: 'defendant', docEntry: '130', disposition: 'denied' }]],
  ['motion for more time to file objections', 'prisoner', "Plaintiff's motion for more time to file objections (Doc. 55) is GRANTED.", [{ kind: 'extension_of_time', movant: 'plaintiff', docEntry: '55', disposition: 'granted' }]],
  // A civil motion to vacate is no § 2255 motion
  ["moves to vacate the Clerk's entry of default", 'civil', "Defendant Acme moves to vacate the Clerk's entry of default. (ECF No. 15.) The motion is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '15', disposition: 'granted' }]],
  ['motion to vacate the arbitration award', 'civil', "Plaintiff's motion to vacate the arbitration award (Dkt. 12) is DENIED.", [{ kind: 'other', movant: 'plaintiff', docEntry: '12', disposition: 'denied' }]],
  ['a bare Motion to Vacate in a contract case', 'civilUntitled', "ORDER\n\nDefendant's Motion to Vacate (ECF No. 30) the default judgment is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '30', disposition: 'granted' }]],
  ['motion to vacate his sentence stays § 2255', 'crim', "Defendant's motion to vacate his sentence (Doc. 140) is DENIED.", [{ kind: 'section_2255', movant: 'defendant', docEntry: '140', disposition: 'denied' }]],
  ['a bare Motion to Vacate in a criminal case stays § 2255', 'crim', "Defendant's Motion to Vacate (Doc. 141) argues that counsel failed to file an appeal. The Motion to Vacate (Doc. 141) is DENIED.", [{ kind: 'section_2255', movant: 'defendant', docEntry: '141', disposition: 'denied' }]],
  // A relief whose object is another filing
  ['seal exhibits to its summary judgment motion', 'civil', "Defendant Acme's motion to file under seal Exhibits 3 and 9 to its motion for summary judgment [84] is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '84', disposition: 'granted' }]],
  ['supplement his compassionate release motion', 'crim', "Defendant's motion to supplement his compassionate release motion (Doc. 461) is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '461', disposition: 'granted' }]],
  ['withdraw the § 2255 motion', 'crim', "Defendant's motion to withdraw his pending § 2255 motion (Doc. 88) is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '88', disposition: 'granted' }]],
  ['continue the suppression hearing', 'crim', "Defendant's motion to continue the hearing on his motion to suppress (Doc. 66) is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '66', disposition: 'granted' }]],
  ['strike the summary judgment reply', 'civil', "Plaintiff's motion to strike Acme's summary judgment reply (ECF No. 77) is DENIED.", [{ kind: 'other', movant: 'plaintiff', docEntry: '77', disposition: 'denied' }]],
  // Policy statements and amendments name the reduction
  ['Motion for Retroactive Application of the Sentencing Guidelines', 'crim', "Defendant's Motion for Retroactive Application of the Sentencing Guidelines (DE 141) is DENIED.", [{ kind: 'sentence_reduction_3582c2', movant: 'defendant', docEntry: '141', disposition: 'denied' }]],
  ['reduction under U.S.S.G. § 1B1.10', 'crim', "Defendant's motion for a reduction under U.S.S.G. § 1B1.10 (Doc. 88) is GRANTED.", [{ kind: 'sentence_reduction_3582c2', movant: 'defendant', docEntry: '88', disposition: 'granted' }]],
  ['Motion to Reduce Sentence under Amendment 814', 'crim', "Defendant's Motion to Reduce Sentence under Amendment 814 (Dkt. 301) is DENIED without prejudice.", [{ kind: 'compassionate_release', movant: 'defendant', docEntry: '301', disposition: 'denied_without_prejudice' }]],
  ['relief under § 1B1.13(b)(6)', 'crim', "Defendant's motion for relief under U.S.S.G. § 1B1.13(b)(6) (Doc. 310) is DENIED.", [{ kind: 'compassionate_release', movant: 'defendant', docEntry: '310', disposition: 'denied' }]],
  // A motion that answers or converts another names it as its object
  ['Motion to Extend Time to Respond to Motion to Dismiss', 'civil', "Plaintiff's Motion to Extend Time to Respond to Motion to Dismiss (Doc. 16) is DENIED as moot.", [{ kind: 'extension_of_time', movant: 'plaintiff', docEntry: '16', disposition: 'moot' }]],
  ['motion for leave to reply to the opposition to the motion for summary judgment', 'civil', "Acme's motion for leave to file a reply to Plaintiff's response to its motion for summary judgment (ECF No. 70) is GRANTED.", [{ kind: 'other', movant: 'defendant', docEntry: '70', disposition: 'granted' }]],
];

function read(caption: Caption, body: string) {
  return readOrder(CAPTIONS[caption] + body + '\n').motions.map((m) => ({ kind: m.kind.value, movant: m.movant?.value ?? null, docEntry: m.docEntry?.value ?? null, disposition: m.disposition?.value ?? null }));
}

describe('kind names of session 6', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    const got = read(caption, body);
    expect(got.length).toBe(want.length);
    want.forEach((w, i) => {
      const g = got[i] as Record<string, unknown>;
      expect(Object.fromEntries(Object.keys(w).map((k) => [k, g[k]]))).toEqual(w);
    });
  });
});
