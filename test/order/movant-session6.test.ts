/**
 * Session 6's filer words (movant-session6-cases.ts): the defense and the prosecution, "Came the Defendant ... and
 * moved", appositives, dates after the possessive, accented names, "has now filed", caption lists, requests in other
 * words, a second relief with its own entry.
 */
import { describe, expect, it } from 'vitest';
import { motionFields, pickListed } from './motion-table.js';
import { CAPTIONS, cases } from './movant-session6-cases.js';

describe('movant from session-6 filer words', () => {
  it.each(cases)('%s (%s)', (_name, caption, body, want) => {
    expect(pickListed(motionFields(CAPTIONS[caption] + body + '\n'), want)).toEqual(want);
  });
});
