import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST } from '../src/gates/dist';
import { launchChromium } from '../src/lib/chromium';
import { serve } from '../src/lib/static-server';

/** The law register and the titled pages of every edition, read from content/ as an author wrote them. */
const laws = readdirSync('content/wetten')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.slice(0, -5), ...(load(readFileSync(join('content/wetten', f), 'utf8')) as { name: string; abbreviation?: string; domains: string[] }) }));

const titledPages = readdirSync('content/gemeenten').flatMap((edition) =>
  ['pijlers', 'piramide'].flatMap((section) => {
    const dir = join('content/gemeenten', edition, section);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const front = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!;
        const { title, themes = [] } = load(front) as { title: string; themes?: string[] };
        return { title, themes, url: `/${edition}/${section}/${f.slice(0, -4)}/` };
      });
  }),
);

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await serve(resolve(DIST));
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits until /zoeken/ has announced its results; returns the result links' paths, best first. */
async function results(p: Page = page): Promise<string[]> {
  await p.waitForFunction(() => /resulta|Geen|lukt/.test(document.querySelector('#zoek-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
  return p.$$eval('#zoek-resultaten > li > a:first-child', (links) => links.map((a) => a.getAttribute('href')!));
}

/** The number of results the page announced. */
async function announced(): Promise<number> {
  const status = (await page.textContent('#zoek-status')) ?? '';
  return status.startsWith('Geen') ? 0 : Number(status.match(/^(\d+) resulta/)?.[1]);
}

/** Opens a search page with a search in its URL: "/zuidplas/zoeken/?q=wmo". */
async function open(url: string): Promise<string[]> {
  await page.goto(`${site.url}${url}`);
  return results();
}

const search = (query: string) => open(`/zoeken/${query}`);

const q = (words: string) => `?${new URLSearchParams({ q: words })}`;

test('the build holds the Pagefind index (npm run build runs pagefind after astro build)', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), `no ${DIST}/pagefind: run npx pagefind --site ${DIST}`).toBe(true);
});

describe('a law searched by its name or abbreviation opens its own page first', () => {
  const cases = laws.flatMap((law) => [
    [law.name, law.id] as const,
    ...(law.abbreviation ? [[law.abbreviation, law.id] as const] : []),
  ]);
  test.each(cases)('%s → /wetten/%s/', async (words, id) => {
    expect((await search(q(words)))[0]).toBe(`/wetten/${id}/`);
  });
});

describe('a building block or pyramid layer searched by its title is in the top three', () => {
  test.each(titledPages.map((p) => [p.title, p.url] as const))('%s → %s', async (title, url) => {
    expect((await search(q(title))).slice(0, 3)).toContain(url);
  });
});

describe('Dutch words', () => {
  test('other forms of a word find the same pages (stemming for nl)', async () => {
    expect(await search(q('mantelzorgers'))).toEqual(await search(q('mantelzorger')));
  });

  test.each([
    ['budgetbeheer', '/wetten/wet-gemeentelijke-schuldhulpverlening/'],
    // Not "werkloos": that is also a search word of the theme Werk, which rightly comes first.
    ['beschut werk', '/wetten/participatiewet/'],
  ])('the search word %s finds %s first, and the page does not show it', async (word, url) => {
    expect((await search(q(word)))[0]).toBe(url);
    await page.goto(site.url + url);
    expect(await page.locator('main').innerText()).not.toContain(word);
    expect(await page.content()).toContain(word);
  });
});

