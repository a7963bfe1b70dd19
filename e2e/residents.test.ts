/**
 * Residents on phones (issue 14, items 1-5), tried in Chromium at 320 px over the built site:
 * tables, the pyramid, "Lees voor", the edition's colour and tap targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { lightenForDark } from '../src/lib/theme/contrast';
import { THEME } from '../src/lib/theme/theme';
import { builtPages, DIST, readPage } from '../src/gates/dist';
import { PHONE, useBrowser } from './helpers/browser';

const browser = useBrowser();
const pages = builtPages(DIST);

describe('tables on a phone', () => {
  const withTables = pages.filter((url) => readPage(DIST, url).includes('<table'));

  test('there are pages with tables: annexes, figures, chapters, whole visions', () => {
    for (const kind of ['/bijlagen/', '/cijfers/', '/hoofdstukken/', '/volledig/']) expect(withTables.some((u) => u.includes(kind)), kind).toBe(true);
  });

  test.each(withTables)('%s: no word or number breaks inside a cell; each table scrolls in its own named, focusable region', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    // Chart tables sit in a closed <details>: open them as a reader would.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].flatMap((table, t) => {
        const found: string[] = [];
        const region = table.parentElement!;
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
        if (!scrolls || region.tabIndex !== 0 || !region.getAttribute('aria-label')) found.push(`table ${t + 1} is not in a named, focusable region that scrolls`);
        for (const cell of table.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent!.matchAll(/\S+/g)) {
              // The line each character stands on; a word is split where the line changes.
              const lines = [...word[0]].map((_, i) => {
                const range = document.createRange();
                range.setStart(node, word.index + i);
                range.setEnd(node, word.index + i + 1);
                return Math.round(range.getBoundingClientRect().top);
              });
              const breaks = lines.flatMap((top, i) => (i > 0 && top !== lines[i - 1] ? [i] : []));
              // A compound may break after its hyphen ("Wmo-|voorziening"); a number or range ("6.116", "100-109") never.
              const allowed = !/\d/.test(word[0]) && breaks.every((i) => word[0][i - 1] === '-');
              if (breaks.length && !allowed) found.push(`table ${t + 1}: "${word[0]}" is split over ${breaks.length + 1} lines`);
            }
          }
        }
        return found;
      }),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("each edition in its own colour", () => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const editions = readdirSync('content/gemeenten').map((slug) => {
    const { colour } = load(readFileSync(`content/gemeenten/${slug}/gemeente.yaml`, 'utf8')) as { colour: string };
    return { slug, colour };
  });

  test.each(editions)('/$slug/: the header has the house colour $colour; links in dark mode its light tint', async ({ slug, colour }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await browser.open(`/${slug}/`, { viewport: PHONE, colorScheme });
      expect(await page.locator('body > header').evaluate((el) => getComputedStyle(el).backgroundColor), colorScheme).toBe(rgb(colour));
      // A plain link in the text (a glossary term keeps the text's colour).
      const link = await page.locator('main').evaluate((main) => {
        const probe = main.appendChild(Object.assign(document.createElement('a'), { href: '#' }));
        return getComputedStyle(probe).color;
      });
      expect(link, colorScheme).toBe(rgb(colorScheme === 'light' ? colour : lightenForDark(colour, THEME.dark.soft)));
      await context.close();
    }
  });
});

describe('"Lees voor" reads only with a Dutch voice, and says when it cannot', () => {
  const citable = pages.find((p) => /\/pijlers\/[^/]+\/$/.test(p))!;
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(DIST, citable))![1]!.replace(/<[^>]+>/g, '').trim();

  interface Speech {
    /** The voices the device has. */
    voices: { name: string; lang: string }[];
    /** The voices arrive after the page loaded, with a voiceschanged event, as in Chromium. */
    later?: boolean;
    /** Speaking fails with an error event instead of starting. */
    fails?: boolean;
  }

  /** Stands in for the browser's speech (run in the page): records what the page asks and answers with events. */
  function fakeSpeech({ voices, later = false, fails = false }: Speech) {
    const log: (string | undefined)[][] = [];
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    let available = later ? [] : voices;
    const fire = (target: EventTarget, type: string, error?: string) => target.dispatchEvent(Object.assign(new Event(type), { error }));
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(public text: string) {
        super();
      }
    }
    let queue: Utterance[] = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => available,
      speak(u: Utterance) {
        log.push(['speak', u.text, u.lang, u.voice?.name]);
        queue.push(u);
        if (queue.length === 1) setTimeout(() => fire(u, fails ? 'error' : 'start', fails ? 'synthesis-failed' : undefined), 50);
      },
      pause: () => log.push(['pause']),
      resume: () => log.push(['resume']),
      cancel() {
        log.push(['cancel']);
        for (const u of queue) fire(u, 'error', 'canceled');
        queue = [];
      },
    });
    if (later) setTimeout(() => ((available = voices), fire(synth, 'voiceschanged')), 300);
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
  }

  const open = (speech: Speech) => browser.open(citable, { viewport: PHONE }, `(${fakeSpeech})(${JSON.stringify(speech)})`);
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: string[][] }).speechLog.filter((c) => c[0] === 'speak'));

  test.each([
    ['no voices at all', { voices: [] }],
    ['only an English voice', { voices: [{ name: 'English', lang: 'en-US' }] }],
    ['an English voice now, no Dutch one later either', { voices: [{ name: 'English', lang: 'en-GB' }], later: true }],
  ] as [string, Speech][])('with %s it says so in the status region and shows no controls for speech', async (_, speech) => {
    const { page, context } = await open(speech);
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 5000 }).toContain('geen Nederlandse stem');
    expect(await spoken(page)).toEqual([]);
    expect(await page.locator('[data-speech="play"]').textContent()).toBe('Lees voor');
    expect(await page.getByRole('button', { name: 'Stop' }).isVisible()).toBe(false);
    await context.close();
  });

  test('when speech fails to start, it says so and the controls stay as they were', async () => {
    const { page, context } = await open({ voices: [{ name: 'Xander', lang: 'nl-NL' }], fails: true });
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Voorlezen lukte niet');
    expect(await page.locator('[data-speech="play"]').textContent()).toBe('Lees voor');
    expect(await page.getByRole('button', { name: 'Stop' }).isVisible()).toBe(false);
    await context.close();
  });

  test('with a Dutch voice that loads late, it reads the main text with that voice; pause, resume and stop from the keyboard', async () => {
    const { page, context } = await open({ voices: [{ name: 'English', lang: 'en-US' }, { name: 'Xander', lang: 'nl-NL' }], later: true });
    const toggle = page.locator('[data-speech="play"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.textContent()).toBe('Pauzeer');
    const said = await spoken(page);
    expect(said).toContainEqual(['speak', h1, 'nl-NL', 'Xander']);
    expect(said.length).toBeGreaterThan(3);
    expect(said.every((c) => c[3] === 'Xander')).toBe(true);
    const text = said.map((c) => c[1]).join(' ');
    for (const control of ['Lees voor', 'Link naar deze paragraaf', 'Kopieer de verwijzing']) expect(text).not.toContain(control);

    const calls = () => page.evaluate(() => (window as unknown as { speechLog: string[][] }).speechLog);
    await page.keyboard.press('Enter');
    expect((await calls()).at(-1)).toEqual(['pause']);
    expect(await toggle.textContent()).toBe('Ga verder');
    await page.keyboard.press(' ');
    expect((await calls()).at(-1)).toEqual(['resume']);
    await page.getByRole('button', { name: 'Stop' }).click();
    expect((await calls()).at(-1)).toEqual(['cancel']);
    expect(await toggle.textContent()).toBe('Lees voor');
    expect(await page.getByRole('button', { name: 'Stop' }).isVisible()).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe('');
    await context.close();
  });

  test('is absent where the browser cannot speak', async () => {
    const { page, context } = await browser.open(citable, { viewport: PHONE }, () => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Lees voor' }).count()).toBe(0);
    await context.close();
  });
});

