// The bench build's record of each card's stages in this frame, which `npm run bench:card` reads
// from the console and joins with the tab's and the worker's by the card's `requestedAt`. In every
// other build the calls are compiled away.
const now = () => performance.timeOrigin + performance.now();

/** The moment this frame reached `name` for the card asked at `requestedAt` (ms since the epoch). */
export function stage(requestedAt: number | undefined, name: string): void {
  if (import.meta.env.MODE !== 'bench' || requestedAt === undefined) return;
  console.debug(`hamish:card-stage ${JSON.stringify({ requestedAt, name, at: now() })}`);
}

/** The next frame's start after a render: the render is on screen with that frame. */
export function stageAtFrame(requestedAt: number | undefined, name: string): void {
  if (import.meta.env.MODE !== 'bench' || requestedAt === undefined) return;
  requestAnimationFrame(() => stage(requestedAt, name));
}
