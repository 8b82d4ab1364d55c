// Work written as steps (a generator that pauses between small pieces) runs in slices on a live
// page, giving the page its turn between them; elsewhere (the command line, tests) it runs through.

/** Runs steps to the end at once and returns their result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
