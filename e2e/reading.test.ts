import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { isAbbreviation, POSSESSIVE } from '../src/lib/abbreviations';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import type { ContextOptions } from '../src/gates/browser';
import { useBrowser } from './helpers/browser';

const pages = builtPages(DIST);
/** Building blocks and layers: the pages with a share button and a citation. */
const citable = pages.filter((p) => /\/(pijlers|piramide)\/[^/]+\/$/.test(p));
const wholeVisions = pages.filter((p) => p.endsWith('/volledig/'));
const h1 = (url: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(DIST, url))![1]!.replace(/<[^>]+>/g, '').trim();

const browser = useBrowser();

/** A page in a fresh context that may read and write the clipboard; `init` runs before the page's scripts. */
const open = (url: string, init?: () => void, options: ContextOptions = {}) =>
  browser.open(url, { permissions: ['clipboard-read', 'clipboard-write'], ...options }, init);

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('links to sections', () => {
  test('there are building blocks and layers to check', () => expect(citable.length).toBeGreaterThan(3));

  test('a heading link is a plain anchor that, with JavaScript, copies the permanent URL and says so', async () => {
    const { page, context } = await open(citable[0]!);
    const link = page.locator('a.heading-link').first();
    const id = (await link.getAttribute('href'))!.slice(1);
    const heading = await page.locator(`[id="${id}"]`).textContent();
    expect(await link.getAttribute('aria-label')).toBe(`Link naar deze paragraaf: ${heading!.trim()}`);
    await link.click();
    // The configured site address, as "Deel" and the citation give it (e2e/partners.test.ts).
    expect(await clipboard(page)).toBe(`${await page.locator('link[rel="canonical"]').getAttribute('href')}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('gekopieerd');
    await context.close();
  });

  test('fixed sections have the same link control', async () => {
    const withCommitments = citable.find((url) => readPage(DIST, url).includes('id="inzet"'))!;
    const { page, context } = await open(withCommitments);
    await expect.poll(() => page.locator('a.heading-link[href="#inzet"]').count()).toBe(1);
    await context.close();
  });
});

describe('share and cite', () => {
  test('without navigator.share the share button copies the permanent link', async () => {
    const { page, context } = await open(citable[0]!, () => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const share = page.getByRole('link', { name: 'Deel deze pagina' });
    const href = await share.getAttribute('href');
    expect(href).toMatch(new RegExp(`^https?://[^/]+${citable[0]}$`));
    await share.click();
    expect(await clipboard(page)).toBe(href);
    expect(page.url()).toBe(browser.origin() + citable[0]);
    await context.close();
  });

  test('with navigator.share the phone shares the title and link', async () => {
    const { page, context } = await open(citable[0]!, () => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: unknown) => {
          (window as unknown as { shared: unknown }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.getByRole('link', { name: 'Deel deze pagina' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual({ title: h1(citable[0]!), url: expect.stringMatching(/^https?:\/\//) });
    await context.close();
  });

  test('the citation box copies a ready-made citation', async () => {
    const { page, context } = await open(citable[0]!);
    const text = (await page.locator('#bronvermelding').textContent())!.trim();
    expect(text).toMatch(new RegExp(`^Gemeente .+ \\(.+\\)\\. .+, .+ ${h1(citable[0]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. https?://\\S+$`));
    await page.getByRole('button', { name: 'Kopieer de verwijzing' }).click();
    expect(await clipboard(page)).toBe(text);
    await context.close();
  });

  test('without JavaScript the citation is text and the copy button is absent', async () => {
    const { page, context } = await open(citable[0]!, undefined, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('#bronvermelding').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Kopieer de verwijzing' }).count()).toBe(0);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the whole vision on one page', () => {
  test('each edition has one', () => expect(wholeVisions.length).toBeGreaterThan(0));

  test.each(wholeVisions)('%s holds every building block and layer, with unique ids', async (url) => {
    const root = url.replace(/volledig\/$/, '');
    const expected = pages.filter((p) => p.startsWith(root) && /\/(pijlers|piramide)\/[^/]+\/$/.test(p.slice(root.length - 1))).map(h1);
    const { page, context } = await open(url);
    const h2s = (await page.locator('main h2').allTextContents()).map((t) => t.trim());
    expect(h2s).toEqual(expect.arrayContaining(expected));
    expect(await page.locator('h1').count()).toBe(1);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await context.close();
  });

  test.each(wholeVisions)('the home of %s links to it', (url) => {
    expect(readPage(DIST, url.replace(/volledig\/$/, ''))).toContain(`href="${url}"`);
  });
});

describe('print', () => {
  test('hides navigation and controls and prints light, also from a dark screen', async () => {
    const { page, context } = await open(citable[0]!, undefined, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav[aria-label="Hoofdmenu"]', 'footer nav', 'a.heading-link', '[data-read-aloud]', 'a[data-share]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  test.each([citable[0]!, wholeVisions[0]!])('%s prints no link paths, not even the header\'s', async (url) => {
    const { page, context } = await open(url);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none'));
    expect(printed).toEqual([]);
    await context.close();
  });

  test.each(wholeVisions)('%s prints the cover first, then the contents, and each chart with its table', async (url) => {
    const { page, context } = await open(url);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['body > header', 'body > footer', 'nav[aria-label="Kruimelpad"]']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('main > *:visible').first().getAttribute('class')).toContain('doc-cover');
    expect(await page.locator('.doc-cover').evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
    expect(await page.locator('nav.doc-contents').isVisible()).toBe(true);
    for (const table of await page.locator('figure.chart table').all()) expect(await table.isVisible()).toBe(true);
    await context.close();
  });
});

describe('terms explained on first use', () => {
  test('the first use of a term links to its definition, a later use does not', async () => {
    let repeated = 0;
    const { page, context } = await open(citable[0]!);
    for (const url of [...citable, ...wholeVisions]) {
      await page.goto(browser.origin() + url);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a.term')].map((a) => {
          const rest = document.createRange();
          rest.setStartAfter(a);
          rest.setEndAfter(document.querySelector('main')!);
          return { href: a.getAttribute('href')!, title: a.title, word: a.textContent!, usedAgain: rest.toString().toLowerCase().includes(a.textContent!.toLowerCase()) };
        }),
      );
      // One mark per term, and one per abbreviation of it ("PSD" after "Programma Sociaal Domein").
      const marks = found.map((f) => (isAbbreviation(f.word) ? `${f.href}#${f.word.replace(POSSESSIVE, '')}` : f.href));
      expect(marks.filter((h, i) => marks.indexOf(h) !== i), url).toEqual([]);
      for (const term of found) {
        expect(term.title.length, `${url} ${term.word}`).toBeGreaterThan(10);
        // Ids are github-slugger's, as Astro's heading ids: lower case, letters such as "ë" kept.
        expect(term.href, url).toMatch(/\/begrippen\/#[\p{Ll}\p{N}-]+$/u);
      }
      repeated += found.filter((f) => f.usedAgain).length;
    }
    expect(repeated).toBeGreaterThan(0);
    await context.close();
  });

  test('each term link leads to its definition on the glossary page', () => {
    const links = new Set(citable.flatMap((url) => [...readPage(DIST, url).matchAll(/href="([^"]+)" class="term"/g)].map((m) => m[1]!)));
    expect(links.size).toBeGreaterThan(0);
    for (const link of links) {
      const [path, id] = link.split('#');
      expect(readFileSync(resolve(DIST, `.${path}index.html`), 'utf8'), link).toContain(`id="${id}"`);
    }
  });
});
