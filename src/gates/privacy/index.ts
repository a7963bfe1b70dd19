/**
 * Privacy and the Content-Security-Policy in the browser: no request leaves the site's origin
 * (each is blocked and reported), no cookie is set, and the CSP blocks nothing on the page.
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Starts watching a context; take(page) returns what the page just visited did. */
export async function recordPrivacy(context: BrowserContext, origin: string) {
  let found: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      found.push(`a request to another site: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  context.on('response', (response) => {
    response.headerValue('set-cookie').then(
      (cookie) => cookie && found.push(`${response.url()} sends Set-Cookie`),
      () => undefined, // the page closed before its headers were read
    );
  });
  // Runs before the page's own code, outside its CSP, and hears every violation of it.
  await context.addInitScript(() => {
    window.cspViolations = [];
    addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI}`), true);
  });
  return {
    async take(page: Page): Promise<string[]> {
      const { cookie, violations } = await page.evaluate(async () => {
        // A violation is reported in a task of its own: let those of the last moment arrive.
        await new Promise((resolve) => setTimeout(resolve));
        return { cookie: document.cookie, violations: window.cspViolations ?? [] };
      });
      const cookies = await context.cookies();
      await context.clearCookies();
      const taken = [
        ...found,
        ...(cookie ? [`document.cookie is "${cookie}"`] : []),
        ...cookies.map((c) => `a cookie "${c.name}" for ${c.domain}`),
        ...violations.map((v) => `Content-Security-Policy: ${v}`),
      ];
      found = [];
      return taken;
    },
  };
}
