import { createHash } from 'node:crypto';

/** The CSP source for an inline <style> with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The Content-Security-Policy every page carries in a meta tag: only this site's own files, plus
 * the site's stylesheet, which every page carries inline (src/layouts/Base.astro), by its hash:
 * the same for every page (house colours are stylesheets of the site: src/pages/huisstijl/).
 * 'wasm-unsafe-eval' is what Pagefind's search needs. frame-ancestors cannot be set in a meta tag:
 * the headers files the build writes send it (src/integrations/headers-files.ts).
 */
export function contentSecurityPolicy(styleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self'${styleHashes.map((h) => ` ${h}`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Links to other sites get the origin, never the page a reader came from. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * Every header a host should send with the site's files. The policy is the pages' meta policy
 * plus frame-ancestors, which only works in a header.
 */
export function securityHeaders(styleHashes: string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(styleHashes)}; frame-ancestors 'none'`,
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  };
}
