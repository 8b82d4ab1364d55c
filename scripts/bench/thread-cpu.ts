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
