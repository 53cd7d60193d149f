import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/input/html.js';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['br and div end lines', '<div>A<br>B</div><div>C</div>', 'A\nB\nC'],
    ['source whitespace collapses', '<p>The   motion\n    is\tdenied.</p>', 'The motion is denied.'],
    ['inline tags do not split words', '<p>DE<b>NIED</b> <i>in part</i></p>', 'DENIED in part'],
    ['entities decode', '<p>Smith &amp; Jones &sect; 3582 &#8212; &quot;x&quot;&nbsp;y</p>', 'Smith & Jones \u00a7 3582 \u2014 "x"\u00a0y'],
    ['pre keeps its layout', '<pre class="inline">  UNITED STATES\n\n    No. 08-6311</pre>', '  UNITED STATES\n\n    No. 08-6311'],
    ['script, style and nav are dropped',
      '<html><head><title>t</title><style>p{}</style></head><body><nav><a>Home</a></nav><script>var x="<p>";</script><p>Order.</p></body></html>',
      'Order.'],
    ['page header and footer are dropped', '<body><header>Site</header><p>Text.</p><footer>(c) 2024</footer></body>', 'Text.'],
    ['header inside the opinion article is kept', '<article><header>OPINION</header><p>Text.</p></article>', 'OPINION\n\nText.'],
    ['chrome by role and class', '<div role="navigation">Menu</div><div class="sidebar-section">Related</div><div class="btn-group hidden-print">Download</div><p>Body.</p>', 'Body.'],
    ['CAP page labels are dropped, footnotes kept',
      '<section class="casebody"><p><a class="page-label" href="#p5">*5</a>The defendant appeals.</p><aside class="footnote"><p>1 A note.</p></aside></section>',
      'The defendant appeals.\n\n1 A note.'],
    ['star pagination is dropped', '<p>before <span class="star-pagination">*386</span> after</p>', 'before after'],
    ['self-closing spans do not swallow text', '<p><span style="x"/>May 17, 1993</p>', 'May 17, 1993'],
    ['a closing tag broken over lines', '<li><a href="/x/"\n  >Edward Carnes</a\n  >,\n\n   <a>Gerald Tjoflat</a></li>', 'Edward Carnes, Gerald Tjoflat'],
    ['table cells are spaced', '<table><tr><td>Judge</td><td>Date</td></tr></table>', 'Judge Date'],
    ['Harvard XML opinion', '<?xml version="1.0"?><opinion type="majority"><author>Hughes, C.J.</author><p>Affirmed.</p></opinion>', 'Hughes, C.J.\n\nAffirmed.'],
  ])('%s', (_n, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    '<p>The   <b>motion</b> is &ldquo;DENIED&rdquo;.</p><div>Doc.&nbsp;No. 55</div>',
    '<html><body><nav>x</nav><pre>  a\n b</pre><p>c &amp; d</p></body></html>',
    '<section class="casebody"><p class="parties">People<br> v.<br> Flowers</p></section>',
  ])('maps every copied character to the same character in the HTML: %s', (html) => {
    const h = htmlToText(html);
    for (let i = 0; i < h.text.length; i++) {
      const c = h.text[i];
      const src = html[h.toHtml(i)];
      // Generated line breaks point at a tag, collapsed spaces at source whitespace, entities at '&'.
      if (c === '\n') expect(['<', '\n']).toContain(src);
      else if (c === ' ') expect(/\s|&/.test(src)).toBe(true);
      else if (src === '&') expect(/[^\x00-\x7f]|[&"<>]/.test(c)).toBe(true);
      else expect(src).toBe(c);
    }
  });

  it('maps a word span to the HTML that holds it', () => {
    const html = '<div><p>The motion is <b>DENIED</b>.</p></div>';
    const h = htmlToText(html);
    const s = h.text.indexOf('DENIED');
    expect(html.slice(...h.toHtmlSpan(s, s + 6))).toBe('DENIED');
    const whole = h.toHtmlSpan(0, h.text.length);
    expect(html.slice(...whole)).toBe('The motion is <b>DENIED</b>.');
  });

  it('is monotonic', () => {
    const html = '<p>a &amp; b</p><pre>x\n y</pre><div>z<br/>w</div>';
    const h = htmlToText(html);
    for (let i = 1; i <= h.text.length; i++) expect(h.toHtml(i)).toBeGreaterThanOrEqual(h.toHtml(i - 1));
  });
});


const htmlPiece = fc.constantFrom(
  '<p>', '</p>', '<div class="x">', '</div>', '<br>', '<br/>', '<pre>', '</pre>', '<b>', '</b>', '<script>var a="<p>";</script>',
  '<nav>menu</nav>', '<span class="star-pagination">*5</span>', '&amp;', '&nbsp;', '&#8212;', '&bogus;', '&', ' ', '  ', '\n',
  '\t', 'DENIED', 'Doc. No. 55', '<!-- c -->', '<a\n href="x"\n>', '</a\n>', '<td>', '</td>', '<', '>', '"', 'é', '<table>', '</table>',
);

describe('htmlToText on random markup', () => {
  fcTest.prop([fc.array(htmlPiece, { maxLength: 40 }).map((a) => a.join(''))], { numRuns: 300 })(
    'never throws; the map is monotonic and copied characters match the markup',
    (html) => {
      const h = htmlToText(html);
      let prev = 0;
      for (let i = 0; i < h.text.length; i++) {
        const o = h.toHtml(i);
        expect(o).toBeGreaterThanOrEqual(prev);
        expect(o).toBeLessThan(html.length);
        prev = o;
        const c = h.text[i];
        const src = html[o];
        if (c !== ' ' && c !== '\n' && src !== '&') expect(src).toBe(c);
      }
    },
  );
});
