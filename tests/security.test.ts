import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HEADERS_FILE, NGINX_HEADERS_FILE } from '../src/integrations/headers-files';
import { REFERRER_POLICY, securityHeaders } from '../src/lib/security/csp';
import { houseStyle, HOUSE_STYLE } from '../src/lib/theme/theme-css';
import { deployProblems, PLACEHOLDER_CONTACT } from '../src/lib/build-options';
import { securityTxt } from '../src/lib/security/security-txt';
import { build, FIXTURE } from './helpers/build';
import { headerVersusMeta, inlineCode, metaPolicy, parseHeadersFile, parseNginxHeaders, unsafeSources } from '../src/gates/csp';
import { allPages, DIST, readPage } from '../src/gates/dist';

/** Cloudflare Pages ignores a header line of 2,000 characters or more in _headers. */
const CLOUDFLARE_HEADER_LIMIT = 2000;

const pages = allPages(DIST).map((url) => ({ url, html: readPage(DIST, url) }));
const headers = () => parseHeadersFile(readFileSync(join(DIST, HEADERS_FILE), 'utf8'));

describe('the Content-Security-Policy of every page', () => {
  test('is in a meta tag, allows no unsafe source, and the page has no code it would block', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap(({ url, html }) => {
      const policy = metaPolicy(html);
      if (!policy) return [`${url}: no Content-Security-Policy meta tag`];
      return [...unsafeSources(policy), ...inlineCode(html)].map((p) => `${url}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  test('every page sets the referrer policy', () => {
    const missing = pages.filter(({ html }) => !html.includes(`<meta name="referrer" content="${REFERRER_POLICY}">`)).map(({ url }) => url);
    expect(missing).toEqual([]);
  });
});

describe('the headers files', () => {
  test(`${HEADERS_FILE} sends each page's meta policy plus frame-ancestors, and the other security headers`, () => {
    const sent = headers();
    const { 'Content-Security-Policy': policy, ...others } = sent;
    const { 'Content-Security-Policy': _, ...expected } = securityHeaders();
    expect(others).toEqual(expected);
    expect(pages.flatMap(({ url, html }) => headerVersusMeta(policy ?? '', metaPolicy(html) ?? '').map((p) => `${url}: ${p}`))).toEqual([]);
  });

  test('every page has the same policy, whatever its house colour, so the header does not grow with the editions', () => {
    expect(new Set(pages.map(({ html }) => metaPolicy(html))).size).toBe(1);
    const lines = readFileSync(join(DIST, HEADERS_FILE), 'utf8').split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(CLOUDFLARE_HEADER_LIMIT);
  });

  test('at 342 editions each house colour is a style attribute the one policy allows, and the policy line stays under 2,000 characters', () => {
    const colours = Array.from({ length: 342 }, (_, i) => `#${(i * 0x2f3b).toString(16).padStart(6, '0').slice(-6)}`);
    for (const colour of colours) expect(houseStyle(colour)).toMatch(HOUSE_STYLE);
    // The built policy has every hash the site needs; it names no edition, so it is the same at 342.
    const policyLine = readFileSync(join(DIST, HEADERS_FILE), 'utf8').split('\n').find((l) => l.includes('Content-Security-Policy'))!;
    expect(policyLine.length).toBeLessThan(CLOUDFLARE_HEADER_LIMIT);
  });

  test(`${NGINX_HEADERS_FILE} sends the same headers, and deploy/nginx.conf includes it`, () => {
    expect(parseNginxHeaders(readFileSync(join(DIST, NGINX_HEADERS_FILE), 'utf8'))).toEqual(headers());
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    expect(conf).toMatch(new RegExp(`^\\s*include\\s+\\S*/${NGINX_HEADERS_FILE.replaceAll('.', '\\.')};`, 'm'));
    // nginx would serve the headers files as pages; Netlify and Cloudflare Pages do not.
    expect(conf).toMatch(/location ~ \^\/_headers/);
  });
});

describe('/.well-known/security.txt', () => {
  test('is built with a contact and an Expires less than a year ahead', () => {
    const file = join(DIST, '.well-known', 'security.txt');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 365 * 86_400_000);
  });

  test('names the contact the municipality sets, or a placeholder', () => {
    const built = new Date('2026-01-15T12:00:00Z');
    expect(securityTxt('mailto:security@zuidplas.nl', built, 'https://visie.zuidplas.nl/.well-known/security.txt')).toBe(
      [
        'Contact: mailto:security@zuidplas.nl',
        'Expires: 2027-01-10T12:00:00Z',
        'Preferred-Languages: nl, en',
        'Canonical: https://visie.zuidplas.nl/.well-known/security.txt',
        '',
      ].join('\n'),
    );
    expect(PLACEHOLDER_CONTACT).toMatch(/^mailto:\S+@example\.org$/);
  });
});

describe('what a deployer must set', () => {
  const ok = { SITE_URL: 'https://visie.zuidplas.nl', SECURITY_CONTACT: 'mailto:security@zuidplas.nl' };
  test.each([
    ['both set', ok, []],
    ['an https contact', { ...ok, SECURITY_CONTACT: 'https://www.zuidplas.nl/beveiliging' }, []],
    ['no SITE_URL', { ...ok, SITE_URL: '' }, ['SITE_URL is not set']],
    ['no SECURITY_CONTACT', { ...ok, SECURITY_CONTACT: undefined }, ['SECURITY_CONTACT is not set']],
    ['a SITE_URL that is no address', { ...ok, SITE_URL: 'visie.zuidplas.nl' }, ['is not an http(s) address']],
    ['a contact on two lines', { ...ok, SECURITY_CONTACT: 'mailto:a@b.nl\nContact: mailto:evil@x.nl' }, ['is not a mailto: or https: address on one line']],
    ['a plain e-mail address', { ...ok, SECURITY_CONTACT: 'security@zuidplas.nl' }, ['is not a mailto: or https: address on one line']],
    ['an http contact', { ...ok, SECURITY_CONTACT: 'http://www.zuidplas.nl/' }, ['is not a mailto: or https: address on one line']],
  ])('%s', (_, env, expected) => {
    const problems = deployProblems(env).map((p) => p.problem);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(problems[i]).toContain(text));
  });

  test('a production build without them stops and says what to set; another build warns', () => {
    const env = { SITE_URL: '', SECURITY_CONTACT: '' };
    const production = build(FIXTURE, { ...env, PRODUCTION: '1' });
    expect(production.ok).toBe(false);
    expect(production.output).toContain('PRODUCTION=1: this build cannot be published.');
    expect(production.output).toContain('Set SITE_URL to the public address');
    const preview = build(FIXTURE, env);
    expect(preview.ok).toBe(true);
    expect(preview.output).toContain('WARNING: this build is not ready to publish');
  });
});
