// Where an entity's timeline goes on a chart: a date axis with ticks, one mark per dated item
// (articles, dated mentions) stacked in lanes where they would overlap, and a bar per role from
// its start to its end. Positions are fractions of the axis (0 = earliest, 1 = latest); the
// component turns them into pixels, right to left in an Arabic UI (`axisPx`).

export type Precision = 'day' | 'month' | 'year';

export interface ChartItem {
  id: string;
  /** A point (an article, a dated mention) or a span (a role). */
  kind: 'point' | 'span';
  /** YYYY, YYYY-MM or YYYY-MM-DD; null or '' when unknown. */
  start: string | null;
  /** Spans only: where it ends; absent or null while it lasts (drawn up to `today`). */
  end?: string | null;
}

interface PlacedPoint {
  id: string;
  x: number;
  lane: number;
  precision: Precision;
}

interface PlacedSpan {
  id: string;
  x1: number;
  x2: number;
  lane: number;
  /** Drawn from the axis start or up to `today` because the role gives no start or no end. */
  openStart: boolean;
  openEnd: boolean;
}

interface Tick {
  x: number;
  /** The tick's date at its unit's precision: '2024', '2024-03' or '2024-03-05'. */
  date: string;
  unit: Precision;
}

export interface ChartLayout {
  points: PlacedPoint[];
  spans: PlacedSpan[];
  ticks: Tick[];
  /** Items with no usable date, in their input order: listed, not drawn. */
  undated: string[];
  pointLanes: number;
  spanLanes: number;
  /** Every drawn item's id in time order (ties by lane): the order arrow keys move in. */
  order: string[];
  /** The axis's first and last day (YYYY-MM-DD). */
  from: string;
  to: string;
}

export interface ChartOptions {
  /** YYYY-MM-DD: where a role still held ends. */
  today: string;
  /** Closer than this (a fraction of the axis) and two marks go in separate lanes. */
  minGap?: number;
  maxPointLanes?: number;
  maxTicks?: number;
}

const DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date at its precision as the days it covers, [first, last] in days since 1970-01-01; null if it is not one. */
export function dayRange(s: string | null | undefined): { first: number; last: number; precision: Precision } | null {
  const m = DATE.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo === null) return { first: Date.UTC(y, 0, 1) / DAY, last: Date.UTC(y + 1, 0, 1) / DAY - 1, precision: 'year' };
  const monthEnd = Date.UTC(y, mo, 1) / DAY - 1;
  if (d === null) return { first: Date.UTC(y, mo - 1, 1) / DAY, last: monthEnd, precision: 'month' };
  const day = Date.UTC(y, mo - 1, d) / DAY;
  if (d < 1 || day > monthEnd) return null;
  return { first: day, last: day, precision: 'day' };
}

export const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Tick steps from fine to coarse; the first that keeps the count within `maxTicks` wins. */
const STEPS: { unit: Precision; n: number }[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 2 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((n) => ({ unit: 'year' as const, n })),
];

function ticksFor(from: number, to: number, maxTicks: number): { day: number; date: string; unit: Precision }[] {
  for (const { unit, n } of STEPS) {
    const out: { day: number; date: string; unit: Precision }[] = [];
    const start = new Date(from * DAY);
    let [y, m] = [start.getUTCFullYear(), start.getUTCMonth()];
    if (unit === 'day') {
      // Weekly ticks fall on Mondays, the others on every n-th day from the axis start.
      let day = Math.ceil(from);
      if (n === 7) day += (8 - new Date(day * DAY).getUTCDay()) % 7;
      for (; day <= to && out.length <= maxTicks; day += n) out.push({ day, date: isoDay(day), unit });
    } else if (unit === 'month') {
      m = Math.ceil(m / n) * n;
      for (let day = Date.UTC(y, m, 1) / DAY; out.length <= maxTicks; m += n, day = Date.UTC(y, m, 1) / DAY) {
        if (day < from) continue;
        if (day > to) break;
        out.push({ day, date: isoDay(day).slice(0, 7), unit });
      }
    } else {
      y = Math.ceil(y / n) * n;
      for (let day = Date.UTC(y, 0, 1) / DAY; out.length <= maxTicks; y += n, day = Date.UTC(y, 0, 1) / DAY) {
        if (day < from) continue;
        if (day > to) break;
        out.push({ day, date: String(y), unit });
      }
    }
    if (out.length <= maxTicks && out.length > 0) return out;
  }
  return [];
}

