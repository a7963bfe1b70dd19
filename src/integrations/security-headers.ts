import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders, siteHeaders } from '../lib/security-headers.ts';

/** Netlify's and Cloudflare Pages' headers file; both read it from the site folder and do not publish it. */
export const HEADERS_FILE = '_headers';
/** The same headers for nginx: deploy/nginx.conf includes it. */
export const NGINX_HEADERS_FILE = '_headers.nginx.conf';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Writes the headers files of the site in `out` from all its pages; also for shards merged into one site. */
export function writeHeadersFiles(out: string): void {
  const headers = siteHeaders(htmlFiles(out).map((file) => readFileSync(file, 'utf8')));
  writeFileSync(join(out, HEADERS_FILE), netlifyHeaders(headers));
  writeFileSync(join(out, NGINX_HEADERS_FILE), nginxHeaders(headers));
}

/**
 * Writes the security headers next to the built site once every page exists, because the
 * Content-Security-Policy must allow the theme style of every page (see src/lib/security-headers.ts).
 */
export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeHeadersFiles(fileURLToPath(dir)),
    },
  };
}
