/** One run of `npm run build:shards` (scripts/build-shards.ts): seconds, peak memory of all its processes, what it rebuilt. */
import { spawn } from 'node:child_process';
import { watchMemory } from './tree-memory.ts';

export interface ShardedRun {
  seconds: number;
  /** Peak of the summed memory of every process of the build (shards side by side, Pagefind). */
  peakMB: number;
  /** CPU seconds of every process of the build: what it costs, whatever else the machine runs. */
  cpuSeconds: number;
  editions: number;
  /** Editions rendered in this run; the others came from the cache. */
  rendered: number;
  shards: number;
  /** Seconds per step: plan (hashing), render (the shards), merge, headers, search (Pagefind). */
  steps: Record<string, number>;
}

export function buildSharded(env: Record<string, string>): Promise<ShardedRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['scripts/build-shards.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const memory = watchMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const { peakMB, cpuSeconds } = memory.stop();
      if (code !== 0) return fail(new Error(`build:shards failed (${code}):\n${output.slice(-3000)}`));
      const summary = JSON.parse(output.trim().split('\n').pop()!);
      done({ ...summary, seconds: (performance.now() - start) / 1000, peakMB, cpuSeconds });
    });
  });
}
