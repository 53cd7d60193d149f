/**
 * The e-filing stamp printed atop every page of a federal court PDF. The reading text drops it as page
 * furniture; it still names the case and the filing date when the caption does not (a page excerpt, a
 * minute order): "Case 2:19-cr-00595-CAS Document 123 Filed 03/24/21 Page 3 of 26 Page ID #:992".
 * A fallback only: the caption's docket and the document's own date come first.
 */
import type { Fact } from '../engine/types.js';
import { parseDate } from './date-parse.js';
import { normalizeDocket } from './docket.js';
import type { DocketNumber } from './types.js';

// "Case 2:19-cr-00595-CAS Document 123 Filed 03/24/21 Page 3 of 26" · "Case: 1:20-cv-01234 Document #: 45 Filed: 05/01/20 Page 1 of 9" ·
// "Case 09-00429 Doc 83 Filed 03/09/10 Entered 03/09/10 09:03:58" · "Case 3:16-cr-00209-MOC-DSC Document 512-1 Filed 08/10/20" ·
// "08-10375-jmp Doc 700 Filed 09/02/09 Entered 09/02/09 16:46:36" (a bankruptcy court's stamp, no "Case")
const ECF_STAMP =
  /^[ \t]*(?:Case:?[ \t]+)?(\d[\w:.-]*?\d[\w-]*)[ \t]+(?:Doc(?:ument)?\.?)[ \t]*(?:#:?|No\.?)?[ \t]*\d+(?:-\d+)?[ \t]+Filed:?[ \t]+(\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))(?!\d)/m;

export interface EcfStamp {
  docket: Fact<DocketNumber> | null;
  filed: Fact<string> | null;
}

// The first page's stamp wherever the text layer put it (at the foot of the page, after the caption):
// "Case 2:06-cv-01222-GEB-KJM Document 3 Filed 06/13/2006 Page 1 of 3"
const FIRST_PAGE_STAMP = new RegExp(`${ECF_STAMP.source}[^\\n]*?\\bPage[ \\t]+1[ \\t]+of[ \\t]+\\d+`, 'm');

/** The first e-filing stamp in the first lines of `original`, else page 1's stamp anywhere (spans in its coordinates), or null. */
export function readEcfStamp(original: string): EcfStamp | null {
  const m = ECF_STAMP.exec(original.slice(0, 600)) ?? FIRST_PAGE_STAMP.exec(original.slice(0, 20000));
  if (!m) return null;
  const printed = m[1];
  const ds = m.index + m[0].indexOf(printed);
  const v = normalizeDocket(printed, '');
  const iso = parseDate(m[2]);
  const fs = m.index + m[0].indexOf(m[2], m[0].search(/Filed/));
  return {
    docket: v ? { value: { printed, normalized: v.normalized }, span: [ds, ds + printed.length], rule: 'docket/ecf-stamp', confidence: 0.8 } : null,
    filed: iso ? { value: iso, span: [fs, fs + m[2].length], rule: 'date/ecf-stamp', confidence: 0.7 } : null,
  };
}
