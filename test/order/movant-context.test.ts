/**
 * The words around a motion's name (movant-context-cases.ts): reasons, conditions, directives, clerk's directions, "all
 * pending motions", pronouns, rules before the motion word, the U.S. Trustee, "filed by" after the relief, letter
 * requests, two reliefs of one verb, state courts' openings, "Upon the ... Application", headings.
 */
import { describe, expect, it } from 'vitest';
import { motionFields, pickListed } from './motion-table.js';
import { CAPTIONS, cases } from './movant-context-cases.js';

describe('movant, kind and entry from the words around a motion', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    expect(pickListed(motionFields(CAPTIONS[caption] + body + '\n'), want)).toEqual(want);
  });
});
