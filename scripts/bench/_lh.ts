import { serve } from '../../e2e/helpers/server.ts';
import { labPaint } from './lab-paint.ts';
const site = await serve(process.argv[2]!, { gzip: true });
console.log(await labPaint(process.argv.slice(3).map((u) => site.url + u), 1));
await site.close();
