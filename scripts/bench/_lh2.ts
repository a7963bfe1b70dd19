import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchChromium } from '../../src/lib/chromium.ts';
import { serve } from '../../e2e/helpers/server.ts';
const site = await serve(process.argv[2]!, { gzip: true });
const s = createServer(); await new Promise<void>((r) => s.listen(0, '127.0.0.1', r)); const port = (s.address() as any).port; s.close();
const browser = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
const r = await lighthouse(site.url + process.argv[3], { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r!.lhr.audits;
for (const k of ['first-contentful-paint','largest-contentful-paint','render-blocking-resources','render-blocking-insight','lcp-breakdown-insight','network-requests','largest-contentful-paint-element','lcp-phases-insight','network-dependency-tree-insight']) {
  if (!a[k]) continue;
  console.log('==', k, a[k].displayValue ?? a[k].numericValue);
  console.log(JSON.stringify(a[k].details, null, 0)?.slice(0, 2500));
}
await browser.close(); await site.close();
