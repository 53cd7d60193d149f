/** Parses a rendered page and lists anything that could run script: the test of "untrusted text is inert". */
import { Parser } from 'htmlparser2';

export function activeContent(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (/^on/i.test(k)) found.push(`${name}[${k}]`);
        if ((k === 'href' || k === 'src' || k === 'action') && /^\s*(javascript|data|vbscript):/i.test(v)) found.push(`${name}[${k}=${v}]`);
      }
      if (name === 'script' && attrs.src !== '/static/app.js') found.push('script');
      if (['img', 'iframe', 'object', 'embed', 'base', 'meta'].includes(name) && !(name === 'meta' && (attrs.charset || attrs.name === 'viewport'))) found.push(name);
      if (name === 'svg' && attrs.class !== 'chart') found.push('svg');
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return found;
}
