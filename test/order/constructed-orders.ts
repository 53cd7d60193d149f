/**
 * Short constructed orders (fictional names and numbers) in many courts' styles, each with the facts
 * readOrder must read. A case lists only the fields it asserts; `motions` lists every motion decided.
 */
export interface ExpectedMotion {
  kind: string;
  docEntry?: string | null;
  movant?: string | null;
  proSe?: boolean | null;
  disposition: string | null;
}

export interface ConstructedOrder {
  name: string;
  text: string;
  court?: string | null;
  division?: string | null;
  docket?: string | null;
  caseType?: string | null;
  caseName?: string;
  title?: string | null;
  judge?: string | null;
  judgeTitle?: string;
  date?: string | null;
  dateKind?: string;
  motions?: ExpectedMotion[];
}

export const constructedOrders: ConstructedOrder[] = [
  {
    name: 'W.D.N.C. decretal order, Signed: line',
    text: `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF NORTH CAROLINA
CHARLOTTE DIVISION
DOCKET NO. 3:19-CR-00412-RJC-DCK

UNITED STATES OF AMERICA,

vs.

TOBIAS WENDELL MARCHETTI,

Defendant.

ORDER

THIS MATTER is before the Court on Defendant's pro se Motion for Compassionate Release, (Doc. No. 61). The Government opposes the motion. (Doc. No. 64).

The Government argues that the motion should be denied because Defendant has not exhausted his administrative remedies. The Court agrees that he has not.

IT IS, THEREFORE, ORDERED that Defendant's pro se Motion for Compassionate Release, (Doc. No. 61), is DENIED without prejudice.

Signed: March 4, 2021

Robert J. Conrad, Jr.
United States District Judge`,
    court: 'ncwd', division: 'Charlotte Division', docket: '3:19-cr-00412', caseType: 'criminal',
    caseName: 'United States v. Tobias Wendell Marchetti', title: 'ORDER', judge: 'Robert J. Conrad, Jr.', date: '2021-03-04', dateKind: 'signed',
    motions: [{ kind: 'compassionate_release', docEntry: '61', movant: 'defendant', proSe: true, disposition: 'denied_without_prejudice' }],
  },
  {
    name: 'D.D.C. memorandum opinion, Criminal Action No. with initials',
    text: `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA

UNITED STATES OF AMERICA

v.

DESMOND P. OKAFOR,

Defendant.

Criminal Action No. 14-288 (RDM)

MEMORANDUM OPINION AND ORDER

Pending before the Court is defendant Desmond P. Okafor's Motion for Compassionate Release, ECF No. 212. For the reasons that follow, the motion is GRANTED.

Okafor is 68 years old and suffers from heart failure.

For the foregoing reasons, it is hereby ORDERED that Defendant's Motion for Compassionate Release, ECF No. 212, is GRANTED, and his sentence is reduced to time served.

SO ORDERED.

/s/ Rachel D. Mendoza
RACHEL D. MENDOZA
United States District Judge

Date: June 2, 2021`,
    court: 'dcd', docket: '14-288', caseType: 'criminal', title: 'MEMORANDUM OPINION AND ORDER', judge: 'RACHEL D. MENDOZA', date: '2021-06-02', dateKind: 'signed',
    motions: [{ kind: 'compassionate_release', docEntry: '212', movant: 'defendant', disposition: 'granted' }],
  },
  {
    name: 'E.D. La. order and reasons, R. Doc. and section',
    text: `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

UNITED STATES OF AMERICA                                   CRIMINAL ACTION

VERSUS                                                     No. 17-201

LUCIEN BOUDREAUX                                           SECTION "F"

ORDER AND REASONS

Before the Court is defendant Lucien Boudreaux's motion for a reduction of sentence under 18 U.S.C. § 3582(c)(1)(A). R. Doc. No. 98. For the following reasons, the motion is DISMISSED WITHOUT PREJUDICE.

Boudreaux has not shown that he asked the warden for relief thirty days before filing.

New Orleans, Louisiana, July 9, 2020.

MARTIN L. C. FELDMAN
UNITED STATES DISTRICT JUDGE`,
    court: 'laed', docket: '17-201', title: 'ORDER AND REASONS', judge: 'MARTIN L. C. FELDMAN', date: '2020-07-09',
    motions: [{ kind: 'compassionate_release', docEntry: '98', movant: 'defendant', disposition: 'dismissed_without_prejudice' }],
  },
  {
    name: 'S.D.N.Y. order, judge line under caption, bare date block',
    text: `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

UNITED STATES OF AMERICA,

-against-

KWAME ASANTE-BOATENG,

Defendant.

16 Cr. 519 (LGS)

ORDER

LORENA G. SHAPIRO, United States District Judge:

WHEREAS, on March 2, 2021, Defendant filed a pro se letter motion seeking a sentence reduction under 18 U.S.C. § 3582(c)(1)(A) (Dkt. No. 301);

WHEREAS, the Government filed its opposition on March 30, 2021 (Dkt. No. 309);

It is hereby ORDERED that Defendant's motion for a sentence reduction is DENIED.

Dated: April 19, 2021
New York, New York`,
    court: 'nysd', docket: '16-cr-00519', caseType: 'criminal', title: 'ORDER', judge: 'LORENA G. SHAPIRO', date: '2021-04-19',
    motions: [{ kind: 'compassionate_release', docEntry: '301', disposition: 'denied' }],
  },
  {
    name: 'E.D. Mich. opinion, ECF No. brackets in title, "this 3rd day of" date',
    text: `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

UNITED STATES OF AMERICA,
Plaintiff,
v.                                            Case No. 15-cr-20377
                                              Hon. Terrence P. Gallo
MARISOL VANTERPOOL,
Defendant.
_______________________________/

OPINION AND ORDER DENYING DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE [71]

Defendant Marisol Vanterpool moves for compassionate release. (ECF No. 71.) The government responded. (ECF No. 74.) The Court will deny the motion.

Courts in this district have granted compassionate release to inmates with serious conditions. See United States v. Brandt, 445 F. Supp. 3d 201, 205 (E.D. Mich. 2020) (granting compassionate release). Vanterpool has no such condition.

SO ORDERED this 3rd day of September, 2020.

s/Terrence P. Gallo
TERRENCE P. GALLO
UNITED STATES DISTRICT JUDGE`,
    court: 'mied', division: 'Southern Division', docket: '15-cr-20377', caseType: 'criminal', date: '2020-09-03', dateKind: 'signed', judge: 'TERRENCE P. GALLO',
    motions: [{ kind: 'compassionate_release', docEntry: '71', movant: 'defendant', disposition: 'denied' }],
  },
  {
    name: 'two motions, different dispositions in one decretal paragraph',
    text: `UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA
TAMPA DIVISION

UNITED STATES OF AMERICA

v.                                    Case No. 8:18-cr-00233-T-33AAS

BENEDIKT HALVORSEN
____________________________________/

ORDER

This matter comes before the Court on Defendant Benedikt Halvorsen's pro se Motion for Compassionate Release (Doc. # 145) and his Motion to Appoint Counsel (Doc. # 146). The United States responded in opposition to the first motion. (Doc. # 150).

Accordingly, it is ORDERED, ADJUDGED, and DECREED:
(1) Defendant's pro se Motion for Compassionate Release (Doc. # 145) is DENIED.
(2) Defendant's Motion to Appoint Counsel (Doc. # 146) is DENIED AS MOOT.

DONE and ORDERED in Chambers in Tampa, Florida, this 17th day of November, 2020.`,
    court: 'flmd', division: 'Tampa Division', docket: '8:18-cr-00233', date: '2020-11-17', dateKind: 'signed',
    motions: [
      { kind: 'compassionate_release', docEntry: '145', movant: 'defendant', proSe: true, disposition: 'denied' },
      { kind: 'appoint_counsel', docEntry: '146', disposition: 'moot' },
    ],
  },
  {
    name: 'granted in part and denied in part, active voice',
    text: `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF KANSAS

UNITED STATES OF AMERICA,
Plaintiff,

v.                                   Case No. 11-20045-02-HLT

ARLO JEFFERSON PRUITT,
Defendant.

MEMORANDUM AND ORDER

This matter is before the court on defendant Arlo Jefferson Pruitt's Motion to Reduce Sentence under Section 404 of the First Step Act (Doc. 388). For the reasons explained below, the court grants the motion in part and denies it in part.

IT IS THEREFORE ORDERED BY THE COURT THAT defendant's Motion to Reduce Sentence (Doc. 388) is granted in part and denied in part.

IT IS SO ORDERED.

Dated this 12th day of January, 2021, at Kansas City, Kansas.

s/ Holly L. Tanaka
HOLLY L. TANAKA
United States District Judge`,
    court: 'ksd', docket: '11-20045', title: 'MEMORANDUM AND ORDER', date: '2021-01-12', judge: 'HOLLY L. TANAKA',
    motions: [{ kind: 'fsa_404', docEntry: '388', movant: 'defendant', disposition: 'granted_in_part' }],
  },
  {
    name: 'recited argument and history never decide; decretal does',
    text: `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF OHIO
EASTERN DIVISION

UNITED STATES OF AMERICA,          )   CASE NO. 1:12-CR-00310
                                   )
          Plaintiff,               )
                                   )   JUDGE DELPHINE A. ROARK
     v.                            )
                                   )
GIDEON THRASHER,                   )   MEMORANDUM OPINION
                                   )   AND ORDER
          Defendant.               )

Before the Court is Defendant Gideon Thrasher's renewed motion for compassionate release. (Doc. No. 120.) In 2020, the Court denied his first motion. (Doc. No. 101.) The government contends that the renewed motion should likewise be denied. The defendant asks the Court to grant the motion because of his age.

The Court finds extraordinary and compelling reasons. Accordingly, the renewed motion for compassionate release is GRANTED.

IT IS SO ORDERED.

Dated: May 11, 2022                        s/ Delphine A. Roark
                                           DELPHINE A. ROARK
                                           UNITED STATES DISTRICT JUDGE`,
    court: 'ohnd', division: 'Eastern Division', docket: '1:12-cr-00310', date: '2022-05-11',
    motions: [{ kind: 'compassionate_release', docEntry: '120', movant: 'defendant', disposition: 'granted' }],
  },
  {
    name: 'citation parenthetical and quotation are not rulings; no decretal: unknown',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

UNITED STATES OF AMERICA
v.
PRIYA VENKATARAMAN

Crim. No. 19-00644 (KSH)

OPINION

Defendant Priya Venkataraman moves for compassionate release. (D.E. 58.) Other courts have granted such motions. See United States v. Lorne, 2020 WL 1234567, at *2 (D.N.J. Apr. 1, 2020) (granting compassionate release to a diabetic inmate). The Third Circuit has said that a court "may deny a motion for compassionate release" when the § 3553(a) factors weigh against it.

The Court will hear argument on June 1, 2020.`,
    court: 'njd', docket: '19-00644',
    motions: [{ kind: 'compassionate_release', docEntry: '58', movant: 'defendant', disposition: null }],
  },
  {
    name: 'successive § 2255 dismissed for lack of jurisdiction',
    text: `IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF VIRGINIA
ROANOKE DIVISION

CORNELIUS B. WHITTAKER,              )
     Petitioner,                       )   Civil Action No. 7:21-cv-00502
                                       )   Criminal Action No. 7:09-cr-00031
