import { launchChromium } from './src/lib/chromium.ts';
import { serve } from './src/lib/static-server.ts';
import { readOutline } from './src/pdf/read.ts';
const ed = process.argv[2] ?? 'zuidplas';
const site = await serve(process.cwd() + '/dist');
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t)); t = n; };
const browser = await launchChromium(); lap('launch');
const page = await browser.newPage();
await page.goto(`${site.url}/${ed}/volledig/`); lap('goto');
for (const tagged of [true, false, true]) {
  const pdf = await page.pdf({ preferCSSPageSize: true, tagged, outline: true, printBackground: true }); lap('pdf tagged=' + tagged + ' ' + pdf.length);
  const o = await readOutline(pdf); lap('outline ' + o.bookmarks.length);
}
await browser.close(); await site.close();
