/**
 * The one Chromium of the project, for the browser tests and for anything the build renders in a
 * browser. It is resolved in this order: CHROMIUM_PATH, else a Chromium on the PATH, else the one
 * @sparticuz/chromium ships inside its npm package, so a bare machine needs no apt and no root.
 *
 * Text always renders with the font the project ships (DejaVu Sans, from the npm registry): the
 * browser gets a fontconfig file that lists only that font. Without it, a machine without fonts
 * draws every letter blank, and layout and contrast checks then measure nothing.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import bundledChromium from '@sparticuz/chromium';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { FONT_DIR } from './fonts.ts';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Flags for a headless run on a closed network: nothing phones home, nothing waits for a GPU. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'];

/** The bundled build needs these of @sparticuz/chromium's own flags: no zygote, software GL. */
const BUNDLED_ARGS = ['--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--in-process-gpu'];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Where the browser is, and which kind it is: the bundled build needs flags of its own. */
export async function chromiumExecutable(): Promise<{ path: string; bundled: boolean }> {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) return { path: configured, bundled: false };
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return { path: found, bundled: false };
  }
  // Imported up front, not on demand: the build renders PDFs after Vite's module loader has closed.
  return { path: await bundledChromium.executablePath(), bundled: true };
}

/**
 * The generic families the pages ask for, each mapped to its DejaVu face. Without these, fontconfig
 * has no rule for "sans-serif" or "system-ui" and picks any face in the folder (DejaVu Math for
 * body text, DejaVu Serif for italics).
 */
const ALIASES = [
  ['sans-serif', 'DejaVu Sans'],
  ['sans', 'DejaVu Sans'],
  ['system-ui', 'DejaVu Sans'],
  ['serif', 'DejaVu Serif'],
  ['monospace', 'DejaVu Sans Mono'],
]
  .map(([generic, face]) => `  <alias><family>${generic}</family><prefer><family>${face}</family></prefer></alias>\n`)
  .join('');

/**
 * A fontconfig file that offers the browser only the project's own font. Its name holds a hash of
 * its text: builds and tests of other checkouts run side by side and write their own, and one
 * must not overwrite another's between writing it and the browser reading it.
 */
function fontConfig(): string {
  const dir = join(tmpdir(), 'sociale-visie-fontconfig');
  mkdirSync(dir, { recursive: true });
  const text = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${FONT_DIR}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n${ALIASES}</fontconfig>\n`;
  const file = join(dir, `fonts-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.conf`);
  writeFileSync(file, text);
  return file;
}

/** Starts headless Chromium (see above); `options` may add to the launch options. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { path, bundled } = await chromiumExecutable();
  return chromium.launch({
    ...options,
    executablePath: path,
    args: [...ARGS, ...(bundled ? BUNDLED_ARGS : []), ...(options.args ?? [])],
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(), ...options.env },
  });
}
