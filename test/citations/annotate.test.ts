import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate, tokenizeHtml } from '../../src/citations/annotate.js';
import { citeText } from '../../src/citations/index.js';
import { htmlToText } from '../../src/input/html.js';
import type { Citation } from '../../src/citations/types.js';
import { build, fullCase, idCite } from './resolve-helpers.js';

const idx = { before: (_c: Citation, i: number) => `[${i}]`, after: (_c: Citation, i: number) => `[/${i}]` };

/** Citations on the text of some HTML, found by searching each string in order. */
function onHtml(html: string, parts: string[]): Citation[] {
  const { text } = htmlToText(html);
  let from = 0;
  return parts.map((p) => {
    const s = text.indexOf(p, from);
    if (s < 0) throw new Error(`"${p}" not in ${JSON.stringify(text)}`);
    from = s + p.length;
    return { ...build(p, [{ kind: 'case', at: p }])[0], span: [s, s + p.length] as [number, number], fullSpan: [s, s + p.length] as [number, number] };
  });
}

describe('annotate plain text', () => {
  it.each([
    { name: 'wraps and escapes', text: 'A & B <x> 1 U.S. 1 "q"', specs: [fullCase('1 U.S. 1')], want: 'A &amp; B &lt;x&gt; [0]1 U.S. 1[/0] &quot;q&quot;' },
    { name: 'several, in order', text: '1 U.S. 1. Foo. Id. Bar. Id. at 2.', specs: [fullCase('1 U.S. 1'), idCite('Id.'), idCite('Id. at 2', 'at 2')], want: '[0]1 U.S. 1[/0]. Foo. [1]Id.[/1] Bar. [2]Id. at 2[/2].' },
    { name: 'line break inside a citation', text: '1\nU.S. 1', specs: [{ kind: 'case', at: '1\nU.S. 1' }], want: '[0]1\nU.S. 1[/0]' },
    { name: 'citation text is escaped too', text: 'x 1 A&B 2 y', specs: [{ kind: 'unknown', at: '1 A&B 2' }], want: 'x [0]1 A&amp;B 2[/0] y' },
  ])('$name', ({ text, specs, want }) => {
    expect(annotate(text, build(text, specs as never), { format: 'text', ...idx })).toBe(want);
  });

  it('default wrapper carries kind, authority and resolvesTo, escaped', () => {
    const text = 'See 1 U.S. 1. Id.';
    const c = build(text, [fullCase('1 U.S. 1'), idCite('Id.')]);
    c[0].authority = 'case:1|us|"1"';
    c[1].resolvesTo = 0;
    c[1].authority = c[0].authority;
    expect(annotate(text, c)).toBe(
      'See <span class="citation" data-kind="case" data-authority="case:1|us|&quot;1&quot;">1 U.S. 1</span>. ' +
        '<span class="citation" data-kind="id" data-authority="case:1|us|&quot;1&quot;" data-resolves-to="0">Id.</span>',
    );
  });

  it.each([
    { href: 'https://example.org/?a=1&b="2"', want: '<a class="citation" href="https://example.org/?a=1&amp;b=&quot;2&quot;" data-kind="case">1 U.S. 1</a>' },
    { href: 'javascript:alert(1)', want: '<span class="citation" data-kind="case">1 U.S. 1</span>' },
    { href: ' DATA:text/html,x', want: '<span class="citation" data-kind="case">1 U.S. 1</span>' },
  ])('links via href ($href), never to unsafe schemes', ({ href, want }) => {
    const text = '1 U.S. 1';
    expect(annotate(text, build(text, [fullCase('1 U.S. 1')]), { href: () => href })).toBe(want);
  });

  it('custom wrap receives escaped inner text', () => {
    const text = 'see 1 U.S. 1 <now>';
    expect(annotate(text, build(text, [fullCase('1 U.S. 1')]), { format: 'text', wrap: (_c, i, inner) => `<b id="${i}">${inner.toLowerCase()}</b>` })).toBe('see <b id="0">1 u.s. 1</b> &lt;now&gt;');
  });

  it('skips overlapping and out-of-range spans instead of nesting badly', () => {
    const text = 'Foo v. Bar, 1 U.S. 1 (1990).';
    const c = build(text, [fullCase('1 U.S. 1')]);
    const wide = { ...c[0], span: [0, 27] as [number, number] };
    const bad = { ...c[0], span: [20, 999] as [number, number] };
    expect(annotate(text, [wide, c[0], bad], { format: 'text', ...idx })).toBe('[0]Foo v. Bar, 1 U.S. 1 (1990)[/0].');
  });
});

