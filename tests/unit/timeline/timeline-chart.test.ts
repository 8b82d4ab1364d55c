import { describe, expect, it } from 'vitest';
import { axisPx, dayRange, isoDay, layoutChart, stepMark, type ChartItem } from '@/lib/timeline-chart';

const TODAY = '2025-06-01';
const pt = (id: string, start: string | null): ChartItem => ({ id, kind: 'point', start });
const span = (id: string, start: string | null, end?: string | null): ChartItem => ({ id, kind: 'span', start, end });
const layout = (items: ChartItem[], more = {}) => layoutChart(items, { today: TODAY, ...more });

describe('dayRange', () => {
  it.each([
    ['2024-03-05', '2024-03-05', '2024-03-05', 'day'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-02', '2023-02-01', '2023-02-28', 'month'],
    ['2024', '2024-01-01', '2024-12-31', 'year'],
    ['1999-12-31', '1999-12-31', '1999-12-31', 'day'],
  ])('%s covers %s to %s', (s, first, last, precision) => {
    const r = dayRange(s)!;
    expect([isoDay(r.first), isoDay(r.last), r.precision]).toEqual([first, last, precision]);
  });

  it.each([
    [null],
    [''],
    ['2024-13'],
    ['2024-00'],
    ['2023-02-29'],
    ['2024-04-31'],
    ['24-03-05'],
    ['2024/03/05'],
    ['March 2024'],
    ['2024-3-5'],
  ])('%s is no date', (s) => {
    expect(dayRange(s)).toBeNull();
  });
});

describe('layoutChart', () => {
  it('puts the earliest mark near the start and the latest near the end, across years', () => {
    const l = layout([pt('b', '2024-05-20'), pt('a', '2019-01-10'), pt('c', '2021-07')]);
    const x = Object.fromEntries(l.points.map((p) => [p.id, p.x]));
    expect(x.a).toBeGreaterThan(0);
    expect(x.a).toBeLessThan(0.06);
    expect(x.b).toBeGreaterThan(0.94);
    expect(x.b).toBeLessThan(1);
    expect(x.c).toBeGreaterThan(x.a!);
    expect(x.c).toBeLessThan(x.b!);
    expect(l.order).toEqual(['a', 'c', 'b']);
    // Years apart: ticks are years, in order, inside the axis.
    expect(l.ticks.every((t) => t.unit === 'year' && t.x >= 0 && t.x <= 1)).toBe(true);
    expect(l.ticks.map((t) => t.date)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('uses day ticks when the marks span days, and month ticks for months', () => {
    const days = layout([pt('a', '2024-03-01'), pt('b', '2024-03-04')]);
    expect(days.ticks.map((t) => t.unit)).toEqual(days.ticks.map(() => 'day'));
    expect(days.ticks.length).toBeGreaterThanOrEqual(3);
    expect(days.ticks.map((t) => t.date)).toContain('2024-03-02');
    const months = layout([pt('a', '2024-01-15'), pt('b', '2024-06-15')]);
    expect(months.ticks[0]!.unit).toBe('month');
    expect(months.ticks.length).toBeLessThanOrEqual(6);
    const xs = months.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('centres a single mark on an axis of a week', () => {
    const l = layout([pt('only', '2024-03-05')]);
    expect(l.points).toEqual([{ id: 'only', x: 0.5, lane: 0, precision: 'day' }]);
    expect(l.from <= '2024-03-02' && l.to >= '2024-03-08').toBe(true);
    expect(l.ticks.length).toBeGreaterThan(0);
  });

  it('stacks marks on the same day in lanes, and keeps distant ones in the first lane', () => {
    const l = layout([pt('a', '2024-03-05'), pt('b', '2024-03-05'), pt('c', '2024-03-05'), pt('far', '2025-03-05')]);
    const lane = Object.fromEntries(l.points.map((p) => [p.id, p.lane]));
    expect([lane.a, lane.b, lane.c].sort()).toEqual([0, 1, 2]);
    expect(lane.far).toBe(0);
    expect(l.pointLanes).toBe(3);
    expect(l.points.find((p) => p.id === 'a')!.x).toBe(l.points.find((p) => p.id === 'b')!.x);
  });

  it('caps the lanes: a crowded day reuses lanes rather than growing without end', () => {
    const l = layout(
      Array.from({ length: 9 }, (_, i) => pt(`m${i}`, '2024-03-05')),
      { maxPointLanes: 4 },
    );
    expect(l.pointLanes).toBe(4);
    expect(l.points).toHaveLength(9);
  });

  it('lists undated items apart, drawn nowhere, in input order', () => {
    const l = layout([
      pt('u1', null),
      pt('d', '2024-01-02'),
      pt('u2', ''),
      span('r0', null, null),
      pt('bad', '2024-13-40'),
    ]);
    expect(l.undated).toEqual(['u1', 'u2', 'r0', 'bad']);
    expect(l.points.map((p) => p.id)).toEqual(['d']);
    expect(l.order).toEqual(['d']);
  });

  it('has an axis and nothing drawn when everything is undated', () => {
    const l = layout([pt('u', null)]);
    expect(l.points).toEqual([]);
    expect(l.order).toEqual([]);
    expect(l.undated).toEqual(['u']);
  });

  it('draws roles as bars from start to end, open ones to today or from the axis start', () => {
    const l = layout([
      span('minister', '2015-03', '2019-12-31'),
      span('now', '2020-01-01'),
      span('before', null, '2012'),
      pt('a', '2018-06-01'),
    ]);
    const s = Object.fromEntries(l.spans.map((b) => [b.id, b]));
    expect(s.minister!.x1).toBeLessThan(s.minister!.x2);
    expect(s.now).toMatchObject({ openEnd: true, openStart: false });
    // Lasting until today: the axis reaches today.
    expect(l.to >= TODAY).toBe(true);
    expect(s.now!.x2).toBeGreaterThan(0.9);
    expect(s.before).toMatchObject({ openStart: true, openEnd: false });
    expect(s.before!.x1).toBe(0);
    // Non-overlapping roles share a lane; the point lies inside the minister's bar.
    expect(s.minister!.lane).toBe(s.now!.lane);
    const a = l.points[0]!;
    expect(a.x > s.minister!.x1 && a.x < s.minister!.x2).toBe(true);
  });

  it('puts overlapping roles in separate lanes', () => {
    const l = layout([span('r1', '2010', '2016'), span('r2', '2014', '2020'), span('r3', '2017', '2018')]);
    const lane = Object.fromEntries(l.spans.map((b) => [b.id, b.lane]));
    expect(lane.r1).not.toBe(lane.r2);
    expect(lane.r3).toBe(lane.r1);
    expect(l.spanLanes).toBe(2);
  });

  it('orders keyboard steps by time, a mark after the role starting the same day', () => {
    const l = layout([pt('p2', '2020-01-01'), span('role', '2020-01-01', '2021'), pt('p1', '2019-05-05')]);
    expect(l.order).toEqual(['p1', 'role', 'p2']);
  });
});

describe('axisPx', () => {
  it.each([
    [0, false, 10],
    [1, false, 190],
    [0.5, false, 100],
    [0, true, 190],
    [1, true, 10],
    [0.25, true, 145],
  ])('x=%s rtl=%s is %spx on a 200px axis with 10px insets', (x, rtl, px) => {
    expect(axisPx(x, 200, 10, rtl)).toBeCloseTo(px);
  });
});

describe('stepMark', () => {
  const order = ['a', 'b', 'c'];
  it.each([
    ['b', 'ArrowRight', false, 'c'],
    ['b', 'ArrowLeft', false, 'a'],
    ['b', 'ArrowLeft', true, 'c'],
    ['b', 'ArrowRight', true, 'a'],
    ['c', 'ArrowRight', false, 'c'],
    ['a', 'ArrowLeft', false, 'a'],
    ['b', 'ArrowDown', true, 'c'],
    ['b', 'ArrowUp', false, 'a'],
    ['c', 'Home', false, 'a'],
    ['a', 'End', true, 'c'],
    [null, 'ArrowRight', false, 'a'],
    ['b', 'Enter', false, null],
    ['b', 'x', true, null],
  ])('from %s, %s (rtl %s) goes to %s', (from, key, rtl, to) => {
    expect(stepMark(order, from, key, rtl)).toBe(to);
  });
  it('has nowhere to go without marks', () => {
    expect(stepMark([], null, 'ArrowRight', false)).toBeNull();
  });
});
