/**
 * The one Chromium of the project, for the browser tests and for anything the build renders in a
 * browser. It is resolved in this order: CHROMIUM_PATH, else a Chromium on the PATH, else the one
 * @sparticuz/chromium ships inside its npm package, so a bare machine needs no apt and no root.
 *
 * Text always renders with the font the project ships (DejaVu Sans, from the npm registry): the
 * browser gets a fontconfig file that lists only that font. Without it, a machine without fonts
 * draws every letter blank, and layout and contrast checks then measure nothing.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
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
  const { default: bundled } = await import('@sparticuz/chromium');
  return { path: await bundled.executablePath(), bundled: true };
}

/** A fontconfig file that offers the browser only the project's own font. */
function fontConfig(): string {
  const dir = join(tmpdir(), 'sociale-visie-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${FONT_DIR}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
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
