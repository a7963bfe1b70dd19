import { execSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; .ci/run installs it on a bare machine. */
function chromiumPath(): string {
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    throw new Error('Chromium is not installed. Run: apt-get install -y chromium (as root), or bash .ci/run.');
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
