/**
 * Last-resort text for a PDF that pdf.js cannot open (truncated, no trailer): scan the bytes for
 * content streams (inflating FlateDecode ones with a cap) and read the literal strings of their text
 * operators. Only simple-font text comes out this way; layout is approximate (one line per text
 * positioning that moves down).
 */
import { constants, inflateSync } from 'node:zlib';

const MAX_STREAM_OUTPUT = 64 * 1024 * 1024;

/*
 * Text-showing operators on literal strings:
 *   (Hello) Tj      [(Hel) -20 (lo)] TJ      (next line) '
 * and line moves:  0 -14 Td   72 700 Td   T*   1 0 0 1 72 700 Tm
 */
const TOKEN = /\((?:\\[\s\S]|[^\\)])*\)|\[|\]|-?\d*\.?\d+|\/[^\s/[\]()<>]+|[A-Za-z'"*]+/g;

function unescapeLiteral(s: string): string {
  return s.slice(1, -1).replace(/\\(?:([nrtbf()\\])|([0-7]{1,3})|\r?\n)/g, (_m, c: string, oct: string) => {
    if (oct) return String.fromCharCode(parseInt(oct, 8));
    if (!c) return '';
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}

function textOfContent(content: string): string {
  let out = '';
  let line = '';
  let nums: number[] = [];
  let inArray = false;
  let arrayText = '';
  let pending: string[] = [];
  const newline = () => {
    if (line.trim()) out += line.replace(/\s+$/, '') + '\n';
    line = '';
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(content); m; m = TOKEN.exec(content)) {
    const t = m[0];
    if (t[0] === '(') {
      if (inArray) arrayText += unescapeLiteral(t);
      else pending.push(unescapeLiteral(t));
      continue;
    }
    if (t === '[') {
      inArray = true;
      arrayText = '';
      continue;
    }
    if (t === ']') {
      inArray = false;
      pending.push(arrayText);
      continue;
    }
    if (/^-?\d*\.?\d+$/.test(t)) {
      if (inArray) {
        if (Number(t) < -200) arrayText += ' ';
      } else nums.push(Number(t));
      continue;
    }
    switch (t) {
      case 'Tj':
      case 'TJ':
        line += pending.join('');
        break;
      case "'":
      case '"':
        newline();
        line += pending.join('');
        break;
      case 'Td':
      case 'TD':
        if (nums.length >= 2 && nums[nums.length - 1] !== 0) newline();
        else if (line && !/\s$/.test(line)) line += ' ';
        break;
      case 'T*':
        newline();
        break;
      case 'Tm':
      case 'BT':
      case 'ET':
        newline();
        break;
    }
    pending = [];
    nums = [];
  }
  newline();
  return out;
}

/** The text found by scanning raw bytes, or '' when none looks like text. */
export function rawPdfText(data: Uint8Array): string {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const s = buf.indexOf('stream', at, 'latin1');
    if (s < 0) break;
    at = s + 6;
    if (buf[s - 1] === 0x64) continue; // endstream
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    let end = buf.indexOf('endstream', start, 'latin1');
    if (end < 0) end = buf.length; // truncated inside a stream
    at = end + 9;
    const dict = buf.subarray(Math.max(0, s - 512), s).toString('latin1');
    const own = dict.slice(dict.lastIndexOf('<<'));
    if (/\/(?:Subtype\s*\/Image|Type\s*\/XObject|Length1|FontFile)/.test(own)) continue;
    let body: Buffer = buf.subarray(start, end);
    if (/\/FlateDecode\b/.test(own)) {
      try {
        body = inflateSync(body, { maxOutputLength: MAX_STREAM_OUTPUT, finishFlush: constants.Z_SYNC_FLUSH });
      } catch {
        continue;
      }
    } else if (/\/Filter\b/.test(own)) continue;
    const content = body.toString('latin1');
    if (!/\bT[jJ]\b|'/.test(content)) continue;
    const text = textOfContent(content);
    if (text.trim()) parts.push(text);
  }
  const text = parts.join('\f\n').trim();
  // Keep it only when it reads as text (CID fonts give byte soup).
  const printable = text.replace(/[^\x20-\x7e\n\f\u00a0-\u00ff]/g, '').length;
  return text.length > 0 && printable / text.length > 0.9 ? text : '';
}
