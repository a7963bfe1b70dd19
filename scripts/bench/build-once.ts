/**
 * One build in this process, so its peak memory is this process's: prints JSON
 * { seconds, maxRssMb }. Content, output and cache folders come from the environment.
 */
import { build } from 'astro';

const start = performance.now();
await build({ logLevel: 'error' });
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