/** Greedy lanes: each interval goes in the first lane whose last one ends `gap` before it starts. */
function lanes(intervals: { a: number; b: number }[], gap: number, max: number): number[] {
  const ends: number[] = [];
  return intervals.map(({ a, b }) => {
    let lane = ends.findIndex((e) => e + gap <= a);
    if (lane < 0) lane = ends.length < max ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = b;
    return lane;
  });
}

export function layoutChart(items: readonly ChartItem[], opts: ChartOptions): ChartLayout {
  const today = dayRange(opts.today)?.first ?? Date.now() / DAY;
  const points: { id: string; at: number; precision: Precision }[] = [];
  const spans: { id: string; a: number; b: number | null; openStart: boolean; openEnd: boolean }[] = [];
  const undated: string[] = [];
  for (const it of items) {
    const s = dayRange(it.start);
    if (it.kind === 'point') {
      if (s) points.push({ id: it.id, at: (s.first + s.last) / 2, precision: s.precision });
      else undated.push(it.id);
      continue;
    }
    const e = dayRange(it.end);
    if (!s && !e) {
      undated.push(it.id);
      continue;
    }
    // A role with only an end is drawn from the axis start; one with only a start lasts until today.
    spans.push({ id: it.id, a: s?.first ?? NaN, b: e ? e.last : null, openStart: !s, openEnd: !e });
  }
  const known = [...points.map((p) => p.at), ...spans.flatMap((s) => [s.a, s.b ?? Math.max(s.a, today)])].filter(
    (d) => !Number.isNaN(d),
  );
  let [lo, hi] = known.length ? [Math.min(...known), Math.max(...known)] : [today, today];
  // At least a week on the axis, and a margin so that end marks are not cut in half.
  if (hi - lo < 6) [lo, hi] = [(lo + hi) / 2 - 3, (lo + hi) / 2 + 3];
  const pad = (hi - lo) * 0.04;
  [lo, hi] = [lo - pad, hi + pad];
  const x = (day: number) => (day - lo) / (hi - lo);

  const byTime = [...points].sort((p, q) => p.at - q.at);
  const gap = opts.minGap ?? 0.03;
  const pointLane = lanes(
    byTime.map((p) => ({ a: x(p.at), b: x(p.at) })),
    gap,
    opts.maxPointLanes ?? 4,
  );
  const placedPoints = byTime.map((p, i) => ({ id: p.id, x: x(p.at), lane: pointLane[i]!, precision: p.precision }));

  const spanBox = spans
    .map((s) => {
      const a = s.openStart ? lo : s.a;
      const b = s.b ?? Math.max(a, today);
      return { ...s, a: Math.min(a, b), b: Math.max(a, b) };
    })
    .sort((p, q) => p.a - q.a || p.b - q.b);
  const spanLane = lanes(
    spanBox.map((s) => ({ a: x(s.a), b: x(s.b) })),
    0,
    Infinity,
  );
  const placedSpans = spanBox.map((s, i) => ({
    id: s.id,
    x1: x(s.a),
    x2: x(s.b),
    lane: spanLane[i]!,
    openStart: s.openStart,
    openEnd: s.openEnd,
  }));

  const ticks = ticksFor(lo, hi, opts.maxTicks ?? 6).map((t) => ({ x: x(t.day), date: t.date, unit: t.unit }));
  const order = [
    ...placedSpans.map((s) => ({ id: s.id, x: s.x1, lane: -1 - s.lane })),
    ...placedPoints.map((p) => ({ id: p.id, x: p.x, lane: p.lane })),
  ]
    .sort((p, q) => p.x - q.x || p.lane - q.lane)
    .map((o) => o.id);
  return {
    points: placedPoints,
    spans: placedSpans,
    ticks,
    undated,
    pointLanes: placedPoints.length ? Math.max(...pointLane) + 1 : 0,
    spanLanes: placedSpans.length ? Math.max(...spanLane) + 1 : 0,
    order,
    from: isoDay(Math.floor(lo)),
    to: isoDay(Math.floor(hi)),
  };
}

/** A fraction of the axis as a pixel offset from the drawing's left edge: right to left in an RTL UI. */
export const axisPx = (x: number, width: number, inset: number, rtl: boolean): number => {
  const px = inset + x * (width - 2 * inset);
  return rtl ? width - px : px;
};

/** The id that an arrow key moves to from `current`, in screen terms: in RTL, left is later. */
export function stepMark(order: readonly string[], current: string | null, key: string, rtl: boolean): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[order.length - 1]!;
  const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  const back = key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft');
  if (!forward && !back) return null;
  if (i < 0) return order[0]!;
  return order[Math.max(0, Math.min(order.length - 1, i + (forward ? 1 : -1)))]!;
}