describe('filters', () => {
  test('a municipality narrows the results to its own pages', async () => {
    await search(q('zorg'));
    const all = await announced();
    await search('?q=zorg&gemeente=zuidplas');
    const zuidplas = await announced();
    expect(zuidplas).toBeGreaterThan(0);
    expect(zuidplas).toBeLessThan(all);
    const contexts = await page.$$eval('#zoek-resultaten > li > p:first-of-type', (ps) => ps.map((p) => p.textContent));
    // A law is in the search of each edition that names it.
    for (const c of contexts) expect(c).toMatch(/^(Zuidplas · .+|Wet)$/);
  });

  test('a kind narrows the results to that kind, and alone lists all of it', async () => {
    const wet = await search('?q=zorg&soort=wet');
    expect(wet.length).toBeGreaterThan(0);
    for (const url of wet) expect(url).toMatch(/^\/wetten\/[^/]+\/$/);
    await search('?soort=wet');
    expect(await page.textContent('#zoek-status')).toContain(`${laws.length} resultaten`);
  });

  test('a theme lists its own page and the building blocks and layers tagged with it, and nothing else', async () => {
    const tagged = [...titledPages.filter((p) => p.themes.includes('wonen')).map((p) => p.url), '/thema/wonen/'];
    const found = await search('?thema=wonen');
    expect(new Set(found)).toEqual(new Set(tagged));
    expect(await page.textContent('#zoek-status')).toContain('over het thema Wonen');
    expect(await search('?thema=wonen&soort=thema')).toEqual(['/thema/wonen/']);
  });

  test('an unknown theme filters nothing out', async () => {
    await search(q('zorg'));
    const all = await announced();
    await search('?q=zorg&thema=bestaat-niet');
    expect(await announced()).toBe(all);
  });

  test('a building block shows its edition’s own word, filtered as "bouwsteen"', async () => {
    await search('?q=samen&gemeente=dijk-en-waard&soort=bouwsteen');
    const contexts = await page.$$eval('#zoek-resultaten > li > p:first-of-type', (ps) => ps.map((p) => p.textContent));
    expect(contexts.length).toBeGreaterThan(0);
    for (const c of contexts) expect(c).toBe('Dijk en Waard · Leidend principe');
  });
});

describe('the search page', () => {
  test('keeps the search in the URL: submit, reload and back restore it', async () => {
    await page.goto(`${site.url}/zoeken/`);
    expect(await page.isVisible('#a-z')).toBe(true);
    await page.fill('#zoek-q', 'mantelzorg');
    await page.click('#zoek-keuze summary');
    await page.selectOption('#zoek-gemeente', 'zuidplas');
    await page.press('#zoek-q', 'Enter');
    const first = await results();
    expect(first.length).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=mantelzorg&gemeente=zuidplas');
    expect(await page.isVisible('#a-z')).toBe(false);
    await page.reload();
    expect(await results()).toEqual(first);
    expect(await page.inputValue('#zoek-q')).toBe('mantelzorg');
    expect(await page.inputValue('#zoek-gemeente')).toBe('zuidplas');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent === '');
    expect(await page.inputValue('#zoek-q')).toBe('');
  });

  test('announces the number of results politely', async () => {
    const shown = await search(q('mantelzorger'));
    expect(await page.getAttribute('#zoek-status', 'aria-live')).toBe('polite');
    expect(await page.textContent('#zoek-status')).toMatch(/^\d+ resultaten voor “mantelzorger”\.$/);
    expect(shown.length).toBe(Math.min(await announced(), 5));
    await search(q('xyzzyplugh'));
    expect(await page.textContent('#zoek-status')).toMatch(/^Geen resultaten/);
  });

  test.each([
    // Pagefind shortens a word it cannot find: "wijkcoach" finds pages with "wijk".
    ['wijkcoach', /^Het woord “wijkcoach” staat op geen enkele pagina\. Wel \d+ resultaten met woorden die erop lijken, zoals “wijk\w*”\.$/],
    ['wijkcoach mantelzorg', /^Het woord “wijkcoach” staat op geen enkele pagina\. Wel \d+ resultat?en met woorden die erop lijken/],
    // Other forms of a word, the start of a compound and a search word are hits.
    ['mantelzorgers', /^\d+ resultaten voor “mantelzorgers”\.$/],
    ['jeugd', /^\d+ resultaten voor “jeugd”\.$/],
    ['budgetbeheer', /^1 resultaat voor “budgetbeheer”\.$/],
  ])('“%s”: near matches are announced as such, not as hits', async (words, announcement) => {
    expect((await search(q(words))).length).toBeGreaterThan(0);
    expect(await page.textContent('#zoek-status')).toMatch(announcement);
  });

  test('results are links a keyboard reaches, with a visible focus; sections link to their heading', async () => {
    const found = await search(q('jeugdhulp'));
    await page.focus('#zoek-keuze summary');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { href: el.getAttribute('href'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ href: found[0], outline: 'solid' });
    const sections = await page.$$eval('#zoek-resultaten li li a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(sections.some((href) => /^\/[^#]+\/#[a-z0-9-]+$/.test(href))).toBe(true);
    expect(await page.$$eval('#zoek-resultaten mark', (marks) => marks.length)).toBeGreaterThan(0);
  });

  test('"more" adds results and moves focus to the first new one', async () => {
    await search(q('gemeente'));
    const before = await page.$$eval('#zoek-resultaten > li', (li) => li.length);
    await page.click('#zoek-meer');
    await page.waitForFunction((n) => document.querySelectorAll('#zoek-resultaten > li').length > n, before);
    expect(await page.evaluate((n) => document.activeElement === document.querySelectorAll('#zoek-resultaten > li > a')[n], before)).toBe(true);
  });

  test('has no WCAG A/AA violations with results shown', async () => {
    // axe is injected inline, which the site's CSP rightly blocks.
    const axeContext = await browser.newContext({ bypassCSP: true });
    const page = await axeContext.newPage();
    await page.goto(`${site.url}/zoeken/${q('jeugd')}`);
    await results(page);
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await axeContext.close();
  });
});

