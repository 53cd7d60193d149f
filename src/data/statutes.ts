/**
 * Statutory codes and other law sources (Bluebook T1 abbreviations, public facts), written by this
 * project. `form` says how a cite to the code is shaped:
 *   title    `18 U.S.C. § 3582`            (title number before the code)
 *   section  `Fla. Stat. § 120.68`         (section only)
 *   chapter  `Mass. Gen. Laws ch. 93A, § 2`
 *   tit      `Okla. Stat. tit. 21, § 701.7` (title after the code)
 */
export type CodeForm = 'title' | 'section' | 'chapter' | 'tit';

export interface CodeEntry {
  abbr: string;
  name: string;
  form: CodeForm;
  jurisdiction: string;
  variants?: string[];
  example: string;
}

type Row = [abbr: string, name: string, jurisdiction: string, example: string, variants?: string[]];
const rows = (form: CodeForm, list: Row[]): CodeEntry[] =>
  list.map(([abbr, name, jurisdiction, example, variants]) => ({ abbr, name, form, jurisdiction, example, variants }));

const titled = rows('title', [
  ['U.S.C.', 'United States Code', 'us', '18 U.S.C. § 3582(c)(1)(A)', ['U.S.C.A.', 'U.S.C.S.', 'U.S. Code', 'USC', 'USCA']],
  ['C.F.R.', 'Code of Federal Regulations', 'us', '28 C.F.R. § 571.61', ['CFR']],
  ['Fed. Reg.', 'Federal Register', 'us', '85 Fed. Reg. 12345'],
  ['Pa. Cons. Stat.', 'Pennsylvania Consolidated Statutes', 'pa', '42 Pa. Cons. Stat. § 9545', ['Pa.C.S.', 'Pa. C.S.', 'Pa.C.S.A.', 'Pa. Cons. Stat. Ann.']],
  ['ILCS', 'Illinois Compiled Statutes', 'il', '735 ILCS 5/2-619', ['Ill. Comp. Stat.', 'Ill. Comp. Stat. Ann.']],
  ['Del. C.', 'Delaware Code', 'de', '11 Del. C. § 4214'],
  ['V.S.A.', 'Vermont Statutes Annotated', 'vt', '13 V.S.A. § 7042'],
  ['M.R.S.', 'Maine Revised Statutes', 'me', '17-A M.R.S. § 1252', ['M.R.S.A.']],
]);

