import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '@/lib/notes/export';
import { mdFence, mdLink, mdLinkTarget, mdParagraphs, mdText } from '@/lib/notes/markdown';
import { note } from './sample';

// A renderer as permissive as the ones readers open exports in: raw HTML on, bare links linked.
const md = new MarkdownIt({ html: true, linkify: true });
const render = (s: string) => md.render(s);
/** The text a rendered fragment shows, with its tags removed and entities read. */
const shown = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![x](https://tracker.example/p.gif)',
  '<https://evil.example>',
  '`code` and ``two``',
  '*a* _b_ **c** __d__ ~~e~~',
  '[a][b] \\[c\\]',
  '&lt;img src=x&gt; &amp; &#106;',
  '| a | b |',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '2) not a list',
  '=== not an underline',
  '    not code',
];

describe('mdText renders as the text it was given', () => {
  it.each(HOSTILE)('%s', (input) => {
    const html = render(mdText(input));
    expect(html).toMatch(/^<p>[^]*<\/p>\n$/);
    // A bare http(s) address may become a link (linkify); nothing else becomes an element.
    expect(html.replace(/<a href="https:\/\/[^"]*">|<\/a>/g, '')).not.toMatch(/<(?!\/?p>)/);
    expect(shown(html)).toBe(input.trim());
  });

  it.each([
    ['plain Arabic', 'قال الرئيس إن المحادثات ستستمر'],
    ['punctuation that opens nothing', 'U.S. (AFP) — 50% said: yes! {ok} 3.5 = 7/2 "quoted" \'single\''],
    ['digits not at the start', 'on 12. March'],
    ['an http link stays a link', 'see https://news.example/a'],
  ])('leaves %s unchanged', (_name, input) => {
    expect(mdText(input)).toBe(input);
  });

  it('joins a title broken over lines into one line', () => {
    expect(mdText('a\nb\r\nc')).toBe('a b c');
    expect(render(`## ${mdText('Title\n# injected heading')}`)).toBe('<h2>Title # injected heading</h2>\n');
  });
});

describe('mdLinkTarget allows only http(s)', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['HTTP://127.0.0.1:8080/x', 'HTTP://127.0.0.1:8080/x'],
    ['https://news.example/a b)c<d>', 'https://news.example/a%20b%29c%3Cd%3E'],
  ])('%s', (url, target) => expect(mdLinkTarget(url)).toBe(target));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>',
    'file:///etc/passwd',
    'vbscript:x',
    ' https://lead.example',
    '//news.example/a',
    'https://',
  ])('refuses %s', (url) => expect(mdLinkTarget(url)).toBeNull());

  it('writes a link with an escaped label, or the label and the address as text', () => {
    expect(render(mdLink('[a] *b*', 'https://news.example/a b'))).toBe(
      '<p><a href="https://news.example/a%20b">[a] *b*</a></p>\n',
    );
    expect(render(mdLink('t', 'javascript:alert(1)'))).toBe('<p>t (javascript:alert(1))</p>\n');
  });
});

describe('note bodies', () => {
  it('keeps paragraphs and line breaks of a text body, escaping every line', () => {
    const html = render(mdParagraphs('first <b>line</b>\n- second\n\n\n# third'));
    expect(html).toBe('<p>first &lt;b&gt;line&lt;/b&gt;<br>\n- second</p>\n<p># third</p>\n');
  });

  it('shows a Markdown body as its source, whatever fences it holds', () => {
    const body = 'see [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n```\nfence\n````';
    const html = render(mdFence(body));
    expect(html).toMatch(/^<pre><code class="language-markdown">/);
    expect(shown(html)).toBe(body);
  });
});

describe('toMarkdown', () => {
  it('renders hostile page text and notes as text, with only http(s) links', () => {
    const hostile = note({
      url: 'https://news.example/a/1',
      title: '<img src=x onerror=alert(1)>',
      site: '<b>site</b>',
      quote: { exact: '[x](javascript:alert(1))\n# heading', prefix: '', suffix: '' },
      entity: { id: 'Q1', type: 'person', english: '*<script>alert(1)</script>*', arabic: '`عربي`' },
      body: '<iframe src=javascript:alert(1)>\n[y](javascript:alert(2))',
      tags: ['<svg onload=alert(1)>', 'a]b'],
    });
    const bad = note({ id: 'x2', url: 'javascript:alert(3)', title: 'bad', body: '' });
    const html = render(toMarkdown([hostile, bad]));
    const tags = [...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['h1', 'h2', 'a', 'p', 'blockquote', 'strong', 'br', 'sub']));
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://news.example/a/1']);
    for (const text of [
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1)) # heading',
      '*<script>alert(1)</script>*',
      '<svg onload=alert(1)>',
      'bad (javascript:alert(3))',
    ]) {
      expect(shown(html)).toContain(text);
    }
  });
});
