// The few DOM features article extraction needs, so lib/ stays free of DOM globals and the same
// code runs on a live page (content script) and on a parsed file (command line, scripts/cli/parse-html.ts).
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<NodeLike>;
  parentNode: NodeLike | null;
  /** Text nodes: their data. */
  nodeValue: string | null;
  getAttribute?(name: string): string | null;
}

export const ELEMENT = 1;
export const TEXT = 3;

export const attr = (n: NodeLike, name: string): string =>
  n.nodeType === ELEMENT && n.getAttribute ? (n.getAttribute(name) ?? '') : '';
export const tag = (n: NodeLike): string => n.nodeName.toLowerCase();

export function textOf(n: NodeLike, limit = Infinity): string {
  let out = '';
  const walk = (x: NodeLike) => {
    if (out.length >= limit) return;
    if (x.nodeType === TEXT) out += x.nodeValue ?? '';
    else if (x.nodeType === ELEMENT && !SKIP_ALWAYS.has(tag(x)))
      for (let i = 0; i < x.childNodes.length; i++) walk(x.childNodes[i]!);
  };
  walk(n);
  return out;
}

/**
 * Never text a reader reads as the article. Form controls are here but not <form> itself:
 * ASP.NET wraps a whole page in one <form id="aspnetForm">, story included.
 */
export const SKIP_ALWAYS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'head',
  'title',
]);
