/**
 * Rulings and kinds written in session 10 (fictional names): a release named first ("Motion for Release Pending Appeal and
 * for a Stay of Sentence" is no stay motion); a side that "proceeds pro se" and "Defendant's counsel, NAME, filed"; "After careful consideration of" a
 * motion presents it; a motion to extend the automatic stay is a stay motion; short names defined for a list of parties after one role word;
 * a motion for default judgment is the plaintiff's.
 */
import { describe, expect, it } from 'vitest';
import { expectMotions } from './motion-table.js';
import { sentenceAt } from '../../src/order/text-util.js';

type Want = { kind?: string; movant?: string | null; disposition: string | null; docEntry?: string | undefined; proSe?: boolean | null };
const crim = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\nBILLINGS DIVISION\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nOSWIN TARKANIAN-REYES,\nDefendant.\n\nCase No. 1:22-cr-00131\n\n${title}\n\n${body}\n`;

const civil = (body: string, title = 'ORDER') =>
  `UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nJETWELL OF DALLAS, INC.,\nPlaintiff,\nv.\nAQUAFINE, INC., et al.,\nDefendants.\n\nNo. 1:21-cv-07380\n\n${title}\n\n${body}\n`;

const cases: Array<[string, string, Want[]]> = [
  // A release of no listed kind named first: the later "stay" or "reconsideration" is part of the same filing.
  ['"Motion for Release Pending Appeal and for a Stay of Sentence (ECF No. 88)"',
    crim("Before the Court is Defendant's Motion for Release Pending Appeal and for a Stay of Sentence (ECF No. 88). For the reasons below, the motion is DENIED."),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '88' }]],
  ['"moves for release on bond pending sentencing and for reconsideration of the detention order"',
    crim('Defendant moves for release on bond pending sentencing and for reconsideration of the detention order (Doc. 30). The motion is DENIED.'),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '30' }]],
  ['"moves for a stay pending appeal and for release pending appeal": the stay is named first',
    crim('Defendant moves for a stay pending appeal and for release pending appeal (Doc. 30). The motion is DENIED.'),
    [{ kind: 'stay', movant: 'defendant', disposition: 'denied', docEntry: '30' }]],
  // Whether the filer has counsel, said in words of the order's own.
  ['"Because Defendant proceeds pro se, the court construes his filings liberally"',
    crim('Defendant filed a motion for compassionate release (Doc. 50). Because Defendant proceeds pro se, the court construes his filings liberally. The motion is denied.'),
    [{ kind: 'compassionate_release', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '50' }]],
  ['"Defendant\'s counsel, Jane Roe, filed a motion"',
    crim("Defendant's counsel, Marisol Quenneville, filed a motion for compassionate release (Doc. 50). The motion is denied."),
    [{ kind: 'compassionate_release', movant: 'defendant', proSe: false, disposition: 'denied', docEntry: '50' }]],
  ['"defendant\'s counsel has not filed a supplement" says nothing of the motion',
    crim("Defendant filed a motion for compassionate release (Doc. 50). Defendant's counsel has not filed a supplement. The motion is denied."),
    [{ kind: 'compassionate_release', movant: 'defendant', proSe: null, disposition: 'denied', docEntry: '50' }]],
  // A recital "After careful consideration of" presents the motion it names, with its filer.
  ['"After careful consideration of the appellant\'s opening brief, the appellee\'s motion to affirm, and the record"',
    'IN THE SUPREME COURT OF THE STATE OF DELAWARE\n\nBRANWEN ACHTERBERG,\nDefendant Below, Appellant,\nv.\nSTATE OF DELAWARE,\nPlaintiff Below, Appellee.\n\nNo. 211, 2021\n\nORDER\n\nAfter careful consideration of the appellant\'s opening brief, the appellee\'s motion to affirm, and the record on appeal, we conclude that the judgment below should be affirmed.\nNOW, THEREFORE, IT IS ORDERED that the motion to affirm is GRANTED and the judgment of the Superior Court is AFFIRMED.\n',
    [{ kind: 'other', movant: 'appellee', disposition: 'granted' }]],
  ['"After review of the defendant\'s motion to compel, the Court finds ... The motion to compel is DENIED"',
    crim("After review of the defendant's motion to compel discovery, the Court finds that the Government has produced everything Rule 16 requires. The motion to compel is DENIED."),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied' }]],
  // A debtor's motion to extend or impose the automatic stay is a stay motion.
  ['"Debtor\'s Motion to Extend the Automatic Stay (Doc. 14) is DENIED"',
    'UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF GEORGIA\n\nIn re: TAMSIN OYELARAN-FISKE, Debtor.\n\nCase No. 24-51234\n\nORDER\n\nThe Debtor\'s Motion to Extend the Automatic Stay (Doc. 14) under 11 U.S.C. § 362(c)(3) is DENIED.\n',
    [{ kind: 'stay', movant: 'debtor', disposition: 'denied', docEntry: '14' }]],
  // Short names the text defines for a list of parties after one role word.
  ['"defendants Aquafine, Inc. ("Aquafine"), APX Services, Inc. ("APX"), and Dora Kunst and Nils Kunst (collectively, "the Kunsts")"',
    civil('Plaintiffs Jetwell of Dallas, Inc. ("Jetwell") sued defendants Aquafine, Inc. ("Aquafine"), APX Services, Inc. ("APX"), and Dora Kunst and Nils Kunst (collectively, "the Kunsts"). The Kunsts have moved to dismiss the complaint (Doc. 15). The motion is denied.'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'denied', docEntry: '15' }]],
  ['"APX\'s motion" after the list names APX a defendant',
    civil('Plaintiffs Jetwell of Dallas, Inc. ("Jetwell") sued defendants Aquafine, Inc. ("Aquafine"), APX Services, Inc. ("APX"). Before the Court is APX\'s motion to dismiss (Doc. 22). The motion is granted.'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '22' }]],
  ['"Defendant, Cooperative Benefit Administrators, Inc. ("CBA")" ... "CBA\'s motion for summary judgment"',
    civil('Plaintiff brought this action against Defendant, Cooperative Benefit Administrators, Inc. ("CBA"). Currently before this Court is CBA\'s motion for summary judgment. (Doc. nos. 16-18). The motion is granted.'),
    [{ kind: 'summary_judgment', movant: 'defendant', disposition: 'granted' }]],
  // A default judgment is the suing party's.
  ['"ORDER GRANTING MOTION FOR DEFAULT JUDGMENT" with no filer named',
    civil('Defendant, although properly served with the summons and complaint, has failed to respond. For the reasons below, the motion is GRANTED.', 'ORDER GRANTING MOTION FOR DEFAULT JUDGMENT'),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'granted' }]],
  ['"motion to set aside the default judgment" is no plaintiff\'s',
    civil('The Motion to Set Aside the Default Judgment (Doc. 20) is GRANTED.'),
    [{ kind: 'other', movant: null, disposition: 'granted', docEntry: '20' }]],
  // Several parties move for relief of no listed kind with one verb, each by its own entry in the next sentence.
  ['"All three Defendants have moved to sever ... See Dkt. 65 (Hill); Dkt. 66 (Holmes); Dkt. 71 (Allgood)"',
    crim("All three Defendants have moved to sever the counts and to proceed to trial on count one alone. See Dkt. 65 (Hill); Dkt. 66\n(Holmes); Dkt. 71 (Allgood). For the following reasons, the Court will DENY Defendants' motions to sever."),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '65' }, { kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '66' }, { kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '71' }]],
  ['"Defendant has moved to sever. See Dkt. 65": one motion',
    crim('Defendant has moved to sever count two. See Dkt. 65. The motion to sever is DENIED.'),
    [{ kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '65' }]],
  // Rulings that name each motion by the entry it sits at.
  ['"grant the administrative motions at ECF No. 780 and ECF No. 814; grant in part ... at ECF Nos. 750, 798, and 817; and deny the administrative motion at ECF No. 825"',
    civil('The parties have moved to file several documents under seal. For the reasons set forth below, the Court will grant the administrative motions at ECF No. 780 and ECF No. 814; grant in part and deny in part the administrative motions at ECF Nos. 750, 798, and 817; and deny the administrative motion at ECF No. 825.'),
    [{ kind: 'other', disposition: 'granted', docEntry: '780' }, { kind: 'other', disposition: 'granted', docEntry: '814' }, { kind: 'other', disposition: 'granted_in_part', docEntry: '750' },
      { kind: 'other', disposition: 'granted_in_part', docEntry: '798' }, { kind: 'other', disposition: 'granted_in_part', docEntry: '817' }, { kind: 'other', disposition: 'denied', docEntry: '825' }]],
  ['"the motion to seal at ECF No. 40 ... the motion (ECF No. 52, the reply)": a bare cite after no "at" is still a brief\'s',
    civil('The Court grants the motion to seal at ECF No. 40. Plaintiff argues in the motion (ECF No. 52) that the exhibits hold trade secrets.'),
    [{ kind: 'other', disposition: 'granted', docEntry: '40' }]],
  // Filings of one relief told apart by filer and ordinal; a sentence that ends on a company's "N.A.".
  ['"grants Defendants\' First Motion for Protective Order ... grants Defendants\' Second Motion ..., but only as to Defendant U.S. Bancorp N.A. Finally, the Court denies Plaintiff\'s Motion for Protective Order"',
    civil("This matter is before the Court on Defendants' First Motion for Protective Order (doc. 59), Plaintiff's Motion for Protective Order (doc. 80), and Defendants' Second Motion for Protective Order (doc. 82). For the reasons set forth below, the Court grants Defendants' First Motion for Protective Order as to both Defendants. The Court also grants Defendants' Second Motion for Protective Order, but only as to Defendant Lakeview Bancorp N.A. Finally, the Court denies Plaintiff's Motion for Protective Order."),
    [{ kind: 'other', movant: 'defendant', disposition: 'granted', docEntry: '59' }, { kind: 'other', movant: 'plaintiff', disposition: 'denied', docEntry: '80' }, { kind: 'other', movant: 'defendant', disposition: 'granted_in_part', docEntry: '82' }]],
  ['"The Court denies Plaintiff\'s Motion to Compel" beside the defendants\' motion to compel',
    civil("Before the Court are Defendants' Motion to Compel (ECF No. 40) and Plaintiff's Motion to Compel (ECF No. 44). The Court grants Defendants' Motion to Compel. The Court denies Plaintiff's Motion to Compel."),
    [{ kind: 'other', movant: 'defendant', disposition: 'granted', docEntry: '40' }, { kind: 'other', movant: 'plaintiff', disposition: 'denied', docEntry: '44' }]],
  // An order on objections that names the report in prose is no report and recommendation: its "will be denied" rules.
  ['"filed a Report and Recommendation (R&R) [Doc. 22] in which he recommended ... Consequently, ... the underlying motion to suppress will be denied"',
    crim("On February 13, 2023, the magistrate judge filed a Report and Recommendation (R&R) [Doc. 22] in which he recommended that defendant's motion to suppress evidence [Doc. 9] be denied.\nThis matter is before the court on defendant's timely objections to the R&R [Doc. 26]. Consequently, defendant's objections will be overruled, the R&R will be accepted in whole, and the underlying motion to suppress will be denied.\nThe magistrate judge summarized the facts as follows:\nReport and Recommendation [Doc. 22, p. 13].\n", 'MEMORANDUM AND ORDER'),
    // (the objections are a filing the order overrules: session 11's convention, docs/order.md)
    [{ kind: 'suppress', movant: 'defendant', disposition: 'denied', docEntry: '9' }, { kind: 'other', movant: 'defendant', disposition: 'denied', docEntry: '26' }]],
  ['a report and recommendation titled so still only recommends',
    crim("REPORT AND RECOMMENDATION\n\nDefendant's motion to suppress evidence [Doc. 9] should be denied. It is RECOMMENDED that the motion be denied.", 'MEMORANDUM'),
    [{ kind: 'suppress', movant: 'defendant', disposition: null, docEntry: '9' }]],
  // A quotation closed on the next page does not put the ruling after it inside quotes.
  ['\'... placement in home confinement"). Because ..., the motion is DENIED\' after a page break',
    crim('This matter is before the court on defendant\'s pro se motion for home detention under the "Cares Act," (DE # 205). See United States v. Graywolf, 2020 WL 1943476, at *3 (E.D.N.C. Apr. 22, 2020) (holding the CARES Act "does not authorize the court to order\n\nPage 2\n\ndefendant\'s placement in home confinement"). Because the court does not have the authority to grant defendant the relief he requests, the motion is DENIED.'),
    [{ kind: 'home_confinement', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '205' }]],
  ['a ruling quoted from another order still is no ruling',
    crim('Defendant moves for home confinement (DE # 205). In Graywolf the court wrote, "the motion is DENIED because the Bureau decides." This Court agrees and will rule after the hearing.'),
    [{ kind: 'home_confinement', movant: 'defendant', disposition: null, docEntry: '205' }]],
  // "asks the court to appoint him counsel to help him prepare a § 2255 motion" asks for counsel.
  ['"asks the court to appoint him counsel to help him prepare a 28 U.S.C. § 2255 motion (Doc. 156)"',
    crim('Defendant, proceeding pro se, asks the court to appoint him counsel to help him prepare a 28 U.S.C. § 2255 motion (Doc. 156). The court denies the motion.'),
    [{ kind: 'appoint_counsel', movant: 'defendant', proSe: true, disposition: 'denied', docEntry: '156' }]],
  // Relief only one side of a trial-court case asks for names the side when no filer is named.
  ['"his motion to certify a class ... is denied": the plaintiff\'s',
    civil('Before the Court is his motion to certify a class of consumers (ECF No. 17). For the reasons explained here, the motion is denied.'),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'denied', docEntry: '17' }]],
  ['"renewed its motion for a preliminary injunction ... should be denied": the plaintiff\'s',
    civil('After eight months of discovery, the company renewed its motion for a preliminary injunction (ECF No. 30). The motion for a preliminary injunction is DENIED.'),
    [{ kind: 'other', movant: 'plaintiff', disposition: 'denied', docEntry: '30' }]],
  ['"ORDER granting 74 Motion to Dismiss for Lack of Jurisdiction": the defending side\'s',
    civil('ORDER granting 74 Motion to Dismiss for Lack of Jurisdiction.'),
    [{ kind: 'dismiss', movant: 'defendant', disposition: 'granted', docEntry: '74' }]],
  ['a counterclaim turns the sides: no side from the relief',
    civil('Defendant answered and asserted a counterclaim for breach of contract. The motion to dismiss (ECF No. 22) is GRANTED.'),
    [{ kind: 'dismiss', movant: null, disposition: 'granted', docEntry: '22' }]],
  ['a voluntary dismissal is no defending side\'s',
    civil('The motion for voluntary dismissal under Rule 41(a)(2) (ECF No. 22) is GRANTED.'),
    [{ movant: null, disposition: 'granted', docEntry: '22' }]],
  ['"Petitioner brings this Motion pro se"',
    crim('This matter comes before this Court on Petitioner Oswin Tarkanian-Reyes\' Motion under 28 U.S.C. § 2255 to Vacate, Set Aside, or Correct Sentence. ECF No. 64. For the reasons set forth below, Petitioner\'s Motion is DISMISSED. Petitioner brings this Motion pro se.'),
    [{ kind: 'section_2255', proSe: true, disposition: 'dismissed', docEntry: '64' }]],
  ['"the notice mailed out by Debtor\'s counsel": the debtor has counsel',
    'UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF GEORGIA\n\nIn re: TAMSIN OYELARAN-FISKE, Debtor.\n\nCase No. 24-51234\n\nORDER DENYING MOTION TO EXTEND AUTOMATIC STAY\n\nThe Debtor filed a Motion to Extend the Automatic Stay. Pursuant to the notice mailed out by Debtor\'s counsel, no hearing was held before the stay expired. The motion is DENIED.\n',
    [{ kind: 'stay', movant: 'debtor', proSe: false, disposition: 'denied' }]],
  // Appearance lines as reporters print them: lower-case sides, a firm's line naming the parties after the side.
  ['"..., Asst. Public Defender, Daytona Beach, for appellant." / "... for appellee." over "We grant appellee\'s motion for rehearing"',
    'Opinion\n\nNo. 87-1835.\n\nOctober 5, 1989.\n\nAppeal from the Circuit Court, Marion County.\n\nJames B. Roe, Public Defender, and Barbara L. Doe, Asst. Public Defender, Daytona Beach, for appellant.\n\nRobert A. Poe, Atty. Gen., Tallahassee, and Belle B. Moe, Asst. Atty. Gen., Daytona Beach, for appellee.\n\nON MOTION FOR REHEARING\n\nWe grant appellee\'s motion for rehearing and withdraw our prior opinion.\n',
    [{ kind: 'reconsideration', movant: 'appellee', proSe: false, disposition: 'granted' }]],
  ['"Peter J. Roe, Larson Kemp, LLP, St. Paul, MN, for Defendants ABC Bus Companies, Inc.; ..."',
    civil('Anna Poe, Poe Law, P.A., Minneapolis, MN, for Plaintiff Maggie Queen, Inc.\nPeter J. Roe, Larson Kemp, LLP, St. Paul, MN, for Defendants ABC Bus Companies, Inc.; and ABC Bus Leasing, Inc.\nDefendants move to transfer venue (ECF No. 12). The motion to transfer venue is granted.'),
    [{ kind: 'other', movant: 'defendant', proSe: false, disposition: 'granted', docEntry: '12' }]],
];

describe('session-10 rulings', () => {
  it.each(cases)('%s', (_name, text, want) => expectMotions(text, want));
});

describe('session-10 sentences: a name may end a sentence on its suffix', () => {
  it.each([
    ['as to Defendant Lakeview Bancorp N.A. Finally, the Court denies the motion.', 'Finally', true],
    ['the motion filed by Acme Co. The Court denies it.', 'The Court', true],
    ['the motion of Roe Holdings, Inc. IT IS ORDERED that it is denied.', 'IT IS', true],
    ['relies on Wells Fargo Bank, N.A. v. Ostrowski, 2019 WL 1234567.', 'v. Ostrowski', false],
    ['filed by Acme Co. Plaintiff responded.', 'Plaintiff', false],
    ['see Roe v. Doe, 12 F.4th 3 (4th Cir. 2021). The Court denies it.', 'The Court', true],
  ])('%j', (text, at, starts) => {
    const pos = text.indexOf(at);
    expect(sentenceAt(text, pos)[0] === pos).toBe(starts);
  });
});
