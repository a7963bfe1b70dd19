/**
 * The browser scripts (src/scripts/), bundled at build time into the text a page carries inline.
 *
 * Why inline: a script the page links is one more request, and a phone's browser (and Lighthouse's
 * model of one) counts a script that runs before the first paint, with its round trip, towards that
 * paint. An inline module costs no request, and still runs only after the page is parsed.
 *
 * Why not Astro's own script bundling: Astro inlines a script only when it imports nothing, and
 * decides that after the pages' policy is written. Bundled here, each script's text, and so its
 * hash, is known when the page is rendered; the policy allows exactly these few scripts by hash
 * (src/lib/security/csp.ts): the same short list on every page, however many editions there are.
 */
import { join } from 'node:path';
import { build } from 'rolldown';
import { hashSource } from './security/csp.ts';

/** Each inline script by name, and its entry in src/scripts/ (its imports are bundled in). */
export const BROWSER_SCRIPTS = {
  /** Copy links and buttons, and read aloud: the pages of a vision. */
  reading: 'reading.ts',
  /** Old links to headings that moved (content/redirects.yaml): only the pages with such moves. */
  'moved-headings': 'moved-headings.ts',
  /** The results of /zoeken/ and /<gemeente>/zoeken/. */
  search: 'search.ts',
} as const;

export type BrowserScript = keyof typeof BROWSER_SCRIPTS;

const bundles = new Map<BrowserScript, Promise<string>>();

/**
 * The minified text of one script, bundled once per build. Paths are read from the project root,
 * where every build runs: this module itself is bundled into Astro's build folder.
 */
export function browserScript(name: BrowserScript): Promise<string> {
  let bundle = bundles.get(name);
  if (!bundle) {
    const input = join(process.cwd(), 'src', 'scripts', BROWSER_SCRIPTS[name]);
    bundle = build({ input, write: false, platform: 'browser', logLevel: 'warn', output: { format: 'esm', minify: true } }).then(({ output }) => {
      if (output.length !== 1) throw new Error(`src/scripts/${BROWSER_SCRIPTS[name]}: bundled into ${output.length} files; an inline script must be one`);
      return output[0]!.code.trim();
    });
    bundles.set(name, bundle);
  }
  return bundle;
}

/** The hash sources of every inline script of the site, for the one policy all pages share. */
export async function scriptHashes(): Promise<string[]> {
  return Promise.all((Object.keys(BROWSER_SCRIPTS) as BrowserScript[]).map(async (name) => hashSource(await browserScript(name))));
}
