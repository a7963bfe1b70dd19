import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { redirectProblems } from './redirects';
import { compareWithManifest, MANIFEST, manifestFor, publishedUrls, readManifest } from '.';

const BROKEN = `${import.meta.dirname}/broken/removed-url`;

describe('the permanent-URL checks', () => {
  test('read the manifest as a single-edition build publishes it', () => {
    const manifest = ['/', '/a-z/', '/zuidplas/', '/zuidplas/pijlers/inclusie/#kop', '/soest/', '/og/zuidplas.png', '/og/soest.png', '/og/sociale-visie.png', '/data/zuidplas-bevolking.csv', '/data/soest-x.csv', '/wetten/', '/wetten/jeugdwet/', '/wetten/jeugdwet/#visie-zuidplas', '/wetten/woningwet/'];
    expect(manifestFor(manifest, { edition: 'zuidplas', editions: ['zuidplas', 'soest'], laws: ['jeugdwet'] })).toEqual([
      '/', '/a-z/', '/', '/pijlers/inclusie/#kop', '/og/zuidplas.png', '/og/sociale-visie.png', '/data/zuidplas-bevolking.csv', '/wetten/', '/wetten/jeugdwet/', '/wetten/jeugdwet/#visie-zuidplas',
    ]);
  });

  test('find a removed page and a removed heading, unless a redirect is declared', () => {
    const published = publishedUrls(join(BROKEN, 'site'));
    expect(published).toEqual(['/', '/pijlers/blijft/', '/pijlers/blijft/#nieuwe-kop']);
    const manifest = readManifest(join(BROKEN, MANIFEST));
    expect(compareWithManifest(published, manifest, {})).toEqual({
      removed: ['/pijlers/blijft/#oude-kop', '/pijlers/weg/'],
      added: ['/pijlers/blijft/#nieuwe-kop'],
    });
    expect(compareWithManifest(published, manifest, { '/pijlers/weg/': '/pijlers/blijft/', '/pijlers/blijft/#oude-kop': '/pijlers/blijft/#nieuwe-kop' }).removed).toEqual([]);
  });

  test('find a redirect that was not built or leads nowhere', () => {
    expect(redirectProblems(join(BROKEN, 'site'), { '/pijlers/weg/': '/pijlers/blijft/', '/pijlers/blijft/#oude-kop': '/pijlers/blijft/#nergens' })).toEqual([
      '/pijlers/weg/: no redirect page was built',
      '/pijlers/blijft/#oude-kop: its target /pijlers/blijft/#nergens does not exist (no element with id "nergens" on /pijlers/blijft/)',
    ]);
  });
});
