/** Console errors and uncaught exceptions of every page in a browser context. */
import type { BrowserContext } from 'playwright-core';

/** Starts listening; take() returns what happened since the last take, on the page just visited. */
export function recordErrors(context: BrowserContext) {
  let found: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => found.push(`uncaught ${error.error().message}`));
  return {
    take(): string[] {
      const taken = found;
      found = [];
      return taken;
    },
  };
}
