// --timing: where a run's CPU time went (user + system, all threads), printed on standard error at
// the end, so a slow run tells whether the engine or the command line around it is the cost.
//   annotate: CPU ms: start 130, read 2, engine data 150, html 40, engine 2,410, json 30, write 60 (total 2,822)
// "start" is node's own start and the bundle's loading, up to the first line of the command.

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export class Timing {
  private readonly ms = new Map<string, number>();
  private last = 0;

  /** Charges the CPU time since the previous mark (or since the process started) to `phase`. */
  mark(phase: string): void {
    const now = cpuMs();
    this.ms.set(phase, (this.ms.get(phase) ?? 0) + now - this.last);
    this.last = now;
  }

  line(): string {
    // Grouped by hand: toLocaleString loads the locale data, 10-20 ms of CPU charged to the run it measures.
    const n = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const parts = [...this.ms].map(([phase, ms]) => `${phase} ${n(ms)}`);
    return `annotate: CPU ms: ${parts.join(', ')} (total ${n(cpuMs())})`;
  }
}