v.                                     )
                                       )   MEMORANDUM OPINION
UNITED STATES OF AMERICA,              )
     Respondent.                       )   By: Hon. Ellis T. Langford
                                       )   United States District Judge

Cornelius B. Whittaker, a federal inmate proceeding pro se, filed a motion to vacate, set aside, or correct sentence under 28 U.S.C. § 2255. ECF No. 144. Because Whittaker has filed a prior § 2255 motion and has not obtained certification from the court of appeals, the court must dismiss his motion as successive. Accordingly, the motion is DISMISSED for lack of jurisdiction.

ENTERED: 09/30/2021`,
    court: 'vawd', division: 'Roanoke Division', docket: '7:21-cv-00502', date: '2021-09-30', dateKind: 'entered',
    caseName: 'Cornelius B. Whittaker v. United States',
    motions: [{ kind: 'section_2255', docEntry: '144', disposition: 'dismissed' }],
  },
  {
    name: 'government motion to dismiss granted, civil case',
    text: `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

HARMONY GRAIN COOPERATIVE,
Plaintiff,
v.                                        No. 1:22-cv-04417
DEPARTMENT OF AGRICULTURE,
Defendant.

MEMORANDUM OPINION AND ORDER

Defendant's motion to dismiss [14] is granted. The complaint is dismissed without prejudice.

