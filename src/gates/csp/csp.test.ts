import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../lib/security/csp';
import { brokenSite } from '../browser';
import { recordPrivacy } from '../privacy';
import { headerVersusMeta, inlineCode, unsafeSources } from '.';

const INLINE_SCRIPT = join(import.meta.dirname, 'broken/inline-script/index.html');

describe('the static CSP checks', () => {
  test.each([
    ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-def='; style-src 'self' 'sha256-abc='; style-src-attr 'unsafe-inline'; img-src 'self' data:", []],
    ["script-src 'self' 'unsafe-inline'", ["script-src 'unsafe-inline'"]],
    // Inline style attributes only: an inline <style> must match a hash.
    ["style-src 'self' 'unsafe-inline'; style-src-elem 'unsafe-inline'", ["style-src 'unsafe-inline'", "style-src-elem 'unsafe-inline'"]],
    ["script-src-attr 'unsafe-inline'; style-src-attr data:", ["script-src-attr 'unsafe-inline'", 'style-src-attr data:']],
    ["script-src 'self' 'unsafe-eval' https://cdn.example.com", ["script-src 'unsafe-eval'", 'script-src https://cdn.example.com']],
    ["style-src 'self' data:", ['style-src data:']],
    ['default-src *', ['default-src *']],
  ])('unsafeSources(%s)', (policy, expected) => expect(unsafeSources(policy)).toEqual(expected));

  test('find an inline script its policy does not hash in a broken page', () => {
    expect(inlineCode(readFileSync(INLINE_SCRIPT, 'utf8'))).toEqual(["an inline <script> the policy does not hash: document.title = 'Veranderd';"]);
  });

  test('an inline script or style passes by its exact hash only', () => {
    const policy = (script: string) => `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${hashSource(script)}">`;
    expect(inlineCode(`${policy('go()')}<script type="module">go()</script>`)).toEqual([]);
    expect(inlineCode(`${policy('go()')}<script type="module">go();steal()</script>`)).toEqual(['an inline <script> the policy does not hash: go();steal()']);
    // A style hash does not let a script through.
    expect(inlineCode(`<meta http-equiv="Content-Security-Policy" content="style-src ${hashSource('go()')}"><script>go()</script>`)).toHaveLength(1);
  });

  test.each([
    ['--house:#00657e;--house-light:#8FD3E6', []],
    ['--house:#00657e', ['a style attribute that is not a house colour: <html style="--house:#00657e">']],
    ['--house:#00657e;--house-light:#8fd3e6;background:url(/x.png)', [expect.stringMatching(/^a style attribute that is not a house colour/)]],
    ['--house:red;--house-light:#8fd3e6', [expect.stringMatching(/^a style attribute that is not a house colour/)]],
  ])('a style attribute "%s" passes only as a house colour', (style, expected) => {
    expect(inlineCode(`<html style="${style}"><body></body></html>`)).toEqual(expected);
  });

  test.each([
    ['<p style="color:red">x</p>', /^a style attribute that is not a house colour/],
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
