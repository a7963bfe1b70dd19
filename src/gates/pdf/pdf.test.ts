import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from '../../../tests/helpers/dist.ts';
import { contentDir, siteUrl } from '../../lib/build-options.ts';
import { createUrls } from '../../lib/urls.ts';
import { sizeLabel } from '../../pdf/size-links.ts';
import { editionExpectation, PDF_CHECKS, pdfProblems } from './index.ts';

const editions = readdirSync(join(contentDir, 'gemeenten'));
const urls = createUrls('/');

describe('the PDF of each edition', () => {
  test('there are five', () => expect(editions).toHaveLength(5));

  test.each(editions)('%s: tagged, bookmarked, numbered contents, metadata, Dutch, cover facts, no site paths, within budget', async (edition) => {
    const pdf = readFileSync(join(DIST, urls.pdf(edition)));
    expect(await pdfProblems(pdf, editionExpectation(contentDir, DIST, edition, urls, siteUrl))).toEqual([]);
  });

  test.each(editions)('%s: the edition home and the whole vision link to it with its size', (edition) => {
    const label = sizeLabel(statSync(join(DIST, urls.pdf(edition))).size);
    for (const page of [urls.edition(edition), urls.edition(edition, 'volledig')]) {
      const links = selectAll(`a[href="${urls.pdf(edition)}"]`, fromHtml(readPage(DIST, page)));
      expect(links.map((a) => toString(a)), page).toEqual([expect.stringContaining(`(${label})`)]);
    }
  });
});

describe('the PDF gate fails on an untagged PDF without bookmarks or metadata (broken/untagged.pdf)', () => {
  const broken = readFileSync('src/gates/pdf/broken/untagged.pdf');
  const expected = { info: { title: 'Een visie', author: 'Gemeente Voorbeeld', subject: 'Sociaal domein' }, chapters: ['Inleiding', 'Een pijler'], cover: ['Gemeente Voorbeeld'], maxBytes: 1_000 };
  const problems = pdfProblems(broken, expected);

  test.each(PDF_CHECKS)('%s', async (check) => {
    expect((await problems).filter((p) => p.startsWith(`${check}: `))).not.toEqual([]);
  });
});
