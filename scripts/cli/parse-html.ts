// The command line's HTML parser: parse5 follows the HTML standard's tree construction (the one
// browsers run), so an unclosed <form>, a stray </p> or a table in a paragraph gives the same
// tree as on the page and the command line reads the text the extension reads.
import { parse } from 'parse5';
import { ELEMENT, TEXT, type NodeLike } from '../../lib/article/dom-like';

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
}

class El implements NodeLike {
  readonly nodeType = ELEMENT;
  readonly nodeValue = null;
  childNodes: NodeLike[] = [];
  constructor(
    readonly nodeName: string,
    private readonly attrs: Map<string, string>,
    readonly parentNode: NodeLike | null,
  ) {}
  getAttribute(name: string): string | null {
    return this.attrs.get(name.toLowerCase()) ?? null;
  }
}

// Text and elements only: comments, doctypes and processing instructions carry no reading.
function node(n: P5Node, parent: El): NodeLike | null {
  if (n.nodeName === '#text')
    return { nodeType: TEXT, nodeName: '#text', nodeValue: n.value ?? '', childNodes: [], parentNode: parent };
  if (!n.tagName) return null;
  return new El(n.tagName.toUpperCase(), new Map((n.attrs ?? []).map((a) => [a.name, a.value])), parent);
}

// A loop, not recursion: a page may nest elements tens of thousands deep, beyond the call stack.
function convert(n: P5Node, parent: El): NodeLike | null {
  const top = node(n, parent);
  const stack: [P5Node, El][] = top instanceof El ? [[n, top]] : [];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [from, to] = item;
    for (const c of from.childNodes ?? []) {
      const k = node(c, to);
      if (!k) continue;
      to.childNodes.push(k);
      if (k instanceof El) stack.push([c, k]);
    }
  }
  return top;
}

export interface ParsedHtml {
  documentElement: NodeLike;
  body: NodeLike;
}

export function parseHtml(content: string): ParsedHtml {
  const doc = parse(content) as unknown as P5Node;
  const root = new El('#document', new Map(), null);
  const html = (doc.childNodes ?? [])
    .map((c) => convert(c, root))
    .find((c): c is NodeLike => !!c && c.nodeType === ELEMENT)!;
  // The standard's parser always makes <html> with <head> and <body> (or <frameset>).
  const body =
    [...(html.childNodes as NodeLike[])].find((c) => c.nodeName === 'BODY' || c.nodeName === 'FRAMESET') ?? html;
  return { documentElement: html, body };
}
