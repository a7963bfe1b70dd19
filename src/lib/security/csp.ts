import { createHash } from 'node:crypto';

/** The CSP source for an inline <style> or <script> with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** What the one policy allows inline, by hash: the site's stylesheet and the script loader. */
export interface InlineHashes {
  styles: string[];
  scripts: string[];
}

/**
 * The Content-Security-Policy every page carries in a meta tag, the same on every page: only this
 * site's own files, plus what the pages carry inline, each allowed exactly:
 * - the site's stylesheet (src/layouts/Base.astro) and the one inline script, which loads a script
 *   file of the site after the first paint (src/lib/browser-scripts.ts), by their hashes: two,
 *   whatever the number of scripts or editions, so the header line stays short (Cloudflare Pages
 *   ignores one of 2,000 characters). The loader imports the file its element names: markup
 *   injected with a copy of it could load only what script-src 'self' lets any <script src>
 *   load, a file of this site;
 * - style attributes, `style-src-attr 'unsafe-inline'`: the house colours (src/lib/theme/theme-css.ts).
 *   A hash per colour would grow the policy with every edition. A style attribute can neither run
 *   code nor load anything from elsewhere (images, fonts and the rest stay 'self'), nor read the page
 *   (no selectors, so no reading attribute values out through url()); at worst it changes how a
 *   page looks. And the pages are static: nothing a visitor sends becomes markup, and MDX content
 *   may not carry attributes on its few HTML elements (src/mdx/content-policy.ts). The CSP gate
 *   checks that every style attribute of the built site is a house colour and nothing else.
 *   Browsers older than style-src-attr apply style-src, block the attribute, and show the
 *   default house colour.
 * Fonts, fetches (Pagefind's index) and the rest fall under default-src 'self': every page
 * carries the policy, so it names no directive that would only repeat it.
 * 'wasm-unsafe-eval' is what Pagefind's search needs. frame-ancestors cannot be set in a meta tag:
 * the headers files the build writes send it (src/integrations/headers-files.ts).
 */
export function contentSecurityPolicy({ styles, scripts }: InlineHashes = { styles: [], scripts: [] }): string {
  const sources = (hashes: string[]) => hashes.map((h) => ` ${h}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${sources(scripts)}`,
    `style-src 'self'${sources(styles)}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Links to other sites get the origin, never the page a reader came from. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * Every header a host should send with the site's files. The policy is the pages' one meta policy
 * (read back from a built page: its hashes are known only after the build) plus frame-ancestors,
 * which only works in a header.
 */
export function securityHeaders(pagePolicy: string = contentSecurityPolicy()): Record<string, string> {
  return {
    'Content-Security-Policy': `${pagePolicy}; frame-ancestors 'none'`,
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  };
}
