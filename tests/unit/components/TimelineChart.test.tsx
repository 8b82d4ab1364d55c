import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { TimelineChart, formatDate } from '@/components/timeline/TimelineChart';
import { chartEntries } from '@/components/timeline/entries';
import { EntityView } from '@/components/popup/EntityView';
import { fire, mount, t } from './render';

const pages = [
  {
    url: 'https://a.example/1',
    title: 'الأول',
    site: 'a.example',
    publishedAt: '2024-03-12',
    context: 'وقال الصفدي إن الوقت ينفد.',
    dated: [{ date: '2023-11', label: 'وكان الصفدي قد زار القاهرة في نوفمبر.' }],
  },
  {
    url: 'https://a.example/2',
    title: 'الثاني',
    site: 'a.example',
    publishedAt: '2024-05-20',
    context: 'وكان الصفدي قد زار عمان.',
  },
  { url: 'https://b.example/3', title: 'بلا تاريخ', site: 'b.example', publishedAt: null },
];
const roles = [{ role: 'Minister of Foreign Affairs', start: '2017-01-15' }];
const entries = chartEntries(pages, roles);
const chart = (rtl = false) => mount(<TimelineChart t={t} entries={entries} today="2025-01-01" rtl={rtl} lang="en" />);
const marks = (div: Element) => [...div.querySelectorAll<SVGGElement>('g.mark')];
const cx = (div: Element, label: string) =>
  Number(
    marks(div)
      .find((m) => m.getAttribute('aria-label')!.includes(label))!
      .querySelector('circle')!
      .getAttribute('cx'),
  );

describe('chartEntries', () => {
  it('makes a mark per article and dated mention, a bar per role, and keeps undated articles', () => {
    expect(entries.map((e) => [e.kind, e.start])).toEqual([
      ['article', '2024-03-12'],
      ['mention', '2023-11'],
      ['article', '2024-05-20'],
      ['article', null],
      ['role', '2017-01-15'],
    ]);
  });

  it('places an article without a publication date on the day the reader saw it', () => {
    expect(chartEntries([{ ...pages[2]!, seenOn: '2024-06-01' }])[0]!.start).toBe('2024-06-01');
  });
});

describe('TimelineChart', () => {
  it('draws one named, focusable mark per dated item and counts the undated ones', () => {
    const div = chart();
    expect(marks(div)).toHaveLength(4);
    expect(marks(div).map((m) => m.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Minister of Foreign Affairs'),
      expect.stringMatching(/^Nov(ember)? 2023, chartMention: الأول$/),
      expect.stringMatching(/^Mar 12, 2024, chartArticle: الأول$/),
      expect.stringMatching(/^May 20, 2024, chartArticle: الثاني$/),
    ]);
    expect(div.querySelector('.undated-count')!.textContent).toBe('chartUndated(1)');
    // One tab stop: the latest mark.
    expect(marks(div).map((m) => m.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0']);
  });

  it('runs left to right in English and right to left in Arabic', () => {
    const ltr = chart(false);
    expect(cx(ltr, 'الأول') < cx(ltr, 'الثاني')).toBe(true);
    const rtl = chart(true);
    expect(cx(rtl, 'الأول') > cx(rtl, 'الثاني')).toBe(true);
    expect(rtl.querySelector('figure')!.getAttribute('dir')).toBe('rtl');
  });

  it('shows the sentence of the mark focused, and of the mark pointed at', () => {
    const div = chart();
    const detail = () => div.querySelector('.chart-detail')!;
    expect(detail().textContent).toBe('chartHint');
    const mention = marks(div)[1]!;
    act(() => mention.focus());
    expect(detail().textContent).toContain('وكان الصفدي قد زار القاهرة في نوفمبر.');
    expect(mention.getAttribute('tabindex')).toBe('0');
    fire(marks(div)[3], 'mouseenter');
    expect(detail().textContent).toContain('وكان الصفدي قد زار عمان.');
    fire(marks(div)[3], 'mouseleave');
    expect(detail().textContent).toContain('القاهرة');
  });

  it('moves focus with the arrow keys in screen direction, and Home/End', () => {
    for (const [rtl, later] of [
      [false, 'ArrowRight'],
      [true, 'ArrowLeft'],
    ] as const) {
      const div = chart(rtl);
      act(() => marks(div)[1]!.focus());
      const key = (k: string) =>
        act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
      key(later);
      expect(document.activeElement).toBe(marks(div)[2]);
      key('End');
      expect(document.activeElement).toBe(marks(div)[3]);
      key(later);
      expect(document.activeElement).toBe(marks(div)[3]);
      key('Home');
      expect(document.activeElement).toBe(marks(div)[0]);
    }
  });

  it('draws nothing when there is nothing to draw', () => {
    expect(mount(<TimelineChart t={t} entries={[]} today="2025-01-01" rtl={false} lang="en" />).innerHTML).toBe('');
  });
});

describe('formatDate', () => {
  it.each([
    ['2024', 'en', '2024'],
    ['2024-03-05', 'en', 'Mar 5, 2024'],
    ['2024-03', 'en', 'March 2024'],
  ])('%s in %s is %s', (iso, lang, out) => {
    expect(formatDate(iso, lang)).toBe(out);
  });
});

describe('EntityView with the chart', () => {
  const entity = { id: 'Q1', type: 'person' as const, english: 'Ayman Safadi', arabic: 'أيمن الصفدي' };
  it('draws the chart above the list, which stays', () => {
    const div = mount(
      <EntityView
        t={t}
        entity={entity}
        notes={[]}
        pages={pages}
        roles={roles}
        onBack={() => {}}
        onSave={() => {}}
        onDelete={() => {}}
      />,
    );
    const figure = div.querySelector('figure.timeline-chart')!;
    const list = div.querySelector('ol.timeline')!;
    expect(figure.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(div.querySelectorAll('g.mark')).toHaveLength(4);
    expect(div.querySelectorAll('ol.timeline > li')).toHaveLength(3);
  });
});
