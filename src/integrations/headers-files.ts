import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { httpEquiv, parseHtml } from '../lib/html/document.ts';
import { securityHeaders } from '../lib/security/csp.ts';
import { netlifyHeaders, nginxHeaders } from '../lib/security/headers.ts';

/** Netlify's and Cloudflare Pages' headers file; both read it from the site folder and do not publish it. */
export const HEADERS_FILE = '_headers';
/** The same headers for nginx: deploy/nginx.conf includes it. */
export const NGINX_HEADERS_FILE = '_headers.nginx.conf';

/**
 * The pages' one policy, read from the home page the build wrote: its hashes (the site's
 * stylesheet, its scripts) are known only once the pages are rendered, and every page has the same.
 */
function pagePolicy(out: string): string | undefined {
  const home = join(out, 'index.html');
  return existsSync(home) ? httpEquiv(parseHtml(readFileSync(home, 'utf8')), 'Content-Security-Policy') : undefined;
}

/** Writes the headers files into the site folder `out`; also for shards merged into one site (scripts/build-shards.ts). */
export function writeHeadersFiles(out: string): void {
  const headers = securityHeaders(pagePolicy(out));
  writeFileSync(join(out, HEADERS_FILE), netlifyHeaders(headers));
  writeFileSync(join(out, NGINX_HEADERS_FILE), nginxHeaders(headers));
}

/** Writes the security headers next to the built site, for the host to send (src/lib/security/headers.ts). */
export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeHeadersFiles(fileURLToPath(dir)),
    },
  };
}
