/**
 * Peak memory of a process and everything it starts, sampled from /proc (Linux): a sharded build
 * runs several builds side by side, and what the machine must hold is their sum, not the largest.
 * Elsewhere it reports 0; the bench then shows no figure.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Resident bytes of `root` and its descendants now. */
function treeBytes(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && inTree(parent.get(pid)!));
  return [...rss].reduce((sum, [pid, bytes]) => (inTree(pid) ? sum + bytes : sum), 0);
}

/** Samples the tree of `pid` until stopped; `stop()` returns the peak in MB. */
export function watchMemory(pid: number, everyMs = 200): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, treeBytes(pid));
    } catch {
      // No /proc: not Linux.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak / 1e6;
    },
  };
}
