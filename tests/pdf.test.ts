/** The PDF gate (src/gates/pdf/) over each edition's built PDF, and on its broken fixture. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir, siteUrl } from '../src/lib/build-options.ts';
import { createUrls } from '../src/lib/urls.ts';
import { sizeLabel } from '../src/pdf/size-links.ts';
import { attr, elements, parseHtml, textOf } from '../src/lib/html/document.ts';
import { editionExpectation, PDF_CHECKS, pdfProblems } from '../src/gates/pdf/index.ts';
import { DIST, readPage } from '../src/gates/dist.ts';

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
      const links = elements(parseHtml(readPage(DIST, page))).filter((el) => el.tagName === 'a' && attr(el, 'href') === urls.pdf(edition));
      expect(links.map((a) => textOf(a)), page).toEqual([expect.stringContaining(`(${label})`)]);
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
