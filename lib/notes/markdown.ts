// Page text and imported notes are written by others: every field goes into the Markdown export
// as text, never as markup. CommonMark lets a backslash escape any ASCII punctuation, so the
// characters that open emphasis, code, links, images, raw HTML, entities or tables are escaped
// everywhere, and those that open a block (a heading, list, quote, rule) where a line starts.

const INLINE = /[\\`*_[\]<>&|~#]/g;

/**
 * One line of text as CommonMark inline content that renders as that text. Line breaks become
 * spaces, and leading white space goes (four spaces would start a code block).
 */
export function mdText(s: string): string {
  const line = s
    .replace(/[\r\n]+/g, ' ')
    .replace(/^\s+/, '')
    .replace(INLINE, '\\$&');
  // A list item (- + 1. 1)) or a setext underline (=) where the line starts; > is escaped above.
  return line.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Several lines of text (a note body): each line escaped, line breaks kept as hard breaks. */
export function mdParagraphs(s: string): string {
  return s
    .split(/(?:\r\n?|\n)\s*(?:\r\n?|\n)/)
    .map((para) =>
      para
        .split(/\r\n?|\n/)
        .map(mdText)
        .filter(Boolean)
        .join('\\\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A reader's Markdown body is kept as written, in a fence longer than any run of backticks in it:
 * it shows as its source, so neither its HTML nor its links are live.
 */
export function mdFence(s: string): string {
  const longest = Math.max(2, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${s.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** An http(s) URL as a link destination, or null for any other scheme (javascript:, data:, file:). */
export function mdLinkTarget(url: string): string | null {
  if (!/^https?:\/\/[^\s]/i.test(url)) return null;
  return url.replace(/[\s<>()\\`"'[\]{}|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link when the target is http(s), else the escaped text followed by the address as text. */
export function mdLink(label: string, url: string): string {
  const target = mdLinkTarget(url);
  return target ? `[${mdText(label)}](${target})` : `${mdText(label)} (${mdText(url)})`;
}
