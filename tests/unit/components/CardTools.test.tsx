// The card's Pin, Expand and Close buttons: named for assistive technology, drawn without a font
// glyph (an emoji pin showed as an empty box where no emoji font is installed), and raising their
// callbacks with the new state.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '@/components/card/Card';
import { click, mount, t } from './render';

const props = (over: Partial<CardProps> = {}): CardProps => ({
  t,
  card: {
    mode: 'passage',
    entity: null,
    page: { url: 'https://news.example/a', title: 'مقال', site: 'news.example', publishedAt: null },
    quote: { exact: 'نص', prefix: '', suffix: '' },
    position: null,
    timeline: [],
  },
  timeline: [],
  notes: [],
  noteCount: 0,
  status: { kind: 'idle' },
  pinned: false,
  wide: false,
  copyStatus: 'idle',
  onSave: vi.fn(),
  onClose: vi.fn(),
  onPin: vi.fn(),
  onWide: vi.fn(),
  onCopy: vi.fn(),
  correct: { status: { kind: 'idle' }, onCorrect: vi.fn(), onUndo: vi.fn() },
  ...over,
});
const tool = (root: Element, label: string) => {
  const b = root.querySelector<HTMLButtonElement>(`header .tools button[aria-label="${label}"]`);
  if (!b) throw new Error(`no ${label} button`);
  return b;
};

afterEach(() => void (document.body.innerHTML = ''));

describe('card tools', () => {
  it.each(['cardPin', 'cardExpand'])('%s is a drawn icon, hidden from assistive technology, with no text', (label) => {
    const b = tool(mount(<Card {...props()} />), label);
    expect(b.textContent).toBe('');
    const svg = b.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
  });

  it('pins and unpins, showing the state as pressed', () => {
    const onPin = vi.fn();
    const off = mount(<Card {...props({ onPin })} />);
    expect(tool(off, 'cardPin').getAttribute('aria-pressed')).toBe('false');
    click(tool(off, 'cardPin'));
    expect(onPin).toHaveBeenLastCalledWith(true);
    document.body.innerHTML = '';
    const on = mount(<Card {...props({ onPin, pinned: true })} />);
    expect(tool(on, 'cardPin').getAttribute('aria-pressed')).toBe('true');
    click(tool(on, 'cardPin'));
    expect(onPin).toHaveBeenLastCalledWith(false);
  });

  it('draws Expand differently once expanded, and asks for the other size', () => {
    const onWide = vi.fn();
    const path = (root: Element) => tool(root, 'cardExpand').querySelector('path')?.getAttribute('d');
    const narrow = mount(<Card {...props({ onWide })} />);
    const before = path(narrow);
    click(tool(narrow, 'cardExpand'));
    expect(onWide).toHaveBeenLastCalledWith(true);
    document.body.innerHTML = '';
    const wide = mount(<Card {...props({ onWide, wide: true })} />);
    expect(path(wide)).not.toBe(before);
    expect(tool(wide, 'cardExpand').getAttribute('aria-pressed')).toBe('true');
    click(tool(wide, 'cardExpand'));
    expect(onWide).toHaveBeenLastCalledWith(false);
  });

  it('closes', () => {
    const onClose = vi.fn();
    click(tool(mount(<Card {...props({ onClose })} />), 'close'));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('the notes a card shows', () => {
  const note = (i: number) => ({
    id: `0b1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`,
    created: i,
    updated: i,
    url: 'https://news.example/a',
    title: 'مقال',
    site: 'news.example',
    publishedAt: null,
    quote: { exact: 'نص', prefix: '', suffix: '' },
    position: null,
    entity: null,
    body: `note ${i}`,
    format: 'text' as const,
    tags: [],
  });
  const more = (root: Element) => root.querySelector<HTMLButtonElement>('section.notes button.more');

  it('offers the notes not shown, with how many, and asks for them', () => {
    const onMore = vi.fn();
    const root = mount(<Card {...props({ notes: [note(2), note(1)], noteCount: 45, onMore })} />);
    expect([...root.querySelectorAll('section.notes li')].map((li) => li.textContent)).toEqual(['note 2', 'note 1']);
    expect(more(root)?.textContent).toBe('moreNotes(43)');
    click(more(root));
    expect(onMore).toHaveBeenCalledTimes(1);
  });

  it('offers nothing more when every note is shown, and waits while more are on their way', () => {
    expect(more(mount(<Card {...props({ notes: [note(1)], noteCount: 1, onMore: vi.fn() })} />))).toBeNull();
    document.body.innerHTML = '';
    expect(more(mount(<Card {...props({ notes: [note(1)], noteCount: 3 })} />))?.disabled).toBe(true);
  });

  it('says there are more than the cap when the count stopped there', () => {
    const onMore = vi.fn();
    const b = more(mount(<Card {...props({ notes: [note(1)], noteCount: null, onMore })} />));
    expect(b?.textContent).toBe(`moreNotesMany(${(1000).toLocaleString()})`);
    click(b);
    expect(onMore).toHaveBeenCalledTimes(1);
  });
});
