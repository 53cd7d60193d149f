import { describe, expect, it } from 'vitest';
import { AnnotatedText } from '../../src/web/annotated-text.js';
import { displayValue, humanizePath } from '../../src/web/facts.js';
import { activeContent } from './inert.js';

describe('humanizePath', () => {
  it.each([
    ['compassionateRelease', 'compassionate release'],
    ['groundsAsserted[0].finding', 'grounds asserted 1 · finding'],
    ['section3553a', '§ 3553(a)'],
    ['doc. entry', 'doc. entry'],
  ])('%s -> %s', (a, b) => expect(humanizePath(a)).toBe(b));
});

describe('displayValue', () => {
  it.each([
    ['denied_without_prejudice', 'denied without prejudice'],
    ['Robert J. Calloway', 'Robert J. Calloway'],
    [{ id: 'ncwd', name: 'W.D.N.C.' }, 'W.D.N.C. (ncwd)'],
    [{ printed: '1:17-CR-85', normalized: '1:17-cr-00085' }, '1:17-CR-85'],
    [{ role: 'defendant', name: 'Jo Doe' }, 'Jo Doe (defendant)'],
    [{ date: '2020-08-10', kind: 'signed' }, '2020-08-10 (signed)'],
    [true, 'yes'],
    [null, '—'],
    [['a', 'b'], 'a, b'],
  ])('%j -> %s', (v, out) => expect(displayValue(v)).toBe(out));
});

describe('AnnotatedText', () => {
  const text = 'See Raia, 954 F.3d 594 (3d Cir. 2020). Raia, 954 F.3d at 597. <b>x</b>';
  const full: [number, number] = [10, 22];
  const short: [number, number] = [45, 60];

  it('cuts crossing spans into pieces that keep the text whole and escaped', () => {
    const html = String(AnnotatedText({
      text,
      cites: [{ idx: 0, span: full, kind: 'case', href: '/citator?cite=954%20F.3d%20594', title: 'case' }, { idx: 1, span: short, kind: 'caseShort', href: '#c0', title: 'short' }],
      // A fact that starts before the citation and ends inside it, and one past the text (ignored).
      marks: [{ id: '0', span: [4, 15], label: 'crossing' }, { id: '1', span: [60, 999], label: 'out of range' }],
    }));
    expect(html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(text);
    expect(activeContent(html)).toEqual([]);
    expect(html).toContain('id="c0"');
    expect(html).toContain('href="#c0"');
    expect(html.match(/id="f0"/g)).toHaveLength(1);
    expect(html).not.toContain('id="f1"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