describe('search costs nothing until it is used', () => {
  test.each(['/', '/zuidplas/pijlers/inclusie/', '/wetten/', '/a-z/'])('%s loads no Pagefind file', async (url) => {
    const requests: string[] = [];
    const listener = (r: { url(): string }) => requests.push(r.url());
    page.on('request', listener);
    await page.goto(site.url + url, { waitUntil: 'networkidle' });
    page.off('request', listener);
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
  });

  test('/zoeken/ without a search loads Pagefind only when a search box gets focus', async () => {
    const requests: string[] = [];
    const listener = (r: { url(): string }) => requests.push(r.url());
    page.on('request', listener);
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' });
    const onLoad = requests.filter((r) => r.includes('/pagefind/'));
    const wasm = page.waitForResponse((r) => r.url().endsWith('/pagefind/wasm.nl.pagefind'));
    await page.focus('#zoek-q');
    await wasm;
    page.off('request', listener);
    expect(onLoad).toEqual([]);
    const onFocus = requests.filter((r) => r.includes('/pagefind/')).map((r) => new URL(r).pathname.replace(/^\/pagefind\//, ''));
    expect(onFocus).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.nl.pagefind']));
  });

  test.each(['"Verwijzen naar deze pagina"', '"Deel deze pagina"', '"Laatst gewijzigd"'])('the page furniture %s is not indexed', async (words) => {
    await search(q(words));
    expect(await announced()).toBe(0);
  });

  test('the search box on a page outside the editions leads to /zoeken/ with the words in the URL', async () => {
    await page.goto(`${site.url}/wetten/`);
    await page.fill('#kop-zoeken', 'schulden');
    await page.press('#kop-zoeken', 'Enter');
    expect((await results())[0]).toBe('/wetten/wet-gemeentelijke-schuldhulpverlening/');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/zoeken/?q=schulden');
  });
});

describe('on an edition’s pages, search searches that edition first', () => {
  const path = () => new URL(page.url()).pathname + new URL(page.url()).search;
  const contexts = () => page.$$eval('#zoek-resultaten > li > p:first-of-type', (ps) => ps.map((p) => p.textContent ?? ''));

  test('the header search leads to the edition’s own search page, in its header and navigation', async () => {
    await page.goto(`${site.url}/ijsselstein/pijlers/samen-doen/`);
    expect(await page.textContent('label[for="kop-zoeken"]')).toBe('Zoeken in IJsselstein');
    await page.fill('#kop-zoeken', 'mantelzorg');
    await page.press('#kop-zoeken', 'Enter');
    await results();
    expect(path()).toBe('/ijsselstein/zoeken/?q=mantelzorg');
    expect(await page.textContent('header')).toContain('Sociale visie IJsselstein');
    expect(await page.$('header nav a[href="/ijsselstein/pijlers/"]')).not.toBeNull();
    expect(await page.textContent('#zoek-status')).toMatch(/ in IJsselstein\.$/);
    expect(await page.textContent('#zoek-bereik')).toBe('IJsselstein');
    const found = await contexts();
    expect(found.length).toBeGreaterThan(0);
    // Its own pages, and the laws it names.
    for (const c of found) expect(c).toMatch(/^(IJsselstein · .+|Wet)$/);
  });

  test('one click shows the results of all editions, still in the edition’s header; the URL keeps the choice', async () => {
    await open('/ijsselstein/zoeken/?q=mantelzorg');
    const inEdition = await announced();
    await page.click('#zoek-overal a');
    await page.waitForFunction(() => !/ in IJsselstein\.$/.test(document.querySelector('#zoek-status')?.textContent ?? ''));
    await results();
    expect(path()).toBe('/ijsselstein/zoeken/?q=mantelzorg&gemeente=');
    expect(await announced()).toBeGreaterThan(inEdition);
    expect(await page.isVisible('#zoek-overal')).toBe(false);
    expect((await contexts()).some((c) => c.startsWith('Zuidplas · '))).toBe(true);
    expect(await page.textContent('header')).toContain('Sociale visie IJsselstein');
    await page.reload();
    await results();
    expect(await announced()).toBeGreaterThan(inEdition);
    expect(await page.inputValue('#zoek-gemeente')).toBe('');
  });

  test('a law the edition names is found in its search', async () => {
    expect((await open('/zuidplas/zoeken/?q=schulden'))[0]).toBe('/wetten/wet-gemeentelijke-schuldhulpverlening/');
  });

  test('without a search, the edition’s search page shows the A–Z list, not all its pages', async () => {
    await page.goto(`${site.url}/zuidplas/zoeken/`);
    expect(await page.isVisible('#a-z')).toBe(true);
    expect(await page.textContent('#zoek-status')).toBe('');
  });

  test.each(['/zoeken/', '/zuidplas/zoeken/', '/ijsselstein/zoeken/'])('on a phone (320 × 640), %s shows the first result without scrolling', async (url) => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${site.url}${url}${q('mantelzorg')}`);
    await results(p);
    const box = await p.locator('#zoek-resultaten > li > a').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await phone.close();
  });
});

describe('without JavaScript', () => {
  test('no search box leads nowhere: pages link to the A–Z list instead', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.url}/zuidplas/`);
    expect(await p.isVisible('#kop-zoeken')).toBe(false);
    await p.click('header a[href="/a-z/"]');
    await p.waitForURL(/\/a-z\/$/);
    await noJs.close();
  });

  test.each([
    ['/zoeken/', undefined],
    ['/zuidplas/zoeken/', 'zuidplas'],
  ])('%s shows no form that cannot search, says why, lists the pages (of its edition) and every law from A to Z, and loads no Pagefind file', async (url, edition) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    // A link someone shared, opened without JavaScript.
    await p.goto(`${site.url}${url}?q=jeugdwet`);
    expect(await p.isVisible('#zoeken')).toBe(false);
    expect(await p.innerText('main')).toContain('Zoeken werkt alleen als JavaScript aan staat.');
    expect(await p.isVisible('#a-z')).toBe(true);
    const hrefs = await p.$$eval('#a-z section a', (links) => links.map((a) => a.getAttribute('href')));
    for (const law of laws) expect(hrefs).toContain(`/wetten/${law.id}/`);
    // An edition's search page lists its own pages, and links to the list of every edition's.
    for (const titled of titledPages) expect(hrefs.includes(titled.url), titled.url).toBe(!edition || titled.url.startsWith(`/${edition}/`));
    expect(await p.$('#a-z > p a[href="/a-z/"]') !== null).toBe(Boolean(edition));
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await noJs.close();
  });

  test('the law register lists every law under each of its domains', async () => {
    await page.goto(`${site.url}/wetten/`);
    for (const law of laws) {
      expect(await page.$(`#alle + ul a[href="/wetten/${law.id}/"]`), law.id).not.toBeNull();
      for (const domain of law.domains) {
        expect(await page.$(`section[aria-labelledby="domein-${domain}"] a[href="/wetten/${law.id}/"]`), `${law.id} in ${domain}`).not.toBeNull();
      }
    }
  });
});
