import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../src/lib/security/csp';
import { nginxHeaders } from '../src/lib/security/headers';
import { DEBIAN_NGINX, nginxProblems } from '../src/gates/nginx/index';

const conf = readFileSync('deploy/nginx.conf', 'utf8');

/** The nginx on this machine, if any: `nginx -t` is the real check; the reader below works without it. */
const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
const installed = !nginx.error;

/**
 * `nginx -t` on the example, with its certificate, site and headers paths pointing at a self-signed
 * certificate and the headers the build writes, in a temporary folder.
 */
function nginxTest(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-nginx-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=visie.example.nl', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  writeFileSync(join(dir, '_headers.nginx.conf'), nginxHeaders(securityHeaders()));
  const site = conf
    .replace('/etc/ssl/visie.example.nl/fullchain.pem', join(dir, 'cert.pem'))
    .replace('/etc/ssl/visie.example.nl/privkey.pem', join(dir, 'key.pem'))
    .replaceAll('/var/www/sociale-visie', dir);
  writeFileSync(join(dir, 'site.conf'), site);
  // The temporary folders nginx makes for request bodies, in the test's folder instead of /var/lib/nginx.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};\n`).join('');
  writeFileSync(join(dir, 'nginx.conf'), `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n${temp}  include ${dir}/site.conf;\n}\n`);
  const result = spawnSync('nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  return `${result.status === 0 ? 'ok' : 'failed'}\n${result.stderr}`;
}

describe('deploy/nginx.conf', () => {
  test(`loads on the nginx Debian 12 ships (${DEBIAN_NGINX})${installed ? ', and nginx -t on this machine passes' : ''}`, () => {
    expect(nginxProblems(conf)).toEqual([]);
    if (installed) expect(nginxTest()).toMatch(/^ok\n[\s\S]*test is successful/);
  });

  test.each([
    ['http2 on; (nginx 1.25.1 and later)', 'server {\n  listen 443 ssl;\n  http2 on;\n}\n', ['line 3: "http2" needs nginx 1.25.1; Debian 12 ships 1.22.1']],
    ['a missing semicolon', 'server {\n  listen 443 ssl\n}\n', ['line 2: "listen 443 ssl" does not end with ;']],
    ['a block that is not closed', 'server {\n  listen 443 ssl;\n', ['a { is not closed']],
    ['an unknown directive', 'server {\n  lissen 443;\n}\n', ['line 2: unknown directive "lissen"']],
    ['a directive in the wrong place', 'listen 443;\n', ['line 1: "listen" is not allowed in http']],
  ])('the check finds %s', (_, text, problems) => {
    expect(nginxProblems(text)).toEqual(problems);
  });

  test('on nginx 1.25.1 the new form is fine', () => {
    expect(nginxProblems('server {\n  http2 on;\n}\n', '1.25.1')).toEqual([]);
  });
});
