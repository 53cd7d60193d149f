/**
 * Stages written by colleagues that the order reader builds on: the shared court table, the citation
 * engine and the text-input adapter. Kept behind one object so tests can switch a stage off and the
 * reader keeps working with its own fallbacks (court-names.ts, an identity Document).
 */
import type { Document } from '../input/types.js';
import type { Citation } from '../citations/types.js';
import type { Span } from '../engine/types.js';
import { findCourtInCaption } from '../data/courts.js';
import { findCitations } from '../citations/find.js';
import { resolveCitations } from '../citations/resolve.js';
import { documentFromText } from '../input/read-document.js';

export interface OptionalStages {
  findCourtInCaption: ((text: string) => { id: string; name: string; abbreviation?: string; span: Span } | null) | null;
  findCitations: ((text: string) => Citation[]) | null;
  resolveCitations: ((citations: Citation[], text: string) => Citation[]) | null;
  documentFromText: ((text: string) => Document) | null;
}

export const optional: OptionalStages = {
  findCourtInCaption: (text) => {
    const hit = findCourtInCaption(text);
    return hit ? { id: hit.court.id, name: hit.court.name, abbreviation: hit.court.citationString, span: hit.span } : null;
  },
  findCitations: (text) => findCitations(text),
  // In place: the reader owns the fresh `findCitations` result (one copy of each citation less).
  resolveCitations: (cites, text) => resolveCitations(cites, text, { inPlace: true }),
  documentFromText: (text) => documentFromText(text),
};
