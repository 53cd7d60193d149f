import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/order/text-util.js';

/** Wrap prose at `width` like a typed page, one blank line after every line (double spacing) or none. */
function typed(paragraphs: string[], width: number, double: boolean): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '     ';
    for (const w of p.split(' ')) {
      if (line.length + w.length + 1 > width) {
        out.push(line.trimEnd());
        line = '';
      }
      line += (line.trim() ? ' ' : '') + w;
    }
    out.push(line);
  }
  return out.join(double ? '\n\n' : '\n') + '\n';
}

const FILLER = [
  'The plaintiff brought this action against the county and two of its officers after a dispute over the permit that the county issued and later revoked without a hearing of any kind.',
  'The parties have briefed the questions at length, and the Court has read the record, the exhibits attached to the briefs, and the transcript of the hearing held in the spring of that year.',
];

describe('sentenceAt on double-spaced text', () => {
  it.each([
    ["For the reasons stated above, Acme Widget Company's Motion to Quash, or in the alternative, for a Protective Order is GRANTED in part and DENIED in part.", 'Motion to Quash', 'GRANTED in part'],
    ['Accordingly, the two pending motions for a preliminary injunction filed by the plaintiffs in the consolidated actions are denied for want of irreparable harm.', 'two pending motions', 'are denied'],
    ['Having considered the petition for a writ of habeas corpus and the answer of the respondent warden of the facility, the Court concludes that the petition must be dismissed.', 'petition for a writ', 'must be dismissed'],
  ])('one sentence across the blank lines: %s', (ruling, a, b) => {
    const text = typed([...FILLER, ruling, ...FILLER], 62, true);
    const [s, e] = sentenceAt(text, text.indexOf(b));
    expect(s).toBeLessThanOrEqual(text.indexOf(a));
    expect(text.slice(s, e)).not.toMatch(/hearing held/);
  });

  it('an indented paragraph start still begins a sentence', () => {
    const text = typed(['Background', ...FILLER, ...FILLER], 62, true);
    const at = text.indexOf('The parties');
    const [s] = sentenceAt(text, at + 5);
    expect(text.slice(s, at).trim()).toBe('');
  });

  it.each([
    ['a heading line', 'STANDARD OF REVIEW'],
    ['a numbered heading', 'II. DISCUSSION'],
  ])('%s still ends at the blank line', (_n, heading) => {
    const text = typed([...FILLER, ...FILLER], 62, true).replace('     The parties', `${heading}\n\nThe parties`);
    const at = text.indexOf('The parties');
    const [s] = sentenceAt(text, at + 5);
    expect(s).toBeGreaterThan(text.indexOf(heading) - 1);
  });

  it('text with one paragraph per line keeps blank lines as breaks', () => {
    const paras = Array.from({ length: 10 }, (_v, i) => `${FILLER[i % 2]} See Exhibit ${i}`);
    const text = paras.join('\n\n');
    const at = text.indexOf('See Exhibit 3');
    const [s] = sentenceAt(text, at + 4);
    // The paragraph ends without a stop; single spacing: the blank line before it is still a break.
    expect(text.slice(s, at)).not.toMatch(/Exhibit 2/);
  });
});

describe('sentenceAt across a page break', () => {
  it.each([
    ['form feed and page number', '\n\n\n                         7\n\f'],
    ['page number alone between blank lines (form feed gone)', '\n\n\n 7\n\n'],
    ['"Page 3 of 9" and a form feed', '\n   Page 3 of 9\n\f'],
  ])('a sentence runs on over a %s', (_n, brk) => {
    const text = `${FILLER[0]}\n\nFor these reasons, the motion for a preliminary injunction filed by the tenants' association is${brk}DENIED in its entirety. ${FILLER[1]}`;
    const [s, e] = sentenceAt(text, text.indexOf('DENIED'));
    expect(text.slice(s, e)).toMatch(/^For these reasons[\s\S]*entirety\.$/);
  });

  it('a page break after a full stop still ends the sentence', () => {
    const text = `${FILLER[0]}\n\n   7\n\f${FILLER[1]}`;
    const [s] = sentenceAt(text, text.indexOf('briefed'));
    expect(text.slice(s).trimStart().startsWith('The parties')).toBe(true);
  });
});

describe('sentenceAt after a footnote mark', () => {
  it.each([
    ['bracketed mark', 'Plaintiff may file a fee petition under Rule 54(d)(2).[17] This case is DISMISSED.'],
    ['two-digit mark, next sentence', 'The order is final.[3] The Clerk shall close the case.'],
  ])('%s ends the sentence', (_n, text) => {
    const at = text.lastIndexOf('. ') + 2 > 0 ? text.search(/\] [A-Z]/) + 2 : 0;
    const [s] = sentenceAt(text, at + 3);
    expect(s).toBe(at);
  });
  it.each([
    ['bare mark after a word', 'Defendant contends that the claim fails for lack of standing.1 For the reasons below, the motion is granted.', 'For the reasons'],
    ['bare mark after a quotation', 'He calls the search "unreasonable."12 The Court disagrees.', 'The Court'],
    ['bare mark after a parenthesis', 'The motion was filed late (two days).3 Nonetheless, it is considered.', 'Nonetheless'],
  ])('%s ends the sentence', (_n, text, next) => {
    const [s] = sentenceAt(text, text.indexOf(next) + 2);
    expect(s).toBe(text.indexOf(next));
  });
  it.each([
    ['a decimal', 'The ratio was 4.5 Million dollars were at stake.', 'Million'],
    ['a pin cite', 'See id. at 45.2 The', 'The'],
  ])('%s is no footnote mark', (_n, text, word) => {
    const [s] = sentenceAt(text, text.indexOf(word));
    expect(s).toBe(0);
  });
  it.each([
    ['docket no.', "Plaintiff's Motion for Permission to File Second Amended Complaint (docket no. 39) is GRANTED.", 'is GRANTED'],
    ['p.', 'The report found at p. 4 that the claim fails, and the motion is denied.', 'and the motion'],
    ['docs.', 'The motions (docs. 12 and 14) are DENIED.', 'are DENIED'],
  ])('a lower-case label before its number (%s) does not end the sentence', (_n, text, word) => {
    const [s] = sentenceAt(text, text.indexOf(word));
    expect(s).toBe(0);
  });
  it('"no." before a capital still ends one: "The answer is no. The Court ..."', () => {
    const text = 'The answer is no. The Court denies the motion.';
    expect(sentenceAt(text, text.indexOf('denies'))[0]).toBe(text.indexOf('The Court'));
  });
  it('a bracketed alteration is no footnote: "[the Court]" does not end a sentence', () => {
    const text = 'He argued that [the Court] erred. Then he left.';
    const [s] = sentenceAt(text, text.indexOf('erred'));
    expect(s).toBe(0);
  });
});
