// CPU time of this process's main thread, from Linux's /proc (null where there is none). The
// bench's times are the whole process's CPU time, which counts V8's compiler and collector threads
// too: the difference says how much of a call went to compiling (session 14: more than half of
// the engine's first call on 1 MB, and most of what a full collection between pages added).
import { readFileSync } from 'node:fs';

/** Milliseconds the main thread has run so far, or null. */
export function mainThreadMs(): number | null {
  try {
    // schedstat: time on a CPU in nanoseconds, time waiting, slices.
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** One call of `fn`: its value, the process's CPU ms (V8's threads included) and the main thread's. */
export function measured<T>(fn: () => T): { value: T; cpu: number; main: number | null } {
  const m0 = mainThreadMs();
  const t0 = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t0);
  const m1 = mainThreadMs();
  return { value, cpu: (d.user + d.system) / 1000, main: m0 === null || m1 === null ? null : m1 - m0 };
}
