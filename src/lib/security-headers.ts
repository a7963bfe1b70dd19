/**
 * The headers files a host reads: `_headers` (Netlify, Cloudflare Pages) and an nginx include.
 * Their Content-Security-Policy is the pages' meta policy plus frame-ancestors; its style-src
 * lists the theme hashes of every page, so the one header allows what each page's meta allows.
 */
import { securityHeaders } from './csp.ts';

/** The Content-Security-Policy of a page's meta tag. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
}

/** The hash sources of a policy's style-src ("'sha256-…'"). */
export function styleHashes(policy: string): string[] {
  const styleSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src '));
  return styleSrc?.split(/\s+/).filter((s) => s.startsWith("'sha256-")) ?? [];
}

/** The headers for a site of these pages (their HTML): the style hashes of all of them. */
export function siteHeaders(pages: string[]): Record<string, string> {
  return securityHeaders([...new Set(pages.flatMap((html) => styleHashes(metaPolicy(html) ?? '')))].sort());
}

/** `_headers` format: every path gets every header. */
export function netlifyHeaders(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

/** nginx directives, for an `include` in the server block. */
export function nginxHeaders(headers: Record<string, string>): string {
  return Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;\n`).join('');
}
