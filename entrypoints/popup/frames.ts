// Waits on the popup's frames: its first rows are painted before what they do not show is asked for.

/** Resolves at the start of the next frame, before it is painted. */
export const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/** Resolves after the next frame has been painted. */
export const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));
