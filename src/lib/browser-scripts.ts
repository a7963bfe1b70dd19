/**
 * The browser scripts (src/scripts/), bundled at build time into files of the site, and the one
 * inline script that loads them after the page's first paint.
 *
 * Why after the first paint: a script that runs before it holds it back by its request, on a
 * phone (and in Lighthouse's model of one, which counts every script that ran before the first
 * paint, with its round trip). The scripts only enhance a page that works without them, so they
 * can wait for that paint. Why not inline: the page itself must fit the first round trip (14.6 KB),
 * and an inline copy of a 1.5–3.5 KB script on every page pushed long pages and the search page
 * past it, which costs a round trip of its own.
 *
 * Why not Astro's own script bundling: Astro writes a script it bundles as a linked module,
 * fetched while the page is parsed. Bundled here, each script is one file whose name carries its
 * hash, and the inline loader is one fixed text: one hash in the policy, whatever the number of
 * scripts or editions (src/lib/security/csp.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'rolldown';

/** Each script by name, and its entry in src/scripts/ (its imports are bundled in). */
export const BROWSER_SCRIPTS = {
  /** Copy links and buttons, and read aloud: the pages of a vision. */
  reading: 'reading.ts',
  /** Old links to headings that moved (content/redirects.yaml): only the pages with such moves. */
  'moved-headings': 'moved-headings.ts',
  /** The results of /zoeken/ and /<gemeente>/zoeken/. */
  search: 'search.ts',
} as const;

export type BrowserScript = keyof typeof BROWSER_SCRIPTS;

export const browserScriptNames = Object.keys(BROWSER_SCRIPTS) as BrowserScript[];

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
      if (output.length !== 1) throw new Error(`src/scripts/${BROWSER_SCRIPTS[name]}: bundled into ${output.length} files; a page loads one per script`);
      return output[0]!.code;
    });
    bundles.set(name, bundle);
  }
  return bundle;
}

/** The script's file name without ".js": its name and the start of its hash, so a changed script is a new file for every cache. */
export async function browserScriptFile(name: BrowserScript): Promise<string> {
  return `${name}.${createHash('sha256').update(await browserScript(name)).digest('hex').slice(0, 10)}`;
}

/**
 * The inline script that loads one file (its `data-src`) once the page has painted its content: a
 * classic script, so it reads its own element while the page is parsed, the same text wherever it
 * stands. It waits for the browser's own first-contentful-paint entry, not for the next frame: a
 * frame callback can run before that frame reaches the screen, and the request would then still
 * count towards the first paint. A browser without paint timing loads the file at `load`.
 */
export const LOAD_AFTER_PAINT =
  '{const s=document.currentScript.dataset.src,go=()=>import(s);try{new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),setTimeout(go))}).observe({type:"paint",buffered:!0})}catch{addEventListener("load",go)}}';
