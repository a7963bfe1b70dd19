import { createHash } from 'node:crypto';

/** The CSP source for an inline <style> or <script> with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The Content-Security-Policy every page carries in a meta tag: only this site's own files,
 * plus the inline theme style by its hash. 'wasm-unsafe-eval' is what Pagefind's search needs.
 * frame-ancestors cannot be set in a meta tag: the headers files send it (public/_headers).
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
