import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir, singleEdition } from '../src/lib/build-options';
import { pageRedirects, readRedirects } from '../src/lib/content/redirects';
import { compareWithManifest, MANIFEST, manifestFor, publishedUrls, readManifest } from '../src/gates/permanent-urls';
import { redirectProblems } from '../src/gates/permanent-urls/redirects';
import { DIST } from '../src/gates/dist';
import { namedLaws } from './helpers/expected-pages';

/**
 * The manifest lists the full build of content/. A single-edition build is held to its share of
 * it; a build of other content (CONTENT_DIR) has no manifest, so the gate fails rather than pass
 * unchecked.
 */
function asBuilt(urls: string[]): string[] {
  if (contentDir !== 'content') {
    throw new Error(`${MANIFEST} lists the URLs of content/, but this build read CONTENT_DIR=${contentDir}. Run npm test without CONTENT_DIR.`);
  }
  if (!singleEdition) return urls;
  return manifestFor(urls, { edition: singleEdition, editions: readdirSync('content/gemeenten'), laws: namedLaws('content', singleEdition) });
}

describe(`permanent URLs (${MANIFEST}${singleEdition ? `, as EDITION=${singleEdition} publishes them` : ''})`, () => {
  const published = publishedUrls(DIST);
  const redirects = Object.fromEntries(
    Object.entries(readRedirects('content')).flatMap(([from, to]) => {
      const [f, t] = [asBuilt([from])[0], asBuilt([to])[0]];
      return f && t ? [[f, t]] : [];
    }),
  );
  const { removed, added } = compareWithManifest(published, asBuilt(readManifest(MANIFEST)), redirects);

  test('lists pages, files and the headings of building blocks, layers and laws', () => {
    expect(published).toEqual(expect.arrayContaining(asBuilt(['/', '/wetten/jeugdwet/', '/.well-known/security.txt', '/zuidplas/pijlers/inclusie/#een-kansrijke-start'])));
  });

  test('no published URL has disappeared without a redirect', () => {
    expect(
      removed,
      `These URLs were published and are gone. Partners may link to them: keep the page or heading, or write in content/redirects.yaml where it went ("/old/: /new/").`,
    ).toEqual([]);
  });

  test('every published URL is in the manifest', () => {
    expect(added, `These URLs are new. Run "npm run urls:update" to add them to ${MANIFEST}, and commit it.`).toEqual([]);
  });

  test('every declared redirect is built and leads somewhere', () => {
    expect(redirectProblems(DIST, redirects)).toEqual([]);
  });
});

describe('content/redirects.yaml', () => {
  const folder = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'sv-redirects-'));
    writeFileSync(join(dir, 'redirects.yaml'), yaml);
    return dir;
  };

  test.each([
    ['# only comments\n', {}],
    ['/zuidplas/pijlers/oud/: /zuidplas/pijlers/nieuw/\n', { '/zuidplas/pijlers/oud/': '/zuidplas/pijlers/nieuw/' }],
  ])('reads %j', (yaml, expected) => expect(readRedirects(folder(yaml))).toEqual(expected));

  test.each([
    ['/zuidplas/pijlers/oud: /zuidplas/pijlers/nieuw/\n', /is not a path of this site/],
    ['/Zuidplas/oud/: /zuidplas/nieuw/\n', /is not a path of this site/],
    ['/zuidplas/oud/#kop: /zuidplas/nieuw/\n', /a heading moves to a heading, a page to a page/],
    ['- /zuidplas/oud/\n', /write one redirect a line/],
  ])('rejects %j', (yaml, message) => expect(() => readRedirects(folder(yaml))).toThrow(message));

  test('becomes the redirect pages of a build: headings left out, a single edition at the root, the base path added', () => {
    const redirects = {
      '/zuidplas/pijlers/oud/': '/zuidplas/pijlers/nieuw/',
      '/zuidplas/pijlers/nieuw/#oud': '/zuidplas/pijlers/nieuw/#nieuw',
      '/soest/oud/': '/soest/nieuw/',
      '/wetten/wmo/': '/wetten/wmo-2015/',
    };
    expect(pageRedirects(redirects, 'content')).toEqual({ '/zuidplas/pijlers/oud/': '/zuidplas/pijlers/nieuw/', '/soest/oud/': '/soest/nieuw/', '/wetten/wmo/': '/wetten/wmo-2015/' });
    expect(pageRedirects(redirects, 'content', 'zuidplas', '/visie')).toEqual({ '/pijlers/oud/': '/visie/pijlers/nieuw/', '/wetten/wmo/': '/visie/wetten/wmo-2015/' });
  });
});
