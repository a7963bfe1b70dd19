import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../lib/security/csp';
import { brokenSite } from '../browser';
import { recordPrivacy } from '../privacy';
import { headerVersusMeta, inlineCode, unsafeSources } from '.';

const INLINE_SCRIPT = join(import.meta.dirname, 'broken/inline-script/index.html');

describe('the static CSP checks', () => {
  test.each([
    ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-abc='; img-src 'self' data:", []],
    ["script-src 'self' 'unsafe-inline'", ["script-src 'unsafe-inline'"]],
    ["script-src 'self' 'unsafe-eval' https://cdn.example.com", ["script-src 'unsafe-eval'", 'script-src https://cdn.example.com']],
    ["style-src 'self' data:", ['style-src data:']],
    ['default-src *', ['default-src *']],
  ])('unsafeSources(%s)', (policy, expected) => expect(unsafeSources(policy)).toEqual(expected));

  test('find an inline script in a broken page', () => {
    expect(inlineCode(readFileSync(INLINE_SCRIPT, 'utf8'))).toEqual(['an inline <script>']);
  });

  test.each([
    ['<p style="color:red">x</p>', /^a style attribute/],
    ['<button onclick="go()">x</button>', /^an event handler attribute/],
    ['<a href="javascript:go()">x</a>', /^a javascript: URL/],
    ['<style>p{color:red}</style>', /^a <style> the policy does not hash/],
    ['<img alt="a > b" onerror="go()">', /^an event handler attribute \(onerror\)/],
  ])('find %s', (html, problem) => expect(inlineCode(html)[0]).toMatch(problem));

  test('read attribute values as text', () => {
    expect(inlineCode('<a href="/x/" aria-label="Meer over onderwijs=werk" title="style=">x</a><script type="application/ld+json">{}</script>')).toEqual([]);
  });

  test('notice a header that drifts from the meta policy', () => {
    const withHashes = (...hashes: string[]) => contentSecurityPolicy().replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
    const meta = withHashes("'sha256-a='");
    expect(headerVersusMeta(`${meta}; frame-ancestors 'none'`, meta)).toEqual([]);
    expect(headerVersusMeta(`${withHashes("'sha256-a='", "'sha256-b='")}; frame-ancestors 'none'`, meta)).toEqual([]);
    expect(headerVersusMeta(meta, meta)).toEqual(["the header lacks frame-ancestors 'none'"]);
    expect(headerVersusMeta(`${meta.replace("'wasm-unsafe-eval'", "'unsafe-eval'")}; frame-ancestors 'none'`, meta)).toEqual([
      "script-src: header 'self' 'unsafe-eval' / meta 'self' 'wasm-unsafe-eval'",
    ]);
  });

});

describe('the CSP in the browser', () => {
  let site: Awaited<ReturnType<typeof brokenSite>>;
  beforeAll(async () => (site = await brokenSite(import.meta.dirname)));
  afterAll(() => site?.close());

  test('reports the inline script the policy blocks', async () => {
    let privacy: Awaited<ReturnType<typeof recordPrivacy>> | undefined;
    const { page, context } = await site.open('/inline-script/', async (c) => (privacy = await recordPrivacy(c, site.url)));
    expect((await privacy!.take(page)).join('\n')).toMatch(/^Content-Security-Policy: script-src-elem blocked inline$/m);
    await context.close();
  });
});
