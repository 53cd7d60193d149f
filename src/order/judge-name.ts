/** The parts of a judge's name and title that the judge rules share: the name and title patterns, cleaning, normalizing. */
import type { Hit } from '../engine/types.js';
import { squash, titleCase } from './text-util.js';

export interface JudgeValue {
  name: string;
  title: string | null;
}

// "Max O. Cogburn Jr." · "Ann Roe , Jr." (a space before the comma) · "MARCIA A. CRONE" · "Richard G Stearns" · "J. RONNIE GREER" · "Savage"
// (letters with accents too: "JOSÉ A. CABRANES", "Sonia Sotomayor Núñez")
export const NAME = `(?:(?:The\\s+)?Hon(?:orable|\\.)\\s+)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*(?:[ \\t]+(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*|de|van|von|la|del))*?(?:[ \\t]?,?[ \\t]+(?:Jr\\.?|Sr\\.?|II|III|IV))?`;
// "United States District Judge" · "United States District Court Judge" · "Chief U.S. Magistrate Judge" · "Senior District Judge" · "JUDGE"
export const TITLE = `(?:(?:Judge|JUDGE|Justice|JUSTICE)[ \\t]+(?:of|OF)[ \\t]+(?:the|THE)[ \\t]+(?:Superior|Circuit|District|Supreme|County|Probate|Family|Chancery|SUPERIOR|CIRCUIT|DISTRICT|SUPREME|COUNTY|PROBATE|FAMILY|CHANCERY)[ \\t]+(?:Court|COURT)|(?:(?:Chief|Senior)[ \\t]+)?(?:(?:United[ \\t]+States?|U\\.[ \\t]?S\\.)[ \\t]+)?(?:(?:Chief|Senior)[ \\t]+)?(?:(?:District(?:[ \\t]+Court)?|Magistrate|Bankruptcy|Circuit|Appellate|Presiding|President|Administrative[ \\t]+Law)?[ \\t]*Judge|(?:Associate[ \\t]+)?Justice))`;
export const SHORT_TITLE = `A?\\.?\\s?J\\.\\s?S\\.\\s?C\\.|U\\.?\\s?S\\.?\\s?D\\.?\\s?J\\.?|U\\.?\\s?S\\.?\\s?M\\.?\\s?J\\.?|U\\.?\\s?S\\.?\\s?B\\.?\\s?J\\.?|C\\.\\s?J\\.|P\\.\\s?J\\.|J\\.`;

export const STOP = /\b(?:ORDERED|ORDER|Court|COURT|Signed|SIGNED|Dated|DATED|Date|IT|IS|SO|Clerk|Copies|Distribution|Counsel|Defendant|Plaintiff|States|America|STATES|AMERICA|District|Division|Motion|Judge|JUDGE|Respectfully|Submitted|Entered|ENTERED|DISTRICT|CIRCUIT|DIVISION|COUNTY|PARISH)\b/;

export function cleanJudgeName(raw: string): string | null {
  const n = squash(raw.replace(/[ \t]+,/g, ',').replace(/^\/s\/\s*_*\s*/i, '').replace(/^Before:?\s+/, '').replace(/^(?:The\s+)?Hon(?:orable|\.)\s+/i, '')).replace(/[,\s]+$/, '').replace(/([A-Za-z]{3,})\.$/, '$1');
  if (n.length < 3 || n.length > 60 || STOP.test(n)) return null;
  const tokens = n.split(/\s+/);
  if (tokens.length > 6) return null;
  // Every token is capitalised or an initial or a suffix.
  if (!tokens.every((t) => /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*|de|van|von|la|del|Jr\.?|Sr\.?|II|III|IV),?$/.test(t))) return null;
  return n;
}

export function normTitle(raw: string): string | null {
  const t = squash(raw).replace(/[.:,]+$/, '');
  const compact = t.replace(/[\s.]+/g, '').toUpperCase().replace(/^(USDJ|USMJ|USBJ|CJ|PJ|J)$/, (x) => x.split('').join('.'));
  if (compact === 'U.S.D.J') return 'United States District Judge';
  if (compact === 'U.S.M.J') return 'United States Magistrate Judge';
  if (compact === 'U.S.B.J') return 'United States Bankruptcy Judge';
  if (compact === 'C.J') return 'Chief Judge';
  if (compact === 'JSC') return 'Justice of the Supreme Court';
  if (compact === 'AJSC') return 'Acting Justice of the Supreme Court';
  if (compact === 'P.J') return 'Presiding Judge';
  if (compact === 'J' || compact === 'JAD') return 'Judge';
  const out = titleCase(t.toUpperCase()).replace(/\bU\.s\./, 'U.S.');
  return out || null;
}

export type JudgeHit = Omit<Hit<JudgeValue>, 'rule' | 'priority'>;

export function named(m: RegExpExecArray, nameIdx: number, titleIdx: number | null, confidence: number): JudgeHit | null {
  const raw = m[nameIdx];
  const name = cleanJudgeName(raw);
  if (!name) return null;
  const start = m.index + m[0].indexOf(raw);
  const title = titleIdx !== null && m[titleIdx] ? normTitle(m[titleIdx]) : null;
  const end = titleIdx !== null && m[titleIdx] ? m.index + m[0].lastIndexOf(m[titleIdx]) + m[titleIdx].length : start + raw.length;
  return { value: { name, title }, span: [start, end], confidence };
}


