/**
 * The font the project ships, from the npm registry (dejavu-fonts-ttf): the build draws link
 * previews with it and the browser renders pages with it, so neither depends on the fonts of the
 * machine. resvg reads TTF, not the WOFF of web font packages.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder with DejaVu's TTF files. */
export const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Family name of the shipped font, as fonts inside SVG name it. */
export const FONT_FAMILY = 'DejaVu Sans';

/** Regular and bold DejaVu Sans, the weights the link previews use. */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIR, file));
