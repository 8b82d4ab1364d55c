// Step marks for `npm run bench:page`. A mark lands in the page's own performance timeline, which
// the page's scripts can read (`performance.getEntriesByName`): in a shipped build that would tell
// any site that Hamish is installed. Only the bench build (`wxt build --mode bench`) records them;
// elsewhere the call is compiled away. `detail` carries a figure with the mark (the engine's own time).
export function mark(step: string, detail?: number): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`hamish:${step}`, { detail });
}