Plaintiff argues that the motion should be denied because it exhausted its claims. It did not.

ENTER:

Date: 3/15/2023                              ____________________________
                                             Winifred O. Castellanos
                                             United States District Judge`,
    court: 'ilnd', docket: '1:22-cv-04417', caseType: 'civil', date: '2023-03-15', judge: 'Winifred O. Castellanos',
    motions: [{ kind: 'dismiss', docEntry: '14', movant: 'defendant', disposition: 'granted' }],
  },
  {
    name: 'summary judgment granted in part, numbered ECF',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

ROSALIND ACHTERBERG,
Plaintiff,
v.
COASTLINE FREIGHT, INC.,
Defendant.

Civil Action No. 20-11873-FDS

MEMORANDUM AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

This is an employment dispute. Defendant Coastline Freight, Inc. has moved for summary judgment. (ECF No. 44). For the following reasons, the motion will be granted in part and denied in part.

So Ordered.

/s/ F. Dennis Saylor
F. Dennis Saylor
Chief Judge, United States District Court

Dated: August 30, 2022`,
    court: 'mad', docket: '20-11873', caseType: 'civil', date: '2022-08-30',
    motions: [{ kind: 'summary_judgment', docEntry: '44', movant: 'defendant', disposition: 'granted_in_part' }],
  },
  {
    name: 'bankruptcy court, In re debtor, chapter case number',
    text: `UNITED STATES BANKRUPTCY COURT
EASTERN DISTRICT OF KENTUCKY
LEXINGTON DIVISION

IN RE:

HOLLIS GRANGER MCALLISTER                        CASE NO. 18-50123-GRS
DEBTOR                                           CHAPTER 7

MEMORANDUM OPINION AND ORDER

The Chapter 7 Trustee's Motion to Compel Turnover [ECF No. 88] is before the Court. The Debtor opposes the motion. For the reasons below, the Trustee's Motion is GRANTED.

Signed By:
Gregory R. Schaaf
Bankruptcy Judge
Dated: Tuesday, May 14, 2019`,
    court: 'kyeb', docket: '18-50123', caseType: 'bankruptcy', title: 'MEMORANDUM OPINION AND ORDER',
    motions: [{ kind: 'other', docEntry: '88', movant: 'trustee', disposition: 'granted' }],
  },
  {
    name: 'court of appeals, panel, per curiam affirmance (no motion)',
    text: `UNITED STATES COURT OF APPEALS
FOR THE FOURTH CIRCUIT

No. 20-6543

UNITED STATES OF AMERICA,
Plaintiff - Appellee,
v.
JAMAL ORTEGA-PRICE,
Defendant - Appellant.

Appeal from the United States District Court for the Eastern District of Virginia, at Norfolk.

Submitted: October 20, 2020                    Decided: November 3, 2020

Before WYNN, DIAZ, and RUSHING, Circuit Judges.

Affirmed by unpublished per curiam opinion.

PER CURIAM:

Jamal Ortega-Price appeals the district court's order denying his motion for compassionate release. We have reviewed the record and find no reversible error. Accordingly, we affirm.`,
    court: 'ca4', docket: '20-6543', caseType: 'appeal', date: '2020-11-03', dateKind: 'decided',
    motions: [],
  },
  {
    name: 'home confinement under the CARES Act denied, Dkt. cites',
    text: `UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF PENNSYLVANIA

UNITED STATES OF AMERICA           :
                                   :     No. 3:17-CR-00121
     v.                            :
                                   :     (Judge Whitcombe)
OSWALDO REYES-FONTAINE             :

MEMORANDUM

Presently before the Court is Defendant Oswaldo Reyes-Fontaine's pro se Motion for Release to Home Confinement under the CARES Act. (Dkt. 88). Because the Bureau of Prisons alone decides placement, the motion is DENIED.

BY THE COURT:

s/ Everett J. Whitcombe
Everett J. Whitcombe
United States District Judge

Dated: May 26, 2020`,
    court: 'pamd', docket: '3:17-cr-00121', date: '2020-05-26', judge: 'Everett J. Whitcombe',
    motions: [{ kind: 'home_confinement', docEntry: '88', movant: 'defendant', proSe: true, disposition: 'denied' }],
  },
  {
    name: '3582(c)(2) amendment motion, Amendment 782, (#40) cites',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF NEVADA

UNITED STATES OF AMERICA,
Plaintiff,
vs.
DARIUS KELLERMAN,
Defendant.

Case No. 2:13-cr-00198-APG-GWF

ORDER DENYING MOTION TO REDUCE SENTENCE (#40)

Defendant Darius Kellerman moves to reduce his sentence under 18 U.S.C. § 3582(c)(2) and Amendment 782. (#40). The government argues that the motion should be granted only in part. Kellerman was sentenced as a career offender, so Amendment 782 does not lower his range.

IT IS THEREFORE ORDERED that the motion to reduce sentence (#40) is DENIED.

DATED this 2nd day of February, 2016.

ANDREA P. GUTIERREZ
UNITED STATES DISTRICT JUDGE`,
    court: 'nvd', docket: '2:13-cr-00198', date: '2016-02-02', judge: 'ANDREA P. GUTIERREZ',
    motions: [{ kind: 'sentence_reduction_3582c2', docEntry: '40', disposition: 'denied' }],
  },
  {
    name: 'motion to suppress held in abeyance; motion in limine withdrawn',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

United States of America,
Plaintiff,
v.                                        No. CR-22-00871-PHX-DLR
Felipe Aurelio Castañeda,
Defendant.

ORDER

Before the Court are Defendant's Motion to Suppress (Doc. 52) and Defendant's Motion in Limine (Doc. 57). At the hearing, defense counsel stated that the motion in limine is withdrawn.

IT IS ORDERED that Defendant's Motion to Suppress (Doc. 52) is held in abeyance pending an evidentiary hearing.

IT IS FURTHER ORDERED that Defendant's Motion in Limine (Doc. 57) is deemed withdrawn.

Dated this 8th day of August, 2023.`,
    court: 'azd', docket: '22-cr-00871', date: '2023-08-08',
    motions: [
      { kind: 'suppress', docEntry: '52', movant: 'defendant', disposition: 'deferred' },
      { kind: 'in_limine', docEntry: '57', movant: 'defendant', disposition: 'withdrawn' },
    ],
  },
  {
    name: 'court of appeals for the Ninth Circuit, In the Matter Of style absent, memorandum',
    text: `NOT FOR PUBLICATION

UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT

FILED
MAR 15 2022

UNITED STATES OF AMERICA,              No. 21-10234
Plaintiff-Appellee,
v.                                     D.C. No. 2:18-cr-00077-JAM-1
ESPERANZA QUINTERO-LUNA,
Defendant-Appellant.                   MEMORANDUM

Appeal from the United States District Court for the Eastern District of California

Before: WARDLAW, BEA, and MILLER, Circuit Judges.

Esperanza Quintero-Luna appeals from the district court's order denying her motion for compassionate release. We affirm.`,
    court: 'ca9', caseType: 'appeal', motions: [],
  },
  {
    name: 'Doc. No. in brackets, government movant, granted; Entered date',
    text: `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF TENNESSEE
AT KNOXVILLE

UNITED STATES OF AMERICA,           )
                                    )
v.                                  )    No. 3:19-CR-00061-KAC-DCP
                                    )
BRENNAN LOWELL ASHWORTH.            )

MEMORANDUM AND ORDER

This criminal case is before the Court on the United States' Motion for Extension of Time to file its response [Doc. 77]. For good cause shown, the motion [Doc. 77] is GRANTED.

IT IS SO ORDERED.

ENTER:
s/ Katherine A. Crutchfield
United States District Judge`,
    court: 'tned', docket: '3:19-cr-00061',
    motions: [{ kind: 'extension_of_time', docEntry: '77', movant: 'government', disposition: 'granted' }],
  },
  {
    name: 'motion for reconsideration denied; earlier compassionate-release denial is history',
    text: `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF TEXAS
SAN ANTONIO DIVISION

UNITED STATES OF AMERICA
v.                                              SA-15-CR-00412-OLG
MATEO ILDEFONSO ZAPATA-REYNA

ORDER

Before the Court is Defendant's Motion for Reconsideration (ECF No. 190) of the Court's order denying his motion for compassionate release (ECF No. 185). The Court previously denied compassionate release because Defendant had not exhausted. Nothing in the motion changes that analysis. The Motion for Reconsideration (ECF No. 190) is therefore DENIED.

It is so ORDERED.

SIGNED this 21st day of December, 2020.

ORLANDO L. GARZA-VIDAL
UNITED STATES DISTRICT JUDGE`,
    court: 'txwd', division: 'San Antonio Division', date: '2020-12-21', judge: 'ORLANDO L. GARZA-VIDAL',
    motions: [{ kind: 'reconsideration', docEntry: '190', movant: 'defendant', disposition: 'denied' }],
  },
  {
    name: 'docket text order, Signed by Judge',
    text: `ORDER denying [55] Motion for Compassionate Release as to Vladislav Petrenko (1). The Court finds that Defendant has not exhausted his administrative remedies. Signed by Judge Marguerite L. Oyelaran on 8/10/2020. (kls)`,
    judge: 'Marguerite L. Oyelaran', date: '2020-08-10', dateKind: 'signed',
    motions: [{ kind: 'compassionate_release', docEntry: '55', disposition: 'denied' }],
  },
  {
    name: 'report and recommendation: a recommendation is not a ruling',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

Harlan Q. Oyelowo,
Petitioner,
v.                                   Case No. 21-cv-01455 (NEB/LIB)
Warden Sharpe,
Respondent.

REPORT AND RECOMMENDATION

This matter is before the undersigned on Petitioner's Petition for a Writ of Habeas Corpus under 28 U.S.C. § 2241. (Dkt. 1). For the reasons below, the undersigned recommends that the Petition be denied.

Dated: October 4, 2021                    s/Leo I. Brisbois
                                          Leo I. Brisbois
                                          United States Magistrate Judge`,
    court: 'mnd', docket: '21-cv-01455', title: 'REPORT AND RECOMMENDATION', judge: 'Leo I. Brisbois', judgeTitle: 'United States Magistrate Judge', date: '2021-10-04',
    motions: [{ kind: 'section_2241', docEntry: '1', movant: 'petitioner', disposition: null }],
  },
  {
    name: 'order granting compassionate release title only names the relief',
    text: `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

UNITED STATES OF AMERICA,
Plaintiff,
v.
TOMASZ WIERZBICKI,
Defendant.

Case No. 17-cr-00533-EMC-1

ORDER GRANTING COMPASSIONATE RELEASE

Docket No. 143

Mr. Wierzbicki is 74 years old and has served most of his sentence.

IT IS SO ORDERED.

Dated: January 15, 2021

EDMUND M. CHEUNG
United States District Judge`,
    court: 'cand', docket: '17-cr-00533', date: '2021-01-15', judge: 'EDMUND M. CHEUNG',
    motions: [{ kind: 'compassionate_release', disposition: 'granted' }],
  },
  {
    name: 'shall show cause: interim order defers',
    text: `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF INDIANA
INDIANAPOLIS DIVISION

UNITED STATES OF AMERICA,
v.                                          No. 1:12-cr-00088-JMS-DML
ABRAM TOLLIVER-KANE,

ORDER TO SHOW CAUSE

Defendant filed a pro se motion for compassionate release. Dkt. 211. The government responds that he did not exhaust. Dkt. 214.

Defendant shall show cause by May 1, 2020, why his motion should not be denied without prejudice.

IT IS SO ORDERED.

Date: 4/10/2020`,
    court: 'insd', division: 'Indianapolis Division', docket: '1:12-cr-00088', date: '2020-04-10', title: 'ORDER TO SHOW CAUSE',
    motions: [{ kind: 'compassionate_release', docEntry: '211', proSe: true, disposition: 'deferred' }],
  },
  {
    name: 'pro se through counsel distinction, motions plural denied',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF SOUTH CAROLINA
COLUMBIA DIVISION

United States of America,               Cr. No. 3:10-cr-01120-JFA

v.

Terrence Mabry Olufemi,                 MEMORANDUM OPINION AND ORDER

Defendant.

This matter is before the court on the defendant's motion for compassionate release (ECF No. 402), filed through counsel, and his pro se motion for appointment of counsel (ECF No. 398). For the reasons below, both motions are denied.

IT IS SO ORDERED.

July 7, 2021                             Joseph F. Anderton, Jr.
Columbia, South Carolina                 United States District Judge`,
    court: 'scd', division: 'Columbia Division', docket: '3:10-cr-01120',
    motions: [
      { kind: 'compassionate_release', docEntry: '402', movant: 'defendant', disposition: 'denied' },
      { kind: 'appoint_counsel', docEntry: '398', movant: 'defendant', proSe: true, disposition: 'denied' },
    ],
  },
  {
    name: 'hypothetical and other-court statements, then the court denies',
    text: `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE

UNITED STATES OF AMERICA,
Plaintiff,
v.                                       CASE NO. CR19-0145-RSL
SIGRUN HALVARDSDOTTIR,
Defendant.

ORDER DENYING DEFENDANT'S MOTION FOR COMPASSIONATE RELEASE

This matter comes before the Court on defendant's "Motion for Compassionate Release." Dkt. # 88. Even if defendant had exhausted, the Court would not grant relief. Many district courts have granted release to inmates at FCI Terminal Island, but her facility has no cases.

For all the foregoing reasons, defendant's motion for compassionate release (Dkt. # 88) is DENIED.

DATED this 30th day of June, 2020.

Robert S. Lasker
United States District Judge`,
    court: 'wawd', docket: '19-cr-00145', date: '2020-06-30', judge: 'Robert S. Lasker',
    motions: [{ kind: 'compassionate_release', docEntry: '88', movant: 'defendant', disposition: 'denied' }],
  },
  {
    name: 'one filing asking for two reliefs (and/or) is two motions decided together',
    text: `UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF GEORGIA
MACON DIVISION

UNITED STATES OF AMERICA
v.                                        Case No. 5:17-cr-00044-MTT-CHW-2
LAVERNE ODUYA-PRICE

ORDER

Before the Court is Defendant's pro se Motion for Sentence Reduction under 18 U.S.C. § 3582(c)(1)(A) and/or Release to Home Confinement under the CARES Act. Doc. 301. The motion is DENIED.

SO ORDERED, this 14th day of August, 2020.

S/ Marcus T. Treadwell
UNITED STATES DISTRICT JUDGE`,
    court: 'gamd', division: 'Macon Division', docket: '5:17-cr-00044', date: '2020-08-14',
    motions: [
      { kind: 'compassionate_release', docEntry: '301', movant: 'defendant', proSe: true, disposition: 'denied' },
      { kind: 'home_confinement', docEntry: '301', movant: 'defendant', proSe: true, disposition: 'denied' },
    ],
  },
  {
    name: 'no motion at all: a scheduling order',
    text: `UNITED STATES DISTRICT COURT
DISTRICT OF COLORADO

Civil Action No. 1:23-cv-00912-NYW-KAS

PINEHURST ORCHARDS, LLC,
Plaintiff,
v.
ALDER VALLEY IRRIGATION DISTRICT,
Defendant.

SCHEDULING ORDER

The parties shall complete discovery by March 1, 2024. Dispositive motions are due April 1, 2024.

DATED: October 2, 2023.

BY THE COURT:
Kathryn A. Starnes
United States Magistrate Judge`,
    court: 'cod', docket: '1:23-cv-00912', caseType: 'civil', date: '2023-10-02', judge: 'Kathryn A. Starnes', motions: [],
  },
];
