/** Bytes per page template of a built site, gzip-compressed as a host would send them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  template: string;
  url: string;
  /** The page itself, its inline stylesheet included: what arrives in the first round trip if it fits 14.6 KB. */
  html: number;
  /** Its styles: the inline stylesheet and any linked ones. */
  css: number;
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
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => existsSync(join(dist, href)));
  const linkedCss = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const js = withStaticImports(dist, assets(/<script[^>]+src="([^"]+)"/g)).reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), inline ? gz(inline) : 0);
  const h1 = html.indexOf('</h1>');
  const lead = h1 >= 0 ? html.indexOf('</p>', h1) : -1;
  const firstScreen = gz(html.slice(0, lead >= 0 ? lead + 4 : html.length));
  const htmlBytes = gz(html);
  // Inline styles are counted in the CSS budget, and once in the total, as part of the page.
  return { template, url, html: htmlBytes, css: linkedCss + (inlineCss ? gz(inlineCss) : 0), js, total: htmlBytes + linkedCss + js, firstScreen };
}
