// Elements Hamish adds to a page carry no name of Hamish's (no tag, id, class or attribute a page
// could query for), so the content script remembers them here to tell its own mutations from the
// page's. What a page can still observe is listed in the README (Privacy).
const own = new WeakSet<Node>();

export const isOwn = (n: Node): boolean => own.has(n);

export function claim<T extends Node>(n: T): T {
  own.add(n);
  return n;
}

/** A plain element hosting a closed shadow root: page scripts cannot reach inside. */
export function shadowHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = claim(doc.createElement('div'));
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}
