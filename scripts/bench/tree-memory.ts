/**
 * Peak memory and CPU time of a process and everything it starts, sampled from /proc (Linux): a
 * sharded build runs several builds side by side, and what the machine must hold is their sum,
 * not the largest. CPU time says what a build costs on a shared machine, where its wall time
 * depends on the others. Elsewhere both are 0; the bench then shows no figure.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** Resident bytes of `root` and its descendants now; records each one's CPU seconds so far in `cpu`. */
function treeBytes(root: number, cpu: Map<number, number>): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && inTree(parent.get(pid)!));
  for (const [pid, t] of ticks) if (inTree(pid)) cpu.set(pid, t / TICKS);
  return [...rss].reduce((sum, [pid, bytes]) => (inTree(pid) ? sum + bytes : sum), 0);
}

/** Samples the tree of `pid` until stopped; `stop()` returns the peak memory in MB and the CPU seconds of the whole tree. */
export function watchMemory(pid: number, everyMs = 200): { stop(): { peakMB: number; cpuSeconds: number } } {
  let peak = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    try {
      peak = Math.max(peak, treeBytes(pid, cpu));
    } catch {
      // No /proc: not Linux.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakMB: peak / 1e6, cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0) };
    },
  };
}
