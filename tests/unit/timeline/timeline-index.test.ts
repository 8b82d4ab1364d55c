import { describe, expect, it } from 'vitest';
import { pageTimeline, TimelineIndex, type PageContext } from '@/lib/timeline';
import { drain } from '@/lib/steps';
import type { DateMention, EntityMention } from '@/lib/types';

// A page read a chunk at a time: each chunk's mentions and dates are appended to the page's lists
// (chunks in reading order, not text order), and the page's index is brought up to date after each.
const STORY = (i: number) =>
  `زار ميلي بغداد في 3/1/${1900 + i}. وقال بوتين إن الوضع هادئ في ${10 + (i % 18)}/9/2021. ` +
  `والتقى ميلي بوتين في 1/1/${1950 + i}.\n\n`;
const N = 120;
const TEXT = Array.from({ length: N }, (_, i) => STORY(i)).join('');
const starts = (() => {
  const out = [0];
  for (let i = 0; i < N; i++) out.push(out[i]! + STORY(i).length);
  return out;
})();

function found(from: number, to: number): { entities: EntityMention[]; dates: DateMention[] } {
  const entities: EntityMention[] = [];
  const dates: DateMention[] = [];
  const part = TEXT.slice(from, to);
  for (const [name, id] of [
    ['ميلي', 'milley'],
    ['بوتين', 'putin'],
  ] as const)
    for (let i = part.indexOf(name); i >= 0; i = part.indexOf(name, i + 1))
      entities.push({
        start: from + i,
        end: from + i + name.length,
        text: name,
        type: 'person',
        english: id,
        romanized: '',
        id,
        known: true,
      });
  for (const m of part.matchAll(/(\d+)\/(\d+)\/(\d{4})/g)) {
    const [d, mo, y] = [m[1]!, m[2]!, m[3]!];
    const at = from + m.index;
    dates.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      value: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`,
      calendar: 'gregorian',
    });
  }
  // The engine's lists are not in text order: dates last-first, mentions by entity.
  return { entities, dates: dates.reverse() };
}

const context = (entities: EntityMention[], dates: DateMention[], index?: TimelineIndex): PageContext => ({
  text: TEXT,
  entities,
  dates,
  related: [{ start: starts[3]!, end: starts[4]! }],
  publishedAt: '2021-09-22',
  title: 'عنوان',
  url: 'https://news.example/a',
  ...(index ? { index } : {}),
});

describe('TimelineIndex', () => {
  // Chunks of ten stories, read from the middle outwards.
  const chunks = [5, 6, 4, 7, 3, 8, 2, 9, 1, 10, 0, 11].map((k) => [starts[k * 10]!, starts[k * 10 + 10]!] as const);

  it('gives every card the timeline a scan of the whole lists gives, after each chunk', () => {
    const entities: EntityMention[] = [];
    const dates: DateMention[] = [];
    const index = new TimelineIndex(entities, dates);
    for (const [a, b] of chunks) {
      const c = found(a, b);
      entities.push(...c.entities);
      dates.push(...c.dates);
      drain(index.extendSteps());
      for (const id of ['milley', 'putin', 'nobody']) {
        const withIndex = pageTimeline(context(entities, dates, index), id, [], Infinity);
        expect(withIndex).toEqual(pageTimeline(context(entities, dates), id, [], Infinity));
      }
    }
    // The scan found something to compare: every story outside the related one, each with its dates.
    const milley = pageTimeline(context(entities, dates, index), 'milley', [], Infinity);
    expect(milley.filter((i) => i.source === 'article')).toHaveLength((N - 1) * 2);
    expect(milley.some((i) => i.date === '1903-01-03')).toBe(false); // story 3 is the related one
  });

  it('catches up at once when a card comes before the steps ran, or while they are half done', () => {
    const entities: EntityMention[] = [];
    const dates: DateMention[] = [];
    const index = new TimelineIndex(entities, dates);
    const first = found(...chunks[0]!);
    entities.push(...first.entities);
    dates.push(...first.dates);
    // Not yet extended: the card's timeline still sees this chunk.
    const early = pageTimeline(context(entities, dates, index), 'putin', [], Infinity);
    expect(early).toEqual(pageTimeline(context(entities, dates), 'putin', [], Infinity));
    expect(early.filter((i) => i.source === 'article')).toHaveLength(20);
    for (const [a, b] of chunks.slice(1)) {
      const c = found(a, b);
      entities.push(...c.entities);
      dates.push(...c.dates);
    }
    // A run left half way (the page's turn came), then a card: nothing counted twice or missed.
    const steps = index.extendSteps();
    expect(steps.next().done).toBe(false);
    const mid = pageTimeline(context(entities, dates, index), 'milley', [], Infinity);
    expect(mid).toEqual(pageTimeline(context(entities, dates), 'milley', [], Infinity));
    expect(steps.next().done).toBe(true);
    expect(index.mentionsOf('milley')).toHaveLength(entities.filter((e) => e.id === 'milley').length);
  });

  it('is not used for other lists (a page read again has new ones)', () => {
    const old = found(...chunks[0]!);
    const index = new TimelineIndex(old.entities, old.dates);
    drain(index.extendSteps());
    const fresh = found(...chunks[1]!);
    expect(index.over(fresh.entities, fresh.dates)).toBeNull();
    const items = pageTimeline(context(fresh.entities, fresh.dates, index), 'milley', [], Infinity);
    expect(items).toEqual(pageTimeline(context(fresh.entities, fresh.dates), 'milley', [], Infinity));
    expect(items.some((i) => i.date === '1950-01-01')).toBe(false); // story 0 is only in the old lists
  });
});
