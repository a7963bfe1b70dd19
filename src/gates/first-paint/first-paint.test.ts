import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LOAD_AFTER_PAINT } from '../../lib/browser-scripts';
import { requestsBeforePaint } from '.';

const LINKED = readFileSync(`${import.meta.dirname}/broken/linked/index.html`, 'utf8');

test('finds the house colours linked as a stylesheet and the reading aids as a module: the pages as they were', () => {
  expect(requestsBeforePaint(LINKED)).toEqual([
    'a linked stylesheet: /huisstijl/zuidplas.css',
    'a linked script: /_astro/ReadingAids.astro_astro_type_script_index_0_lang.js',
  ]);
});

test.each([
  ['<link rel="modulepreload" href="/a.js">', 'a preload: /a.js'],
  ['<link rel="Alternate StyleSheet" href="/b.css">', 'a linked stylesheet: /b.css'],
  ['<style>@import url(/c.css);</style>', 'an @import in an inline stylesheet'],
  ['<script type="module">go()</script><script type="module">go()</script>', 'an inline script twice: go()'],
])('finds %s', (html, problem) => expect(requestsBeforePaint(html)).toEqual([problem]));

test('a page with its stylesheet and colour inside, which loads its scripts after it painted, asks for nothing', () => {
  const loader = `<script data-src="/js/reading.1.js">${LOAD_AFTER_PAINT}</script>`;
  const page = `<html style="--house:#00657e;--house-light:#8fd3e6"><head><style>p{color:red}</style><link rel="icon" href="/favicon.svg"></head><body>${loader}${loader.replace('reading.1', 'search.2')}<script type="application/json">{}</script></body></html>`;
  expect(requestsBeforePaint(page)).toEqual([]);
  expect(requestsBeforePaint(`${page}${loader}`)).toEqual([expect.stringMatching(/^an inline script twice: \/js\/reading\.1\.js \{const s=/)]);
});
