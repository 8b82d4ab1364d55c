// What a page script's observer sees Hamish add to the page, for the content tests.

/** Nodes added anywhere under the root element from now on. */
export function watchPage(): Node[] {
  const added: Node[] = [];
  new MutationObserver((records) => {
    for (const r of records) added.push(...r.addedNodes);
  }).observe(document.documentElement, { childList: true, subtree: true });
  return added;
}

/** Lets queued mutation records and timers run. */
export const settle = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