describe('tap targets on a phone (WCAG 2.5.8: at least 24 by 24 px)', () => {
  const toc = pages.find((url) => readPage(DIST, url).includes('id="toc-title"'))!;
  const representative = ['/', '/zuidplas/', toc, '/zuidplas/cijfers/', '/wetten/jeugdwet/', '/a-z/'];
  const TARGETS = ['header a', 'header button', 'nav[aria-label="Kruimelpad"] a', 'nav[aria-labelledby="toc-title"] a', 'footer nav a'];

  test('a page with a table of contents is among them', () => expect(toc).toBeTruthy());

  test.each(representative)('%s: header navigation, breadcrumbs, contents and footer links', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const small = await page.evaluate((selectors) =>
      selectors.flatMap((selector) =>
        // Only what is shown: a control that is hidden (display: none) cannot be tapped.
        [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).flatMap((el) => {
          const { width, height } = el.getBoundingClientRect();
          return width >= 24 && height >= 24 ? [] : [`${selector} "${el.textContent!.trim()}": ${Math.round(width)}×${Math.round(height)} px`];
        }),
      ), TARGETS);
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('the pyramid reads as navigation on a phone', () => {
  const overviews = pages.filter((url) => url.endsWith('/piramide/'));
  const layerPages = pages.filter((url) => /\/piramide\/[^/]+\/$/.test(url));

  test('there is a pyramid to check', () => expect(overviews.length * layerPages.length).toBeGreaterThan(0));

  test.each([...overviews, ...layerPages])('%s: the layers are links that narrow from top to tip, without source numbering', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const nav = page.locator('main nav[aria-labelledby^="pyramid-"]');
    const layers = await nav.locator('a').evaluateAll((links) => {
      // The colour of a plain link in the text, to compare with.
      const probe = document.querySelector('main')!.appendChild(Object.assign(document.createElement('a'), { href: '#' }));
      const linkColour = getComputedStyle(probe).color;
      probe.remove();
      return links.map((a) => {
        const decorated = [a, a.querySelector('[data-layer-title]') ?? a].some((el) => getComputedStyle(el).textDecorationLine.includes('underline'));
        return {
          width: a.getBoundingClientRect().width,
          current: a.getAttribute('aria-current') === 'page',
          looksLikeLink: getComputedStyle(a).color === linkColour && decorated,
          text: a.textContent!,
        };
      });
    });
    expect(layers.length).toBeGreaterThan(2);
    // Each layer narrower than the one above it: the inverted shape, also at 320 px.
    for (let i = 1; i < layers.length; i++) expect(layers[i]!.width, `layer ${i + 1}`).toBeLessThan(layers[i - 1]!.width - 4);
    for (const layer of layers.filter((l) => !l.current)) {
      expect(layer.looksLikeLink, `${layer.text} looks like a link`).toBe(true);
    }
    expect(layers.map((l) => l.text).join(' ')).not.toMatch(/Opgave \d/i);
    await context.close();
  });

  test.each(layerPages)('%s: "you are here" stands near the top, before the contents and the text of the layer', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
    const nav = await top('main nav[aria-labelledby^="pyramid-"]');
    expect(nav).toBeLessThan(await top('main .prose'));
    if (await page.locator('#toc-title').count()) expect(nav).toBeLessThan(await top('#toc-title'));
    expect(await page.locator('main nav[aria-labelledby^="pyramid-"] a[aria-current="page"]').count()).toBe(1);
    await context.close();
  });

  test.each(overviews)('%s: no heading repeats the page title', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const h1 = (await page.locator('h1').textContent())!.trim();
    expect((await page.locator('h2, h3').allTextContents()).map((t) => t.trim())).not.toContain(h1);
    await context.close();
  });
});

describe('links in running text are underlined, not told apart by colour alone (WCAG 1.4.1)', () => {
  const withProse = ['/zuidplas/', pages.find((url) => url.startsWith('/zuidplas/pijlers/') && url !== '/zuidplas/pijlers/')!, '/wetten/jeugdwet/', '/wetten/'];

  test.each(withProse)('%s: every link inside a paragraph or list item of the main text has an underline', async (url) => {
    const { page, context } = await browser.open(url, { viewport: PHONE });
    const plain = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(p, li) a')]
        .filter((a) => a.getClientRects().length > 0 && !getComputedStyle(a).textDecorationLine.includes('underline'))
        .map((a) => a.textContent!.trim()),
    );
    const checked = await page.locator('main :is(p, li) a').count();
    expect(checked, 'links to check').toBeGreaterThan(0);
    expect(plain).toEqual([]);
    await context.close();
  });
});
