// The court table: every entry's own examples and caption names, then look-up tables.
import { describe, expect, it } from 'vitest';
import {
  COURTS,
  circuitOf,
  courtByCitationString,
  courtById,
  findCourtInCaption,
  normalizeCitationString,
} from '../../src/data/courts.js';

describe('court table shape', () => {
  it('ids are unique', () => {
    const ids = COURTS.map((c) => c.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('no two courts share a citation string (after normalization)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COURTS)
      for (const s of new Set([c.citationString, ...c.variants].map(normalizeCitationString))) {
        const other = seen.get(s);
        if (other && other !== c.id) clashes.push(`${s}: ${other} / ${c.id}`);
        seen.set(s, c.id);
      }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['district', 94],
    ['bankruptcy', 94 + 6],
    ['appellate', 13],
    ['supreme', 1],
  ])('%s courts: %i', (level, n) => {
    expect(COURTS.filter((c) => c.level === level).length).toBe(n);
  });

  it('every state and D.C. has a court of last resort', () => {
    const states = new Set(COURTS.filter((c) => c.level === 'state-supreme').map((c) => c.jurisdiction));
    expect(states.size).toBe(51);
  });

  it('every federal court below the Supreme Court names a circuit, except the national courts', () => {
    const missing = COURTS.filter((c) => (c.level === 'district' || c.level === 'bankruptcy' || c.level === 'appellate') && !c.circuit);
    expect(missing.map((c) => c.id)).toEqual([]);
  });
});

describe.each(COURTS.map((c) => ({ id: c.id, court: c })))('court $id', ({ court }) => {
  it('has examples, and each resolves to it', () => {
    expect(court.examples.length).toBeGreaterThan(0);
    for (const ex of court.examples) expect(courtByCitationString(ex)?.id, ex).toBe(court.id);
  });

  it('its citation string and variants resolve to it', () => {
    for (const s of [court.citationString, ...court.variants]) expect(courtByCitationString(s)?.id, s).toBe(court.id);
  });

  it('every caption name is found in a caption, upper-case and broken over lines', () => {
    for (const name of [court.name, ...court.captionNames]) {
      const upper = `IN THE ${name.toUpperCase().replace(/ (?=OF|FOR)/, '\n')}\n\nUNITED STATES OF AMERICA`;
      const hit = findCourtInCaption(upper);
      expect(hit?.court.id, JSON.stringify(upper)).toBe(court.id);
      expect(upper.slice(...hit!.span).replace(/\s+/g, ' ').toLowerCase()).toContain(name.toLowerCase().split(' ').pop()!);
    }
  });
});

describe('courtByCitationString', () => {
  it.each([
    ['3d Cir.', 'ca3'],
    ['2d Cir.', 'ca2'],
    ['2nd Cir.', 'ca2'],
    ['S.D.N.Y.', 'nysd'],
    ['S.D. N.Y.', 'nysd'],
    ['N.D. Cal.', 'cand'],
    ['Bankr. W.D.N.C.', 'ncwb'],
    ['Bankr. D. Ariz.', 'arb'],
    ['Bankr. D. Neb.', 'nebraskab'],
    ['Fed. Cir.', 'cafc'],
    ['D.C. Cir.', 'cadc'],
    ['D.D.C.', 'dcd'],
    ['D.C.', 'dc'],
    ['Cal. Ct. App.', 'calctapp'],
    ['D. Mass.', 'mad'],
    ['Cal.', 'cal'],
    ['N.Y.', 'ny'],
    ['N.Y. App. Div.', 'nyappdiv'],
    ['Tex. Crim. App.', 'texcrimapp'],
    ['Tex. App.', 'texapp'],
    ['Ill. App. Ct.', 'illappct'],
    ['Mass. App. Ct.', 'massappct'],
    ['W.D.N.C.', 'ncwd'],
    ['w.d.n.c', 'ncwd'],
    ['N.D.W. Va.', 'wvnd'],
    ['S.D. W. Va.', 'wvsd'],
    ['W. Va.', 'wva'],
    ['D.P.R.', 'prd'],
    ['D. Guam', 'gud'],
    ['D.V.I.', 'vid'],
    ['D. N. Mar. I.', 'nmid'],
    ['B.A.P. 9th Cir.', 'bap9'],
    ['9th Cir. BAP', 'bap9'],
    ["Ct. Int'l Trade", 'cit'],
    ['Fed. Cl.', 'uscfc'],
    ['C.A.A.F.', 'armfor'],
    ['(W.D.N.C. Aug. 10, 2020)', 'ncwd'],
    ['(3d Cir. 2020)', 'ca3'],
  ])('%s -> %s', (s, id) => {
    expect(courtByCitationString(s)?.id).toBe(id);
  });

  it.each(['F.3d', 'Cir.', 'U.S.C.', '', 'N.D. Cal. Ct.', 'Doc. No.'])('%j -> null', (s) => {
    expect(courtByCitationString(s)).toBeNull();
  });
});

describe('findCourtInCaption', () => {
  it.each([
    ['UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NORTH CAROLINA\nASHEVILLE DIVISION', 'ncwd', 'UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF NORTH CAROLINA'],
    ['IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF NORTH CAROLINA', 'ncwd', null],
    ['IN THE UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT', 'ca4', 'UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT'],
    ['UNITED STATES COURT OF APPEALS\n\nFOURTH CIRCUIT\n\nNo. 20-1234', 'ca4', null],
    ['IN THE UNITED STATES COURT OF APPEALS\nFOR THE DISTRICT OF COLUMBIA CIRCUIT', 'cadc', null],
    ['SUPREME COURT OF THE STATE OF WASHINGTON', 'wash', null],
    ['UNITED STATES BANKRUPTCY COURT FOR THE DISTRICT OF ALASKA', 'akb', null],
    ['UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF NEW YORK\n-----x\nIn re:', 'nysb', null],
    ['United States District Court, S.D. New York.', 'nysd', null],
    ['UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS', 'mad', null],
    ['UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA', 'dcd', null],
    ['DISTRICT OF COLUMBIA COURT OF APPEALS', 'dc', null],
    ['UNITED STATES BANKRUPTCY APPELLATE PANEL\nOF THE NINTH CIRCUIT', 'bap9', null],
    ['IN THE COURT OF APPEALS OF THE STATE OF NEW YORK', 'ny', null],
    ['Court of Appeal of the State of California\nSecond Appellate District', 'calctapp', null],
    ['SUPREME COURT OF THE STATE OF NEW YORK, APPELLATE DIVISION\nSECOND JUDICIAL DEPARTMENT', 'nyappdiv', null],
    ['IN THE COURT OF CRIMINAL APPEALS OF TEXAS', 'texcrimapp', null],
    ['IN THE SUPREME COURT OF THE UNITED STATES', 'scotus', null],
    ['UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO', 'prd', null],
    ['UNITED STATES DISTRICT COURT\nEASTERN   DISTRICT   OF\nPENNSYLVANIA', 'paed', null],
    // West's headnote style, with the spaced abbreviations of older reporters
    ['United States District Court, W. D. Oklahoma.\nJanuary 8, 1952.', 'okwd', 'United States District Court, W. D. Oklahoma'],
    ['United States District Court, N. D. Illinois, E. D.', 'ilnd', null],
    ['United States District Court D. Puerto Rico.', 'prd', null],
    ['United States Bankruptcy Court, D. Delaware.', 'deb', null],
    ['United States Court of Appeals,\nFederal Circuit.', 'cafc', null],
    // Short and native spellings of state courts
    ['West Virginia Supreme Court', 'wva', null],
    ['IN THE SUPREME COURT OF WEST VIRGINIA', 'wva', null],
    ['Virginia Supreme Court', 'va', null],
    ["Intermediate Court of Appeals of Hawai'i.", 'hawapp', null],
    ['IN THE SUPREME COURT OF HAWAIʻI', 'haw', null],
    ['Supreme Court of Hawaii', 'haw', null],
    // New York's Supreme Court is its trial court (its Appellate Division and the Court of Appeals are others); Delaware's
    // Court of Chancery and Superior Court are trial courts whose opinions are reported.
    ['SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK', 'nysupct', 'SUPREME COURT OF THE STATE OF NEW YORK'],
    ['Supreme Court of the State of New York, Appellate Division, Second Department', 'nyappdiv', null],
    ['COURT OF APPEALS OF THE STATE OF NEW YORK', 'ny', null],
    ['COURT OF CHANCERY OF THE STATE OF DELAWARE', 'delch', null],
    ['IN THE SUPERIOR COURT OF THE STATE OF DELAWARE', 'delsuperct', null],
  ])('%j -> %s', (text, id, spanText) => {
    const hit = findCourtInCaption(text);
    expect(hit?.court.id).toBe(id);
    if (spanText) expect(text.slice(...hit!.span)).toBe(spanText);
  });

  it.each([
    'The Fourth Circuit has held that relief is discretionary.',
    'See United States v. Raia, 954 F.3d 594 (3d Cir. 2020).',
    'The defendant is from the Western District of Northern Carolina?',
    'ORDER\n\nTHIS MATTER is before the Court on Defendant’s motion.',
  ])('no court in %j', (text) => {
    expect(findCourtInCaption(text)).toBeNull();
  });

  it('honours from and to', () => {
    const text = 'UNITED STATES DISTRICT COURT\nDISTRICT OF ALASKA\n\n... Western District of Texas ...';
    expect(findCourtInCaption(text, 40)?.court.id).toBe('txwd');
    expect(findCourtInCaption(text, 0, 20)).toBeNull();
  });
});

describe('circuitOf and courtById', () => {
  it.each([
    ['ncwd', 'ca4'],
    ['ncwb', 'ca4'],
    ['nysd', 'ca2'],
    ['dcd', 'cadc'],
    ['prd', 'ca1'],
    ['gud', 'ca9'],
    ['vid', 'ca3'],
    ['ca3', 'ca3'],
    ['bap9', 'ca9'],
    ['uscfc', 'cafc'],
    ['cal', null],
    ['scotus', null],
    ['nosuchcourt', null],
  ])('%s -> %s', (id, circuit) => {
    expect(circuitOf(id)).toBe(circuit);
  });

  it('courtById gives the full entry', () => {
    expect(courtById('ncwd')).toMatchObject({
      name: 'United States District Court for the Western District of North Carolina',
      citationString: 'W.D.N.C.',
      level: 'district',
      jurisdiction: 'federal',
      circuit: 'ca4',
    });
    expect(courtById('ncwd')!.captionNames).toEqual(expect.arrayContaining(['Western District of North Carolina', 'U.S. District Court, W.D. North Carolina']));
    expect(courtById('nope')).toBeNull();
  });
});
