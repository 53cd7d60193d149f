// Scope is decided once: recited arguments, quotations, citation parentheticals and history are not the court's findings.
import { describe, expect, it } from 'vitest';
import { buildScope, codeCompassionateRelease } from '../../src/domains/compassionate-release/index.js';
import { bareOrder } from './cr-helpers.js';

describe('sentence scope', () => {
  it.each([
    ['The Government argues that Defendant has failed to exhaust his administrative remedies.', 'argument_government'],
    ['In response, the government contends that the § 3553(a) factors weigh against release.', 'argument_government'],
    ['Defendant argues that his asthma places him at high risk.', 'argument_defendant'],
    ['Mr. Jackson contends that he exhausted his remedies.', 'argument_defendant'],
    ['The Court denied the Defendant’s motion for compassionate release without prejudice on October 9, 2020.', 'history'],
    ['Two earlier requests were denied in 2020.', 'history'],
    ['The Court finds that Defendant has not exhausted his administrative remedies.', 'court'],
    ['However, as the Government points out, Defendant has not cited a change in sentencing law.', 'court'],
    ['Defendant’s motion is DENIED.', 'court'],
  ])('%s -> %s', (sentence, scope) => {
    const s = buildScope(sentence).sentences[0];
    expect(s.scope).toBe(scope);
  });

  it.each([
    ['A defendant must exhaust administrative remedies before filing.', true],
    ['If a defendant fails to comply, the court must deny the motion.', true],
    ['Defendant has not exhausted his administrative remedies.', false],
    ['A nonretroactive change to § 924(c) does not constitute an extraordinary and compelling reason.', false],
  ])('generic statement of law? %s', (sentence, generic) => {
    expect(buildScope(sentence).sentences[0].generic).toBe(generic);
  });

  it('marks citation parentheticals and long quotations as regions', () => {
    const text = 'See Vigna, 2020 WL 1900495, at *6 (declining to address the exhaustion question and requiring a request). He wrote that “the mere existence of COVID-19 in society and the possibility that it may spread cannot justify release.”';
    const scope = buildScope(text);
    expect(scope.regions.map((r) => r.scope)).toEqual(['parenthetical', 'quotation']);
  });
});

describe('findings are the court’s own', () => {
  const head = 'ORDER\nBefore the Court is Defendant’s motion for compassionate release (Doc. 12), based on COVID-19.\n';
  it.each([
    ['the Government’s recited argument', 'The Government argues that Defendant has failed to exhaust his administrative remedies. The motion is DENIED.', 'not_addressed'],
    ['the court’s own finding', 'Defendant has failed to exhaust his administrative remedies. The motion is DENIED.', 'not_satisfied'],
    ['a citation parenthetical', 'See United States v. Roe, 1 F.4th 1 (1st Cir. 2021) (holding that a defendant who has not exhausted must wait). The motion is DENIED.', 'not_addressed'],
    ['a statement of the law', 'A defendant who has not exhausted his administrative remedies may not file. The motion is DENIED.', 'not_addressed'],
    ['the government’s concession', 'The Government concedes that Defendant has exhausted his administrative remedies. The motion is DENIED.', 'conceded_by_government'],
  ])('exhaustion from %s', (_name, body, want) => {
    const c = codeCompassionateRelease(bareOrder(), head + body)!;
    expect(c.exhaustion.value).toBe(want);
  });

  it('an earlier ruling told as history is not this order’s disposition', () => {
    const c = codeCompassionateRelease(bareOrder(), `${head}The Court previously granted a motion to seal. The Court denied his first motion in 2020. For these reasons, the motion for compassionate release is DENIED.`)!;
    expect(c.disposition?.value).toBe('denied');
  });
});

describe('what other courts did is not this court’s finding', () => {
  it.each([
    'In United States v. Jones, the court found that the defendant’s obesity constituted an extraordinary and compelling reason.',
    'Courts have held that obesity constitutes an extraordinary and compelling reason during the pandemic.',
    'See, e.g., United States v. Roe, No. 1:20-cr-1 (D. Md. 2020), where obesity was held to constitute extraordinary and compelling reasons.',
  ])('%s', (sentence) => {
    expect(buildScope(sentence).sentences[0].scope).toBe('other_court');
    const c = codeCompassionateRelease(bareOrder(), `ORDER\nBefore the Court is Defendant’s motion for compassionate release based on his obesity. ${sentence} The motion is DENIED.`)!;
    expect(c.groundsAsserted.find((g) => g.ground.value === 'serious_medical')?.finding.value).not.toBe('found');
  });
});
