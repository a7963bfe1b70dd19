/** Bytes per page template of a built site, gzip-compressed as a host would send them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { attr, elements, rawText } from '../../lib/html/document.ts';

export interface Weight {
  template: string;
  url: string;
  /** The page itself, its inline stylesheet included: what arrives in the first round trip if it fits 14.6 KB. */
  html: number;
  /** Its styles: the inline stylesheet and any linked ones. */
  css: number;
  /** Its scripts at every visit: the inline ones, and the files it links or loads after its first paint, with what they import at once. */
  js: number;
  total: number;
  /** Gzip bytes of the HTML up to the end of the lead paragraph: head plus first screen. */
  firstScreen: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports load with the page; a dynamic import() loads on demand, so it is not counted. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The scripts a page loads: its module scripts and everything they import statically, each once. */
function withStaticImports(dist: string, scripts: string[]): string[] {
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !existsSync(join(dist, src))) return;
    seen.add(src);
    for (const m of readFileSync(join(dist, src), 'utf8').matchAll(STATIC_IMPORT)) visit(new URL(m[1]!, `http://site${src}`).pathname);
  };
  scripts.forEach(visit);
  return [...seen];
}

export function pageWeight(dist: string, template: string, url: string): Weight {
  const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
  const all = elements(parse(html, { sourceCodeLocationInfo: true }));
  const onSite = (href: string | undefined) => (href && existsSync(join(dist, href)) ? [href] : []);
  const linkedCss = all
    .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet')
    .flatMap((el) => onSite(attr(el, 'href')))
    .reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  const inlineCss = all.filter((el) => el.tagName === 'style').map(rawText).join('');
  const scripts = all.filter((el) => el.tagName === 'script');
  const inline = scripts.filter((el) => attr(el, 'src') === undefined).map(rawText).join('');
  // A script file loads at every visit whether the page links it or its loader fetches it after the first paint (data-src).
  const files = scripts.flatMap((el) => onSite(attr(el, 'src') ?? attr(el, 'data-src')));
  const linkedJs = withStaticImports(dist, files).reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0);
  const js = linkedJs + (inline ? gz(inline) : 0);
  // Head and first screen: up to the end of the first paragraph after the h1 (the lead).
  const h1 = all.find((el) => el.tagName === 'h1')?.sourceCodeLocation;
  const lead = h1 && all.find((el) => el.tagName === 'p' && el.sourceCodeLocation!.startOffset > h1.endOffset)?.sourceCodeLocation;
  const firstScreen = gz(html.slice(0, lead ? lead.endOffset : html.length));
  const htmlBytes = gz(html);
  // Inline styles and scripts are counted in the CSS and JS budgets, and once in the total, as part of the page.
  return { template, url, html: htmlBytes, css: linkedCss + (inlineCss ? gz(inlineCss) : 0), js, total: htmlBytes + linkedCss + linkedJs, firstScreen };
}
