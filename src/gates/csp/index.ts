/** Static checks of the Content-Security-Policy: what it allows, what a page needs, what the headers files send. */
import { attr, elements, httpEquiv, parseHtml, rawText, startTag } from '../../lib/html/document';
import { hashSource } from '../../lib/security/csp';
import { HOUSE_STYLE } from '../../lib/theme/theme-css';

/** The Content-Security-Policy of a page's meta tag. */
export function metaPolicy(html: string): string | undefined {
  return httpEquiv(parseHtml(html), 'Content-Security-Policy');
}

/** The hash sources of one directive of a policy ("'sha256-…'"). */
function hashes(policy: string, directive: 'script-src' | 'style-src'): string[] {
  return (directives(policy).get(directive) ?? []).filter((s) => s.startsWith("'sha256-"));
}

/** The only sources a strict policy needs: its own files, hashed inline styles, data: images, and Pagefind's WebAssembly. */
const SAFE = /^'(?:self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/;

/**
 * The two exceptions, each in one directive only: data: images, and inline style attributes, which
 * hold the house colours (why that is safe: src/lib/security/csp.ts; inlineCode checks each one).
 */
const ALLOWED: Record<string, string> = { 'img-src': 'data:', 'style-src-attr': "'unsafe-inline'" };

/** Sources beyond those ('unsafe-inline', 'unsafe-eval', other origins), as "directive source". */
export function unsafeSources(policy: string): string[] {
  return [...directives(policy)].flatMap(([name, sources]) =>
    sources.filter((s) => !SAFE.test(s) && ALLOWED[name] !== s).map((s) => `${name} ${s}`),
  );
}

/**
 * Code in a page that its policy does not allow exactly: an inline <script> or <style> it does not
 * hash, handlers, javascript: URLs, and a style attribute that is anything but a house colour.
 */
export function inlineCode(html: string): string[] {
  const policy = metaPolicy(html) ?? '';
  const [scripts, styles] = [hashes(policy, 'script-src'), hashes(policy, 'style-src')];
  return elements(parseHtml(html)).flatMap((el) => {
    const text = startTag(el).slice(0, 80);
    const names = el.attrs.map((a) => a.name);
    const inlineScript = el.tagName === 'script' && attr(el, 'src') === undefined && !/^application\/(ld\+)?json$/.test(attr(el, 'type') ?? '');
    return [
      ...(inlineScript && !scripts.includes(hashSource(rawText(el))) ? [`an inline <script> the policy does not hash: ${rawText(el).slice(0, 60)}`] : []),
      ...names.filter((a) => a.startsWith('on')).map((a) => `an event handler attribute (${a}): ${text}`),
      ...['href', 'src', 'action', 'formaction'].filter((a) => /^\s*javascript:/i.test(attr(el, a) ?? '')).map(() => `a javascript: URL: ${text}`),
      ...(names.includes('style') && !HOUSE_STYLE.test(attr(el, 'style')!) ? [`a style attribute that is not a house colour: ${text}`] : []),
      ...(el.tagName === 'style' && !styles.includes(hashSource(rawText(el))) ? [`a <style> the policy does not hash: ${rawText(el).slice(0, 60)}`] : []),
    ];
  });
}

/** A policy as directive name -> sources. */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/**
 * How a header policy differs from a page's meta policy: it must have the same directives and
 * sources plus frame-ancestors 'none', and its style-src may add the hashes of other pages.
 */
export function headerVersusMeta(header: string, meta: string): string[] {
  const [h, m] = [directives(header), directives(meta)];
  const problems: string[] = [];
  if (h.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("the header lacks frame-ancestors 'none'");
  for (const name of new Set([...h.keys(), ...m.keys()])) {
    if (name === 'frame-ancestors') continue;
    const [hs, ms] = [h.get(name) ?? [], m.get(name) ?? []];
    const extra = hs.filter((s) => !ms.includes(s) && !(name === 'style-src' && s.startsWith("'sha256-")));
    const missing = ms.filter((s) => !hs.includes(s));
    if (extra.length || missing.length) problems.push(`${name}: header ${hs.join(' ') || '(none)'} / meta ${ms.join(' ') || '(none)'}`);
  }
  return problems;
}

/** The headers a `_headers` file (Netlify, Cloudflare Pages) sends for every path ("/*"). */
export function parseHeadersFile(text: string): Record<string, string> {
  const block = text.split(/^(?=\S)/m).find((b) => b.startsWith('/*\n')) ?? '';
  return Object.fromEntries([...block.matchAll(/^\s+([\w-]+):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The headers of nginx `add_header` directives. */
export function parseNginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]));
}
