/**
 * One build in this process, so its peak memory is this process's: prints the build's log, then
 * JSON { seconds, maxRssMb } on the last line. The log carries the PDF step's own time.
 * Content, output and cache folders come from the environment.
 */
import { build } from 'astro';

const start = performance.now();
await build({ logLevel: 'info' });
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
