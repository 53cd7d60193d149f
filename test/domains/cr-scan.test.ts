// The scan's shortcuts (anchor trie that skips past matches, lazy sentence scope, hits extended in
// place) must give what the plain reading gives: every anchor that occurs, every sentence's scope.
import { describe, expect, it } from 'vitest';
import { scanFamily, type ScanContext } from '../../src/domains/compassionate-release/scan.js';
import { crFamilies, compassionateReleaseRules } from '../../src/domains/compassionate-release/rules.js';
import { buildScope } from '../../src/domains/compassionate-release/index.js';

const anchors = [...new Set(compassionateReleaseRules.rules.flatMap((r) => (r.anchors ?? []).map((a) => a.toLowerCase())))];

describe('anchors found by the trie scan', () => {
  it.each([
    // Anchors that begin inside another ("reduction" holds "reduc"; "granted" then "denied" back to back).
    ['The motion for a sentence reduction is granted in part and denied in part.'],
    ['Defendant Reyes, who is 71 years old, has served 30 days since the warden denied his request; the government consents.'],
    ['ORDER DENYING MOTION FOR COMPASSIONATE RELEASE under 18 U.S.C. § 3582(c)(1)(A); the Court grantsdenies nothing else.'],
    ['Ms. Okafor, pro se, cites her hypertension, obesity and the COVID-19 pandemic; counsel was appointed.'],
    ['No anchor words at all in this sentence about the weather.'],
  ])('%s', (text) => {
    const ctx: ScanContext = { text, lower: text.toLowerCase(), scope: buildScope(text) };
    scanFamily(ctx, crFamilies.motion);
    const expected = anchors.filter((a) => ctx.lower.includes(a)).sort();
    expect([...(ctx.anchorsFound ?? [])].sort()).toEqual(expected);
  });
});

describe('lazy sentence scope equals the eager reading', () => {
  it.each([
    ['The Government argues that he has not exhausted. The Court disagrees. (denying relief)'],
    ['If a defendant fails to exhaust, the motion must be dismissed. Defendant Lee argues otherwise. The motion is DENIED.'],
    ['In United States v. Doe, 1 F.4th 2 (9th Cir. 2021), the court found no danger. Here the Court finds otherwise.'],
  ])('%s', (text) => {
    const a = buildScope(text).sentences;
    const b = buildScope(text).sentences;
    // Read scope first on one copy and genericity first on the other: order of reads must not matter.
    const viaScope = a.map((s) => [s.scope, s.generic]);
    const viaGeneric = b.map((s) => {
      const generic = s.generic;
      return [s.scope, generic];
    });
    expect(viaScope).toEqual(viaGeneric);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a.map((s) => ({ start: s.start, end: s.end, text: s.text, paragraph: s.paragraph, scope: s.scope, generic: s.generic })));
  });
});
