/**
 * Partners linking (issue 14, items 6-8), tried in Chromium over the built site: the heading
 * link, the table of contents and links to headings that moved.
 */
import { describe, expect, test } from 'vitest';
import { contentDir } from '../src/lib/build-options';
import { headingMoves, readRedirects } from '../src/lib/content/redirects';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import { PHONE, useBrowser } from './helpers/browser';

const browser = useBrowser();
const pages = builtPages(DIST);

describe('a link to a heading that moved (content/redirects.yaml) leads to its new place', () => {
  const moves = Object.entries(headingMoves(readRedirects(contentDir), contentDir)).flatMap(([page, ids]) => Object.entries(ids).map(([id, to]) => ({ from: `${page}#${id}`, to })));

  test('there are heading moves to follow', () => expect(moves.length).toBeGreaterThan(0));

  test('only the pages with moved headings carry the script that follows them', () => {
    const withScript = pages.filter((url) => readPage(DIST, url).includes('name="moved-headings"'));
    expect(withScript).toEqual([...new Set(moves.map((m) => m.from.split('#')[0]!))].sort());
  });

  test.each(moves)('$from -> $to', async ({ from, to }) => {
    const { page, context } = await browser.open(from, { viewport: PHONE });
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(to);
    const id = decodeURIComponent(to.split('#')[1]!);
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(PHONE.height / 2);
    // Back does not return to the old address, which would send the reader on again.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await context.close();
  });
});

describe('the heading link: a clear control beside the heading that copies the one address', () => {
  const citable = pages.filter((url) => /\/(pijlers|piramide)\/[^/]+\/$/.test(url));

  test('there are building blocks and layers to check', () => expect(citable.length).toBeGreaterThan(3));

  test.each(citable)('%s: at 320 px each heading link is at least 32 px, in the link colour, beside its heading', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const problems = await page.evaluate(() => {
      const probe = document.querySelector('main')!.appendChild(Object.assign(document.createElement('a'), { href: '#' }));
      const linkColour = getComputedStyle(probe).color;
      probe.remove();
      return [...document.querySelectorAll<HTMLAnchorElement>('a.heading-link')].flatMap((link) => {
        const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)))!;
        const [box, text] = [link.getBoundingClientRect(), heading.getBoundingClientRect()];
        const found: string[] = [];
        const name = `#${heading.id}`;
        if (box.width < 32 || box.height < 32) found.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)} px`);
        if (getComputedStyle(link).color !== linkColour) found.push(`${name}: not in the link colour`);
        if (box.top >= text.bottom - 1) found.push(`${name}: wraps under its heading`);
        if (box.right > document.documentElement.clientWidth) found.push(`${name}: sticks out of the screen`);
        return found;
      });
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('copies the page\'s canonical address with the fragment, the address "Deel" and the citation use too', async () => {
    const { page, context } = await browser.open(citable[0]!, { viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin() });
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(await page.getByRole('link', { name: 'Deel deze pagina' }).getAttribute('href')).toBe(canonical);
    const link = page.locator('a.heading-link').first();
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await context.close();
  });
});

describe('"Op deze pagina" lists the fixed sections too', () => {
  /** The sections an entry's frontmatter fills, after its text (src/components/EntryBody.astro). */
  const FIXED = ['doelgroepen', 'stappen', 'doelen', 'inzet'];
  const withFixed = pages.filter((url) => FIXED.some((id) => readPage(DIST, url).includes(`id="${id}"`)) && !url.endsWith('/volledig/'));

  test('there are pages with fixed sections, commitments among them', () => {
    expect(withFixed.some((url) => readPage(DIST, url).includes('id="inzet"'))).toBe(true);
  });

  test.each(withFixed)('%s: the contents list every section heading of the text, fixed ones included, in order', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const { listed, sections } = await page.evaluate(() => ({
      listed: [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-labelledby="toc-title"] a')].map((a) => decodeURIComponent(a.hash.slice(1))),
      // Every h2 of the entry: its text and the fixed sections; not the contents' own title, the pyramid or the citation box.
      sections: [...document.querySelectorAll('main h2[id]')].filter((h) => !h.closest('nav, [data-speech-skip]')).map((h) => h.id),
    }));
    if (sections.length >= 3) expect(listed).toEqual(sections);
    else expect(listed).toEqual([]);
    await context.close();
  });
});
