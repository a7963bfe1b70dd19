import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../lib/security/csp.ts';
import { netlifyHeaders, nginxHeaders } from '../lib/security/headers.ts';

/** Netlify's and Cloudflare Pages' headers file; both read it from the site folder and do not publish it. */
export const HEADERS_FILE = '_headers';
/** The same headers for nginx: deploy/nginx.conf includes it. */
export const NGINX_HEADERS_FILE = '_headers.nginx.conf';

/**
 * The style hashes the pages' policy allows: the hash of the site's stylesheet, which every page
 * carries inline, read from the home page the build wrote (one policy for every page).
 */
function pageStyleHashes(out: string): string[] {
  const home = join(out, 'index.html');
  const policy = existsSync(home) ? /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1] : undefined;
  return policy?.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
}

/** Writes the headers files into the site folder `out`; also for shards merged into one site (scripts/build-shards.ts). */
export function writeHeadersFiles(out: string): void {
  const headers = securityHeaders(pageStyleHashes(out));
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
