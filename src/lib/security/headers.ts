/**
 * The headers files a host reads: `_headers` (Netlify, Cloudflare Pages) and an nginx include.
 * Their Content-Security-Policy is the pages' meta policy plus frame-ancestors: one policy for
 * every page, which does not grow with the number of editions.
 */

/** `_headers` format: every path gets every header. */
export function netlifyHeaders(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

/** nginx directives, for an `include` in the server block. */
export function nginxHeaders(headers: Record<string, string>): string {
  return Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;\n`).join('');
}
