import { serve } from '../../e2e/helpers/server.ts';
import { labPaint } from './lab-paint.ts';
const site = await serve(process.argv[2]!, { gzip: true });
for (const p of await labPaint(process.argv.slice(3).map((u) => site.url + u), 1)) console.log(p.url.replace(/^http:\/\/[^/]+/, ''), p.fcp.toFixed(2), p.lcp.toFixed(2));
await site.close();
