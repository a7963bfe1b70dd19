/**
 * A gate's broken pages in Chromium: its broken/ folder served as a site of its own (the pages
 * link with root paths, "/cookie/koekje.js"), and a fresh browser context per page.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serve } from '../lib/static-server';

export type ContextOptions = Parameters<Browser['newContext']>[0];

export async function brokenSite(gateDir: string) {
  const site = await serve(resolve(gateDir, 'broken'));
  const browser = await launchChromium();
  return {
    url: site.url,
    browser,
    /** Opens a page in a fresh context that `prepare` readies first (watchers, axe). */
    async open(path: string, prepare: (context: BrowserContext) => Promise<unknown> = async () => {}, options: ContextOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
      const context = await browser.newContext(options);
      await prepare(context);
      const page = await context.newPage();
      await page.goto(site.url + path);
      return { page, context };
    },
    async close(): Promise<void> {
      await browser.close();
      await site.close();
    },
  };
}
