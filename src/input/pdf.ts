/** PDF text layer (placeholder until the pdfjs adapter lands). */
import type { Warning } from '../engine/types.js';
import type { Page } from './types.js';

export interface PdfText {
  text: string;
  pages: Page[];
  warnings: Warning[];
  meta: Record<string, string>;
}

export async function readPdf(
  _bytes: Uint8Array,
  _opts: { path?: string; timeoutMs: number; ocr?: boolean },
): Promise<PdfText> {
  return { text: '', pages: [], warnings: [{ code: 'pdf-unsupported', message: 'PDF reading is not built yet' }], meta: {} };
}
