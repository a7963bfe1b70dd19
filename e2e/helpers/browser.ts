/**
 * One Chromium and one static server over dist/ for a test file, and a page opener: the
 * journeys tests open pages as a reader would, on a phone or a desktop.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/lib/chromium';
import { DIST } from '../../src/gates/dist';
import { serve } from '../../src/lib/static-server';

/** A phone at the narrowest width WCAG reflow asks for. */
export const PHONE = { width: 320, height: 640 };

/**
 * Waits until the scripts a page loads after its first paint (src/lib/browser-scripts.ts) have
 * run: a reader's page is enhanced a moment after it shows, and a test acts on the enhanced page.
 * Importing each file again resolves once the page's own import of it has been evaluated. Text,
 * not a function: the test runner would rewrite the import() inside a function for Node.
 */
export async function afterPaintScripts(page: Page): Promise<void> {
  await page.evaluate("Promise.all([...document.querySelectorAll('script[data-src]')].map((s) => import(s.dataset.src)))");
}

export interface Opened {
  page: Page;
  context: BrowserContext;
}

/** Starts the browser and the server before the file's tests and stops them after. */
export function useBrowser(dist = DIST) {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(resolve(dist));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    /** The server's origin, "http://127.0.0.1:port". */
    origin: () => site.url,
    /** A page in a fresh context; `init` (a function, or script text) runs before the page's own scripts. */
    async open(url: string, options: Parameters<Browser['newContext']>[0] = {}, init?: (() => void) | string): Promise<Opened> {
      const context = await browser.newContext(options);
      if (init) await context.addInitScript(init);
      const page = await context.newPage();
      await page.goto(site.url + url);
      if (options.javaScriptEnabled !== false) await afterPaintScripts(page);
      return { page, context };
    },
  };
}
