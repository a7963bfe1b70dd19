/** axe-core in the browser: WCAG 2.0–2.2 A and AA, and axe's best practices. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Loads axe into every page of a context: an init script passes the page's CSP, and is sent to the browser once. */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(source);
}

interface Result {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe's violations on the loaded page: "rule: help (elements)". */
export async function axeViolations(page: Page, tags = AXE_TAGS): Promise<string[]> {
  const result = await page.evaluate(
    (values) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<Result> } }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    tags,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
