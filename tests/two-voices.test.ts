import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editorialProblems, openingParagraph, openingProblems } from '../src/gates/two-voices/index.ts';
import { pageSource } from '../src/gates/source.ts';
import { builtPages, DIST, readPage } from '../src/gates/dist';

const EDITIONS = readdirSync('content/gemeenten', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const pages = builtPages(DIST);
/**
 * The figures page (/<edition>/cijfers/) describes each dataset and where its figures come from,
 * like a figure's own source line: provenance of data, not a note of the editors, so it is left out.
 */
const PROVENANCE = /^\/[a-z0-9-]+\/cijfers\/$/;

describe('two voices: the vision speaks, the editors only in "Over deze leesversie"', () => {
  test.each(EDITIONS)('%s opens with what the vision is about (opening paragraph and meta description)', (edition) => {
    const html = readPage(DIST, `/${edition}/`);
    // Not vacuous: the home has an opening paragraph of some length.
    expect(openingParagraph(html)?.split(' ').length ?? 0).toBeGreaterThan(5);
    expect(openingProblems(html).map((p) => `content/gemeenten/${edition}/gemeente.yaml (about), ${p.where}: "${p.found}" in "${p.text}"`)).toEqual([]);
  });

  test.each(EDITIONS)('%s has editorial phrases only in "Over deze leesversie"', (edition) => {
    const own = pages.filter((url) => url.startsWith(`/${edition}/`) && !PROVENANCE.test(url));
    expect(own.length).toBeGreaterThan(1);
    const problems = own.flatMap((url) => editorialProblems(readPage(DIST, url)).map((p) => `${pageSource(url)} (${url}): "${p.found}" in "${p.text}": move it into <EditorialNote> (home: editorial: in gemeente.yaml)`));
    expect(problems).toEqual([]);
  });
});
