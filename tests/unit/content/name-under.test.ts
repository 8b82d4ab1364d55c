import { describe, expect, it } from 'vitest';
import { nameUnder } from '@/entrypoints/content/name-under';
import type { PageText } from '@/entrypoints/content/page-text';

// <p id=a>"Ayman Safadi met " <b>"Guterres"</b> " in Cairo"</p> <p id=b>"Khartoum"</p>, each text
// node a segment of the page's text; every name's box is given by the test (happy-dom lays out nothing).
const TEXTS = ['Ayman Safadi met ', 'Guterres', ' in Cairo', 'Khartoum'];
function page() {
  const a = document.createElement('p');
  const b = document.createElement('b');
  const c = document.createElement('p');
  a.append(TEXTS[0]!, b, TEXTS[2]!);
  b.append(TEXTS[1]!);
  c.append(TEXTS[3]!);
  const nodes = [a.firstChild!, b.firstChild!, a.lastChild!, c.firstChild!];
  let at = 0;
  const segments = nodes.map((node, i) => ({ node, start: at, end: (at += TEXTS[i]!.length) }));
  const index = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const text: PageText = { text: TEXTS.join(''), segments, related: [], index };
  return { text, a, b, c };
}
// Safadi, Guterres, Cairo, Khartoum; each on its own 10 px row.
const MARKS = [
  { start: 6, end: 12, row: 0 },
  { start: 17, end: 25, row: 1 },
  { start: 29, end: 34, row: 2 },
  { start: 34, end: 42, row: 3 },
];
const boxOf = (m: (typeof MARKS)[number]) =>
  ({ getClientRects: () => [{ left: 100, right: 160, top: m.row * 10, bottom: m.row * 10 + 8 }] }) as unknown as Range;

describe('nameUnder', () => {
  const { text, a, b, c } = page();
  const cases: [string, EventTarget | null, number, number, number | null | undefined][] = [
    ['a name in the target’s own text', a, 130, 4, 0],
    ['a name in a child element’s text, from that element', b, 130, 14, 1],
    ['the last name of a paragraph', a, 159, 27, 2],
    ['1 px of slack round the box', a, 99, 8.5, 0],
    // Must not match:
    ['the target’s text, beside the name', a, 200, 4, null],
    ['between two lines', a, 130, 9.5, null],
    ['a name in another paragraph, though the point is on its box', a, 130, 34, null],
    ['a name in the element’s child, from the parent (its own text holds none there)', a, 130, 14, null],
    ['an element with no text of the page', document.createElement('div'), 130, 4, null],
    ['no target', null, 130, 4, undefined],
    ['not a node (the window)', window, 130, 4, undefined],
  ];
  it.each(cases)('%s', (_what, target, x, y, want) => {
    const got = nameUnder(text, MARKS, target, x, y, boxOf);
    expect(got === undefined || got === null ? got : MARKS.indexOf(got)).toBe(want);
  });

  it('gives up (undefined) on an element with too many names of its own to check one by one', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ start: 34 + (i % 8), end: 35 + (i % 8), row: 3 }));
    many.sort((x, y) => x.start - y.start);
    expect(nameUnder(text, many, c, 130, 34, boxOf)).toBeUndefined();
  });
});
