import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkEdition, editionPages, formatProblem, isEntryPage } from '../src/gates/plain-language/index.ts';
import { builtPages, DIST, readPage } from '../src/gates/dist';

/** The editions the content holds: each must be built and read. */
const EDITIONS = readdirSync('content/gemeenten', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('plain language (B1) on the built pages of every edition', () => {
  const urls = builtPages(DIST);
  test.each(EDITIONS)('%s', (edition) => {
    const pages = editionPages(urls, `/${edition}/`);
    // Not vacuous: the edition's home and its entry pages are read, and every page yields text (checkEdition throws otherwise).
    expect(pages, `${edition} was not built in ${DIST}`).toContain(`/${edition}/`);
    expect(pages.filter((url) => isEntryPage(url, `/${edition}/`)).length).toBeGreaterThan(0);
    const report = checkEdition(edition, pages.map((url) => ({ url, html: readPage(DIST, url) })));
    expect(report.sentences).toBeGreaterThan(pages.length);
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});

