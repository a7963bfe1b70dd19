import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Types a host compresses on the way (Pagefind's own files are compressed already). */
const COMPRESSED = /^(text\/|application\/(javascript|json|xml))|svg/;

/**
 * A static file server for a dist folder on a free loopback port, as a host would serve it: for
 * the browser tests, and for the build itself, which renders the PDFs from its own pages. `base`
 * is the site's BASE_PATH: a page's links include it, so the folder is served under it. With
 * `gzip`, text goes out compressed when the browser asks for it, as a host sends it: for the
 * bench's transfer sizes and paint times.
 */
export async function serve(dir: string, base = '/', { gzip = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/+$/, '');
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const inside = pathname === prefix || pathname.startsWith(`${prefix}/`);
    const path = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!inside || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      const notFound = join(dir, '404.html');
      return existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
