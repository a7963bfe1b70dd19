import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../lib/csp.ts';
import { netlifyHeaders, nginxHeaders } from '../lib/security-headers.ts';

/** Netlify's and Cloudflare Pages' headers file; both read it from the site folder and do not publish it. */
export const HEADERS_FILE = '_headers';
/** The same headers for nginx: deploy/nginx.conf includes it. */
export const NGINX_HEADERS_FILE = '_headers.nginx.conf';

/** Writes the headers files into the site folder `out`; also for shards merged into one site (scripts/build-shards.ts). */
export function writeHeadersFiles(out: string): void {
  const headers = securityHeaders();
  writeFileSync(join(out, HEADERS_FILE), netlifyHeaders(headers));
  writeFileSync(join(out, NGINX_HEADERS_FILE), nginxHeaders(headers));
}

/** Writes the security headers next to the built site, for the host to send (src/lib/security-headers.ts). */
export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeHeadersFiles(fileURLToPath(dir)),
    },
  };
}
