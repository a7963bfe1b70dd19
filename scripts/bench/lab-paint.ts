/**
 * Lab paint times with Lighthouse, as the issue measured them: mobile, simulated Slow 4G (150 ms
 * round trip, 1.6 Mbit/s) and a 4× slower CPU, Lighthouse's default. Each URL is measured
 * `runs` times and the median kept: the machine is shared and single runs wander.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchChromium } from '../../src/lib/chromium.ts';

export interface Paint {
  url: string;
  /** First and largest contentful paint, seconds. */
  fcp: number;
  lcp: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function labPaint(urls: string[], runs = 3): Promise<Paint[]> {
  const port = await freePort();
  const browser = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
  try {
    const paints: Paint[] = [];
    for (const url of urls) {
      const fcp: number[] = [];
      const lcp: number[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyAudits: ['first-contentful-paint', 'largest-contentful-paint'] });
        const audits = result!.lhr.audits;
        fcp.push(audits['first-contentful-paint']!.numericValue! / 1000);
        lcp.push(audits['largest-contentful-paint']!.numericValue! / 1000);
      }
      paints.push({ url, fcp: median(fcp), lcp: median(lcp) });
    }
    return paints;
  } finally {
    await browser.close();
  }
}
