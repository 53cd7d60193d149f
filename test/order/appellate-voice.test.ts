/**
 * Appellate opinions (fictional names): a writ granted in the court's own voice, a lower court's ruling
 * recited as a noun ("the grant of summary judgment"), and per curiam opinions whose "Before" panel names no author.
 */
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/order/index.js';

const appeal = (body: string): string =>
  `UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nNo. 22-15077\n\nIVO BRANNOCK,\nPetitioner-Appellant,\nv.\nSELMA TRACE, Warden,\nRespondent-Appellee.\n\nBefore: ALDANE, FERRO, and QUINTAL, Circuit Judges.\n\nPER CURIAM:\n\n${body}\n`;

const dispositions = (body: string): Array<string | null> => readOrder(appeal(body)).motions.map((m) => m.disposition?.value ?? null);

describe('a writ decided in the court\'s voice', () => {
  it.each([
    ['writ with no petition named, a denial nearby', "Brannock was held without bail. The magistrate's denial of bail rested on a repealed statute. Because the detention is unlawful, we grant his writ of habeas corpus."],
    ['capitals', 'Brannock was denied bail pending trial. We GRANT the writ of habeas corpus and order his release.'],
    ['petition named first', 'Brannock petitions for a writ of habeas corpus. The trial court denied bail. The petition is granted and the writ shall issue.'],
  ])('%s', (_name, body) => {
    expect(dispositions(body)).toEqual(['granted']);
  });

  it.each([
    ['application for a writ', 'Because Brannock is not in custody, the application for a writ of habeas corpus is denied.'],
    ['petition seeking the writ', 'The petition seeking a writ of mandamus is DENIED.'],
    ['petition for the writ', 'Brannock\'s petition for the writ of habeas corpus is denied.'],
  ])('counterexample: the writ a filing asks for is no second filing (%s)', (_name, body) => {
    expect(dispositions(body)).toEqual(['denied']);
  });

  it('counterexample: a writ denied below is history', () => {
    expect(dispositions('The district court denied a writ of habeas corpus. We affirm.')).toEqual([]);
  });
});

describe('a lower ruling named as a noun is no ruling of this court', () => {
  it.each([
    ['affirm the grant of', 'For these reasons, we affirm the grant of the motion to dismiss.'],
    ["the district court's grant of", "We AFFIRM the district court's grant of summary judgment to the warden."],
    ['reverse the denial of', 'We reverse the denial of the motion to suppress and remand.'],
  ])('%s', (_name, body) => {
    expect(dispositions(body).filter((d) => d !== null)).toEqual([]);
  });

  it('still a ruling: we grant the petition', () => {
    expect(dispositions('Brannock asks us to order the district court to rule on his motion. We grant the petition for a writ of mandamus.')).toEqual(['granted']);
  });

  // A petition for review of an agency's decision is the case itself, like an appeal: no motion in it.
  it.each([
    ['granted', 'Brannock asks us to review the order of removal. We grant the petition for review.'],
    ['denied', 'The Board did not abuse its discretion. The petition for review is DENIED.'],
    ['dismissed', 'We lack jurisdiction, and the petition for judicial review is dismissed.'],
    ['an application for enforcement, granted', 'The Board applies for enforcement of its order. Substantial evidence supports the Board. The application for enforcement is GRANTED.'],
    ['a cross-petition to enforce, granted', "The company's petition for review is DENIED and the Board's cross-petition to enforce its order is GRANTED."],
  ])('a petition for review %s is the case, not a motion', (_name, body) => {
    expect(dispositions(body)).toEqual([]);
  });
});

describe('per curiam opinions: no author from the "Before" block', () => {
  const head = (court: string, before: string, pc: string): string =>
    `UNITED STATES COURT OF APPEALS\n${court}\n\nNo. 21-1402\n\nIVO BRANNOCK,\nPlaintiff, Appellant,\nv.\nCASTELL FREIGHT CORP.,\nDefendant, Appellee.\n\n${before}\n\n${pc}\n\nBrannock appeals from a judgment for the defendant. The judgment is affirmed.\n`;
  it.each<[string, string, string[] | null]>([
    ['judges on separate lines', head('For the First Circuit', 'Before\n\nAldane, Chief Judge,\nFerro and Quintal, Circuit Judges.', 'PER CURIAM.'), null],
    ['two lines, colon', head('NINTH CIRCUIT', 'Before:\nTALLIS, Senior Circuit Judge,\nMORROW, Circuit Judge.', 'Per Curiam'), ['TALLIS', 'MORROW']],
    ['one line', head('NINTH CIRCUIT', 'Before: ALDANE, FERRO, and QUINTAL, Circuit Judges.', 'PER CURIAM:'), ['ALDANE', 'FERRO', 'QUINTAL']],
  ])('%s', (_name, text, panel) => {
    const o = readOrder(text);
    expect(o.judge).toBeNull();
    if (panel) expect(o.panel?.value).toEqual(panel);
  });

  it('counterexample: a signed opinion keeps its author', () => {
    const o = readOrder(head('For the First Circuit', 'Before\n\nAldane, Chief Judge,\nFerro and Quintal, Circuit Judges.', 'FERRO, Circuit Judge.'));
    expect(o.judge?.value.name).toBe('FERRO');
  });
});
