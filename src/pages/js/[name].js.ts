import type { APIRoute, GetStaticPaths } from 'astro';
import { browserScript, browserScriptFile, browserScriptNames, type BrowserScript } from '../../lib/browser-scripts';

/** js/<script>.<hash>.js: the site's browser scripts, which pages load after their first paint (src/lib/browser-scripts.ts). */
export const getStaticPaths = (async () =>
  Promise.all(browserScriptNames.map(async (name) => ({ params: { name: await browserScriptFile(name) }, props: { name } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: BrowserScript }> = async ({ props }) =>
  new Response(await browserScript(props.name), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
