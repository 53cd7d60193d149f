// Every reporter and code table entry: its example is found, with that entry as the canonical abbreviation.
import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/data/reporters.js';
import { codes } from '../../src/data/statutes.js';
import { findCitations } from '../../src/citations/find.js';

describe('reporter table', () => {
  it('abbreviations are unique', () => {
    const abbrs = reporters.map((r) => r.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it.each(reporters.map((r) => [r.abbr, r] as const))('%s: example is found', (_abbr, r) => {
    const hits = findCitations(`See ${r.example}.`).filter((c) => c.kind === 'case');
    expect(hits.map((c) => c.reporter), r.example).toContain(r.abbr);
    expect(r.years[1] === null || r.years[1] >= r.years[0]).toBe(true);
  });

  it.each(reporters.filter((r) => r.variants?.length).map((r) => [r.abbr, r] as const))('%s: variants map back to it', (_abbr, r) => {
    for (const v of r.variants!) {
      const text = `See 12 ${v} 345.`;
      const hits = findCitations(text).filter((c) => c.kind === 'case');
      expect(hits.length, text).toBe(1);
      expect(hits[0].reporterFound).toBe(v);
    }
  });
});

describe('statute table', () => {
  it.each(codes.map((c) => [c.abbr, c] as const))('%s: example is found', (_abbr, c) => {
    const hits = findCitations(`Under ${c.example}, relief.`).filter((x) => x.kind === 'law');
    expect(hits.map((x) => x.code), c.example).toContain(c.abbr);
  });
});