describe('annotate HTML', () => {
  it.each([
    { name: 'tags inside a citation are kept whole', html: 'foo  <i>1   <b>U.S.</b></i>   1 bar', parts: ['1 U.S. 1'], want: 'foo  [0]<i>1   <b>U.S.</b></i>   1[/0] bar' },
    { name: 'grows over a tag touching the start', html: '(citing <i>Howsam</i> at 84, 1 U.S. 2)', parts: ['Howsam at 84', '1 U.S. 2'], want: '(citing [0]<i>Howsam</i> at 84[/0], [1]1 U.S. 2[/1])' },
    { name: 'stays inside a tag that wraps it', html: 'foo <i>Ibid.</i> bar', parts: ['Ibid.'], want: 'foo <i>[0]Ibid.[/0]</i> bar' },
    { name: 'splits when it straddles a tag', html: '<i>See 1 U.S.</i> 1 and more', parts: ['1 U.S. 1'], want: '<i>See [0]1 U.S.[/0]</i>[0] 1[/0] and more' },
    { name: 'block tags and entities', html: '<p id="a">2016 WL 4217254</p>.<p>id. &amp; more</p>', parts: ['2016 WL 4217254', 'id. &'], want: '<p id="a">[0]2016 WL 4217254[/0]</p>.<p>[1]id. &amp;[/1] more</p>' },
    { name: 'stray < is text', html: 'it <12123 is < 5 and 1 U.S. 1', parts: ['1 U.S. 1'], want: 'it <12123 is < 5 and [0]1 U.S. 1[/0]' },
  ])('$name', ({ html, parts, want }) => {
    expect(annotate(html, onHtml(html, parts), { format: 'html', ...idx })).toBe(want);
  });

  it('leaves a straddling citation alone with unbalanced: skip', () => {
    const html = '<i>See 1 U.S.</i> 1 and more';
    expect(annotate(html, onHtml(html, ['1 U.S. 1']), { format: 'html', unbalanced: 'skip', ...idx })).toBe(html);
  });

  it('auto-detects HTML but treats a < b as text', () => {
    const text = 'if a < b then 1 U.S. 1';
    expect(annotate(text, build(text, [fullCase('1 U.S. 1')]), idx)).toBe('if a &lt; b then [0]1 U.S. 1[/0]');
  });

  // Property: whatever the markup and the spans, removing our wrappers gives the input back, and every
  // wrapper holds balanced markup.
  const atom = fc.constantFrom('1 U.S. 1', ' ', 'Id. at 2', '<i>', '</i>', '<b>', '</b>', '<p>', '</p>', '<br>', '&amp;', 'x', '<!-- c -->', 'a < b', '\n');
  it('never breaks markup (property)', () => {
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 6 }), (atoms, spans) => {
        const html = atoms.join('');
        const { text } = htmlToText(html);
        const cites = spans.map(([s, len]) => ({ ...build('x', [{ kind: 'unknown', at: 'x' }])[0], span: [s % (text.length + 1), (s % (text.length + 1)) + len] as [number, number] }));
        const out = annotate(html, cites, { format: 'html', before: () => '<x-c>', after: () => '</x-c>' });
        expect(out.replaceAll('<x-c>', '').replaceAll('</x-c>', '')).toBe(html);
        for (const m of out.matchAll(/<x-c>([\s\S]*?)<\/x-c>/g)) {
          const stack: string[] = [];
          for (const t of tokenizeHtml(m[1])) {
            if (t.type === 'open') stack.push(t.name);
            else if (t.type === 'close') expect(stack.pop()).toBe(t.name);
          }
          expect(stack).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('annotate what the finder finds (end to end)', () => {
  const marks = { format: 'text' as const, ...idx };
  it.each([
    // A cite inside quotation marks: the closing quote is not part of the page.
    ["the brief calls it '12 F.3d 100' twice", 'the brief calls it &#39;[0]12 F.3d 100[/0]&#39; twice'],
    ['a curly ‘5 F.4th 210’ cite', 'a curly ‘[0]5 F.4th 210[/0]’ cite'],
    ['in quotes "401 U.S. 37" here', 'in quotes &quot;[0]401 U.S. 37[/0]&quot; here'],
  ])('%s', (text, want) => {
    expect(annotate(text, citeText(text), marks)).toBe(want);
  });

  it.each([
    // A pinned name in the cite's own explanatory parenthetical is wrapped on its own.
    ['Orme v. Dale, 537 U.S. 79, 83 (2002) (citing Orme at 84).', '(citing [1]Orme at 84[/1])'],
    ['Lusk v. Ray, 12 F.3d 5 (2d Cir. 1993) (quoting Lusk, at 7).', '(quoting [1]Lusk, at 7[/1])'],
    ['Pell v. Amon, 3 F.4th 8 (1st Cir. 2021) (applying Pell at 9 to a new record).', '(applying [1]Pell at 9[/1] to'],
  ])('%s', (text, want) => {
    expect(annotate(text, citeText(text), marks)).toContain(want);
  });
});