const sectioned = rows('section', [
  ['Ala. Code', 'Code of Alabama', 'al', 'Ala. Code § 13A-5-40'],
  ['Alaska Stat.', 'Alaska Statutes', 'ak', 'Alaska Stat. § 12.55.125'],
  ['Ariz. Rev. Stat. Ann.', 'Arizona Revised Statutes Annotated', 'az', 'Ariz. Rev. Stat. Ann. § 36-3701', ['Ariz. Rev. Stat.', 'A.R.S.']],
  ['Ark. Code Ann.', 'Arkansas Code Annotated', 'ar', 'Ark. Code Ann. § 23-3-119'],
  ['Colo. Rev. Stat.', 'Colorado Revised Statutes', 'co', 'Colo. Rev. Stat. § 18-1.3-401', ['C.R.S.']],
  ['Conn. Gen. Stat.', 'General Statutes of Connecticut', 'ct', 'Conn. Gen. Stat. § 53a-54a', ['Conn. Gen. Stat. Ann.']],
  ['D.C. Code', 'District of Columbia Official Code', 'dc', 'D.C. Code § 22-2101', ['D.C. Code Ann.']],
  ['Fla. Stat.', 'Florida Statutes', 'fl', 'Fla. Stat. § 120.68', ['Fla. Stat. Ann.']],
  ['Ga. Code Ann.', 'Official Code of Georgia Annotated', 'ga', 'Ga. Code Ann. § 16-5-1', ['O.C.G.A.']],
  ['Haw. Rev. Stat.', 'Hawaii Revised Statutes', 'hi', 'Haw. Rev. Stat. § 706-656'],
  ['Idaho Code', 'Idaho Code', 'id', 'Idaho Code § 19-2515', ['Idaho Code Ann.']],
  ['Ind. Code', 'Indiana Code', 'in', 'Ind. Code § 35-50-2-9', ['Ind. Code Ann.']],
  ['Iowa Code', 'Code of Iowa', 'ia', 'Iowa Code § 902.1'],
  ['Kan. Stat. Ann.', 'Kansas Statutes Annotated', 'ks', 'Kan. Stat. Ann. § 21-3516', ['K.S.A.']],
  ['Ky. Rev. Stat. Ann.', 'Kentucky Revised Statutes Annotated', 'ky', 'Ky. Rev. Stat. Ann. § 532.030', ['KRS', 'Ky. Rev. Stat.']],
  ['La. Rev. Stat. Ann.', 'Louisiana Revised Statutes Annotated', 'la', 'La. Rev. Stat. Ann. § 14:30', ['La. R.S.', 'La. Stat. Ann.']],
  ['Mich. Comp. Laws', 'Michigan Compiled Laws', 'mi', 'Mich. Comp. Laws § 750.316', ['MCL', 'Mich. Comp. Laws Ann.']],
  ['Minn. Stat.', 'Minnesota Statutes', 'mn', 'Minn. Stat. § 609.185', ['Minn. Stat. Ann.']],
  ['Miss. Code Ann.', 'Mississippi Code Annotated', 'ms', 'Miss. Code Ann. § 97-3-19'],
  ['Mo. Rev. Stat.', 'Missouri Revised Statutes', 'mo', 'Mo. Rev. Stat. § 565.020', ['Mo. Ann. Stat.', 'RSMo']],
  ['Mont. Code Ann.', 'Montana Code Annotated', 'mt', 'Mont. Code Ann. § 45-5-102'],
  ['Neb. Rev. Stat.', 'Revised Statutes of Nebraska', 'ne', 'Neb. Rev. Stat. § 28-303', ['Neb. Rev. Stat. Ann.']],
  ['Nev. Rev. Stat.', 'Nevada Revised Statutes', 'nv', 'Nev. Rev. Stat. § 200.030', ['NRS', 'Nev. Rev. Stat. Ann.']],
  ['N.H. Rev. Stat. Ann.', 'New Hampshire Revised Statutes Annotated', 'nh', 'N.H. Rev. Stat. Ann. § 630:1-a', ['RSA']],
  ['N.J. Stat. Ann.', 'New Jersey Statutes Annotated', 'nj', 'N.J. Stat. Ann. § 2C:11-3', ['N.J.S.A.']],
  ['N.M. Stat. Ann.', 'New Mexico Statutes Annotated', 'nm', 'N.M. Stat. Ann. § 30-2-1'],
  ['N.C. Gen. Stat.', 'General Statutes of North Carolina', 'nc', 'N.C. Gen. Stat. § 14-17', ['N.C.G.S.']],
  ['N.D. Cent. Code', 'North Dakota Century Code', 'nd', 'N.D. Cent. Code § 12.1-16-01'],
  ['Ohio Rev. Code Ann.', 'Ohio Revised Code Annotated', 'oh', 'Ohio Rev. Code Ann. § 5739.02', ['Ohio Rev. Code', 'R.C.', 'O.R.C.']],
  ['Or. Rev. Stat.', 'Oregon Revised Statutes', 'or', 'Or. Rev. Stat. § 163.115', ['ORS']],
  ['R.I. Gen. Laws', 'General Laws of Rhode Island', 'ri', 'R.I. Gen. Laws § 11-23-1'],
  ['S.C. Code Ann.', 'Code of Laws of South Carolina Annotated', 'sc', 'S.C. Code Ann. § 16-3-10'],
  ['S.D. Codified Laws', 'South Dakota Codified Laws', 'sd', 'S.D. Codified Laws § 22-16-4'],
  ['Tenn. Code Ann.', 'Tennessee Code Annotated', 'tn', 'Tenn. Code Ann. § 39-13-202'],
  ['Utah Code Ann.', 'Utah Code Annotated', 'ut', 'Utah Code Ann. § 76-5-202', ['Utah Code']],
  ['Va. Code Ann.', 'Code of Virginia Annotated', 'va', 'Va. Code Ann. § 18.2-31', ['Va. Code']],
  ['Wash. Rev. Code', 'Revised Code of Washington', 'wa', 'Wash. Rev. Code § 9A.32.030', ['RCW', 'Wash. Rev. Code Ann.']],
  ['W. Va. Code', 'West Virginia Code', 'wv', 'W. Va. Code § 61-2-1', ['W. Va. Code Ann.']],
  ['Wis. Stat.', 'Wisconsin Statutes', 'wi', 'Wis. Stat. § 655.002', ['Wis. Stat. Ann.']],
  ['Wyo. Stat. Ann.', 'Wyoming Statutes Annotated', 'wy', 'Wyo. Stat. Ann. § 6-2-101'],
  ['Md. Code Ann.', 'Annotated Code of Maryland', 'md', 'Md. Code Ann. § 2-201'],
  ['Cal. Penal Code', 'California Penal Code', 'ca', 'Cal. Penal Code § 187'],
  ['Tex. Penal Code Ann.', 'Texas Penal Code Annotated', 'tx', 'Tex. Penal Code Ann. § 19.02', ['Tex. Penal Code']],
  ['N.Y. Penal Law', 'New York Penal Law', 'ny', 'N.Y. Penal Law § 125.25'],
]);

const chaptered = rows('chapter', [
  ['Mass. Gen. Laws', 'General Laws of Massachusetts', 'ma', 'Mass. Gen. Laws ch. 93A, § 2', ['Mass. Gen. Laws Ann.', 'G.L.', 'M.G.L.', 'M.G.L.A.']],
]);

const tit = rows('tit', [
  ['Okla. Stat.', 'Oklahoma Statutes', 'ok', 'Okla. Stat. tit. 21, § 701.7', ['Okla. Stat. Ann.']],
  ['Vt. Stat. Ann.', 'Vermont Statutes Annotated', 'vt', 'Vt. Stat. Ann. tit. 13, § 2301'],
  ['Me. Rev. Stat. Ann.', 'Maine Revised Statutes Annotated', 'me', 'Me. Rev. Stat. Ann. tit. 17-A, § 201', ['Me. Rev. Stat.']],
  ['Del. Code Ann.', 'Delaware Code Annotated', 'de', 'Del. Code Ann. tit. 11, § 636'],
]);

export const codes: CodeEntry[] = [...titled, ...sectioned, ...chaptered, ...tit];

/** Subject-matter codes written `<State> <Subject> Code § n` ("Cal. Civ. Proc. Code § 425.16"). */
export const subjectCodeStates = ['Cal.', 'Tex.', 'N.Y.', 'Md. Code Ann.,', 'Md.', 'Ga.', 'La.', 'Va.', 'Ala.'];
