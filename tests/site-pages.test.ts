import { describe, expect, test } from 'vitest';
import { DIST, readPage } from '../src/gates/dist';

/** The visible text of a page's <main>, without tags. */
const text = (url: string) => (/<main[\s\S]*<\/main>/.exec(readPage(DIST, url))?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the pages about the site', () => {
  test('the 404 page offers the search box, search, the A–Z list and the home page', () => {
    const html = readPage(DIST, '/404.html');
    expect(html).toMatch(/<form role="search"[^>]*action="\/zoeken\/"/);
    for (const href of ['/zoeken/', '/a-z/', '/']) expect(/<main[\s\S]*<\/main>/.exec(html)?.[0]).toContain(`href="${href}"`);
  });

  test.each([
    ['the standard it aims at', /WCAG 2\.2[^.]*niveau AA/],
    ['the standard the law asks', /wet[^.]*WCAG 2\.1 op niveau AA/],
    ['how it is tested', /axe-core/],
    ['what is not good yet', /Wat nog niet goed is/],
    ['how to report a problem', /Een probleem melden/],
    ['that each vision is told in plain words of its own', /elke visie in eigen, eenvoudige woorden/],
    ['that nothing is shown as a quotation', /Niets op de site staat er als citaat/],
    ['where the editors speak', /Opmerkingen van de makers[^.]*Over deze leesversie/],
  ])('the accessibility statement says %s', (_, said) => expect(text('/toegankelijkheid/')).toMatch(said));

  test('the accessibility statement claims no text is copied literally', () => expect(text('/toegankelijkheid/')).not.toMatch(/letterlijk/));

  test.each([/geen cookies/, /niets op bij andere websites/, /Autoriteit Persoonsgegevens/])('the privacy page says %s', (said) => {
    expect(text('/privacy/')).toMatch(said);
  });
});
