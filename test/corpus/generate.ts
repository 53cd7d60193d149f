/** Constructed court orders (fictional names) for ingest tests: varied courts, judges, motions, citations. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COURTS = [
  ['SOUTHERN DISTRICT OF NEW YORK', 'S.D.N.Y.'],
  ['NORTHERN DISTRICT OF CALIFORNIA', 'N.D. Cal.'],
  ['WESTERN DISTRICT OF NORTH CAROLINA', 'W.D.N.C.'],
  ['DISTRICT OF MASSACHUSETTS', 'D. Mass.'],
];
const CASES = ['United States v. Raia, 954 F.3d 594, 597 (3d Cir. 2020)', 'United States v. Brooker, 976 F.3d 228 (2d Cir. 2020)',
  'United States v. McCoy, 981 F.3d 271 (4th Cir. 2020)', 'Anderson v. Liberty Lobby, Inc., 477 U.S. 242 (1986)'];
const OUTCOMES = ['GRANTED', 'DENIED', 'DENIED WITHOUT PREJUDICE', 'DENIED AS MOOT'];

/** A small deterministic PRNG (mulberry32), shared with the corpus bench. */
export { mulberry32 as rng } from '../../bench/rng.mjs';

export function constructedOrder(i: number): string {
  const [court] = COURTS[i % COURTS.length];
  const cite = CASES[i % CASES.length];
  const outcome = OUTCOMES[(i >> 2) % OUTCOMES.length];
  return [
    'UNITED STATES DISTRICT COURT',
    `FOR THE ${court}`,
    '',
    'UNITED STATES OF AMERICA,',
    `v.                                   Case No. 1:1${i % 10}-cr-${String(100 + i).padStart(5, '0')}`,
    `JOHN EXAMPLE${i},`,
    '     Defendant.',
    '',
    'ORDER',
    '',
    `This matter is before the Court on Defendant's pro se Motion for Compassionate Release under 18 U.S.C. § 3582(c)(1)(A) (Doc. No. ${20 + (i % 30)}).`,
    `The Government opposes the motion. See ${cite}. Defendant has not shown extraordinary and compelling reasons, marker${i}.`,
    i % 3 === 0 ? `See also ${CASES[(i + 1) % CASES.length]}; Id. at 600.` : 'The record shows rehabilitation.',
    '',
    `IT IS, THEREFORE, ORDERED that Defendant's Motion for Compassionate Release is ${outcome}.`,
    '',
    `Signed: March ${1 + (i % 28)}, 202${i % 4}`,
    '',
    `Judge Example${i % 6}`,
    'United States District Judge',
    '',
  ].join('\n');
}

/** Writes `n` constructed orders into `dir` (two subfolders), returns the paths. */
export function writeCorpus(dir: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, i % 2 ? 'a' : 'b');
    mkdirSync(sub, { recursive: true });
    const p = path.join(sub, `order-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(p, constructedOrder(i));
    out.push(p);
  }
  return out;
}
