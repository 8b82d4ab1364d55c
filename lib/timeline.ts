// An entity's timeline on one page: the sentences that name it together with a date, the
// article's own publication date, related stories that mention it, and dated facts (roles) from
// the gazetteer. The reader's history joins it in the card, which alone may read it.
import { sentences } from './text/tokens';
import type { DatedRole, DateMention, EntityMention } from './types';
import { TIMELINE_MAX, type TimelineItem } from './protocol/card';
import { drain } from './steps';
import { firstEndingAfter } from './sorted-spans';

export type { TimelineItem };

export interface PageContext {
  text: string;
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  related: readonly { start: number; end: number }[];
  publishedAt: string | null;
  title: string;
  url: string;
  /** The text's sentence spans, when the caller already has them (a page splits once, not per card). */
  sentences?: readonly { start: number; end: number }[];
  /** The page's mentions by entity and dates by start, made once per page (TimelineIndex). */
  index?: TimelineIndex;
}

const MAX_LABEL = 180;
// A long page has tens of thousands of marks and sentences: the steps below pause every STEP of
// them, so the content script can give the page its turn in between (lib/steps.ts).
const STEP = 256;

const oneLine = (x: string) => x.replace(/\s+/g, ' ').trim();

/**
 * The sentence, shortened around the mention so the card stays compact. `whole` is the sentence on
 * one line, when the caller has it already (it labels every name in the sentence).
 */
function snippet(
  text: string,
  s: { start: number; end: number },
  focus: { start: number; end: number },
  whole = oneLine(text.slice(s.start, s.end)),
): string {
  if (whole.length <= MAX_LABEL) return whole;
  const mid = Math.max(0, focus.start - s.start - MAX_LABEL / 2);
  const cut = text
    .slice(s.start + mid, s.start + mid + MAX_LABEL)
    .replace(/\s+/g, ' ')
    .trim();
  return `${mid > 0 ? '…' : ''}${cut}…`;
}

const within = (r: { start: number; end: number }, x: { start: number; end: number }) =>
  x.start >= r.start && x.end <= r.end;

/**
 * The entity's timeline on the page, newest first, at most `max` items. Past the cap, the items that
 * are not from the article's sentences (publication, related stories, facts) stay, and the newest
 * dated sentences fill the rest. A sentence the page repeats word for word, with the same date, is
 * one item.
 */
export function pageTimeline(
  ctx: PageContext,
  entityId: string,
  roles: readonly DatedRole[] = [],
  max = TIMELINE_MAX,
): TimelineItem[] {
  // Without the page's index (or with one over other lists), one is made for this call.
  const index =
    ctx.index?.over(ctx.entities, ctx.dates) ??
    new TimelineIndex(ctx.entities, ctx.dates).over(ctx.entities, ctx.dates)!;
  const mine = index.mentionsOf(entityId);
  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  const inRelated = (x: { start: number; end: number }) => ctx.related.some((r) => within(r, x));
  // A long page has thousands of sentences, dates and mentions of one name: only the sentences
  // that hold a mention are visited (found by binary search), and in each only the dates that
  // start inside it, so the card is built in a few milliseconds. Of a sentence's mentions, the
  // first in the caller's order is the one its label centres on.
  const allDates = index.datesByStart();
  for (const [s, m] of sentencesNaming(ctx.sentences ?? sentences(ctx.text), mine)) {
    if (inRelated(s)) continue;
    let whole: string | undefined;
    for (const d of startingIn(allDates, s)) {
      const label = snippet(ctx.text, s, m, (whole ??= oneLine(ctx.text.slice(s.start, s.end))));
      const key = `${d.value}|${label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ date: d.value, ...(d.calendar === 'hijri' ? { hijri: d.text } : {}), label, source: 'article' });
    }
  }
  const others: TimelineItem[] = [];
  if (ctx.publishedAt && mine.some((e) => !inRelated(e)))
    others.push({ date: ctx.publishedAt, label: ctx.title, source: 'published', url: ctx.url });
  for (const r of ctx.related) {
    if (!mine.some((e) => within(r, e))) continue;
    const d = startingIn(allDates, r)[0];
    others.push({ date: d?.value ?? '', label: snippet(ctx.text, r, r), source: 'related' });
  }
  for (const role of roles)
    others.push({ date: role.start ?? '', ...(role.end ? { end: role.end } : {}), label: role.role, source: 'fact' });
  if (items.length + others.length <= max) return sortTimeline([...items, ...others]);
  const kept = others.slice(0, max);
  return sortTimeline([...kept, ...sortTimeline(items).slice(0, max - kept.length)]);
}

type Span = { start: number; end: number };
const NONE: readonly never[] = [];
type Indexed<T> = { x: T; i: number };

/**
 * A page's mentions grouped by entity and its dates sorted by start, over lists that only grow (a
 * long page is read a chunk at a time, each chunk's mentions and dates appended): brought up to
 * date in steps after each chunk, so a card's timeline visits only its own entity's mentions and
 * no card sorts the page's dates (27 of a 55 ms task on the first card of a 5 MB page, before).
 */
export class TimelineIndex {
  private readonly ids = new Map<string, EntityMention[]>();
  private sorted: Indexed<DateMention>[] = [];
  private nEntities = 0;
  private nDates = 0;
  private running: Generator<void, void> | null = null;

  constructor(
    readonly entities: readonly EntityMention[],
    readonly dates: readonly DateMention[],
  ) {}

  /** This index when it is over these very lists, brought up to date (at once) if they grew; else null. */
  over(entities: readonly EntityMention[], dates: readonly DateMention[]): TimelineIndex | null {
    if (entities !== this.entities || dates !== this.dates) return null;
    while (this.nEntities < entities.length || this.nDates < dates.length) drain(this.extendSteps());
    return this;
  }

  /**
   * Indexes what was appended to the lists since the last call, pausing every few hundred items.
   * One run at a time: a card that needs the index meanwhile finishes the run under way (`over`).
   */
  extendSteps(): Generator<void, void> {
    return (this.running ??= this.extend());
  }

  private *extend(): Generator<void, void> {
    try {
      while (this.nEntities < this.entities.length) {
        const e = this.entities[this.nEntities++]!;
        const list = this.ids.get(e.id);
        if (list) list.push(e);
        else this.ids.set(e.id, [e]);
        if (this.nEntities % STEP === 0) yield;
      }
      if (this.nDates === this.dates.length) return;
      const from = this.nDates;
      const fresh = byStart(this.dates.slice(from)).map(({ x, i }) => ({ x, i: i + from }));
      // A chunk's dates join the page's in one merge, in steps: no sort of everything read so far.
      const out: Indexed<DateMention>[] = [];
      const old = this.sorted;
      let [a, b] = [0, 0];
      while (a < old.length || b < fresh.length) {
        const takeNew = a >= old.length || (b < fresh.length && before(fresh[b]!, old[a]!));
        out.push(takeNew ? fresh[b++]! : old[a++]!);
        if (out.length % (STEP * 16) === 0) yield;
      }
      [this.sorted, this.nDates] = [out, from + fresh.length];
    } finally {
      this.running = null;
    }
  }

  /** The entity's mentions, in list order. */
  mentionsOf(id: string): readonly EntityMention[] {
    return this.ids.get(id) ?? NONE;
  }

  /** The dates with their places in the list, sorted by start (ties in list order). */
  datesByStart(): readonly Indexed<DateMention>[] {
    return this.sorted;
  }
}

const before = (p: Indexed<Span>, q: Indexed<Span>) => p.x.start < q.x.start || (p.x.start === q.x.start && p.i < q.i);

/**
 * The sentences (in text order) that hold one of the mentions, each with the first of its mentions
 * in list order. Sentences are in text order and do not overlap.
 */
function sentencesNaming<M extends Span>(ss: readonly Span[], mentions: readonly M[]): [Span, M][] {
  const first = new Map<number, { x: M; i: number }>();
  let i = 0;
  for (const m of byStart(mentions)) {
    const x = m.x;
    // Mentions sorted by start: the sentence index only moves forward; a binary search finds it
    // when it jumps far (a name a few times in a long page).
    if (i < ss.length && ss[i]!.end <= x.start) i = firstEndingAfter(ss, x.start, i);
    const s = ss[i];
    if (!s || !within(s, x)) continue;
    const had = first.get(i);
    if (!had || had.i > m.i) first.set(i, m);
  }
  return [...first].sort((a, b) => a[0] - b[0]).map(([k, m]) => [ss[k]!, m.x]);
}

/** The spans with their places in the list, sorted by start (ties in list order). */
const byStart = <T extends Span>(xs: readonly T[]): Indexed<T>[] =>
  xs.map((x, i) => ({ x, i })).sort((a, b) => a.x.start - b.x.start || a.i - b.i);

/** Of spans sorted by start, those that lie within `s`, in their original list order. */
function startingIn<T extends Span>(sorted: readonly Indexed<T>[], s: Span): readonly T[] {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.x.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Indexed<T>[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.x.start < s.end; k++)
    if (within(s, sorted[k]!.x)) found.push(sorted[k]!);
  // Most sentences hold none or one: no sorting, no copy.
  if (found.length < 2) return found.length ? [found[0]!.x] : NONE;
  return found.sort((a, b) => a.i - b.i).map((f) => f.x);
}

// ISO dates of any precision ("2021", "2021-08", "2021-08-11") order as plain strings; a locale's
// collation gives the same order at many times the cost (a long page's card sorts thousands).
const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Newest first; undated items last, in their original order. */
export function sortTimeline(items: TimelineItem[]): TimelineItem[] {
  return items
    .map((it, i) => ({ it, i }))
    .sort(
      (a, b) =>
        (a.it.date && b.it.date ? newer(a.it.date, b.it.date) : a.it.date ? -1 : b.it.date ? 1 : 0) || a.i - b.i,
    )
    .map((x) => x.it);
}

/** One context sentence per entity id (its first mention), for the reader's history. */
export function contextSentences(
  text: string,
  entities: readonly EntityMention[],
  ss: readonly { start: number; end: number }[] = sentences(text),
): Map<string, string> {
  return drain(contextSentencesSteps(text, entities, ss));
}

/** contextSentences in steps. */
export function* contextSentencesSteps(
  text: string,
  entities: readonly EntityMention[],
  ss: readonly { start: number; end: number }[],
): Generator<void, Map<string, string>> {
  const out = new Map<string, string>();
  let j = 0;
  let n = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (++n % STEP === 0) yield;
    while (j < ss.length && ss[j]!.end <= e.start) j++;
    if (!out.has(e.id) && ss[j] && ss[j]!.start <= e.start) out.set(e.id, snippet(text, ss[j]!, e));
  }
  return out;
}

/** At most this many dated sentences per entity go into the reader's history, per page. */
export const MAX_DATED = 20;

/**
 * The sentences that name each entity together with a date, one entry per (date, sentence), for
 * the reader's history: the popup's chart draws one mark per dated mention. Related stories are
 * left out, as in the card. One pass over the sentences, entities and dates in text order.
 */
export function datedSentences(
  text: string,
  entities: readonly EntityMention[],
  dates: readonly DateMention[],
  related: readonly { start: number; end: number }[] = [],
  ss: readonly { start: number; end: number }[] = sentences(text),
): Map<string, { date: string; label: string }[]> {
  return drain(datedSentencesSteps(text, entities, dates, related, ss));
}

/** datedSentences in steps. */
export function* datedSentencesSteps(
  text: string,
  entities: readonly EntityMention[],
  dates: readonly DateMention[],
  related: readonly { start: number; end: number }[],
  ss: readonly { start: number; end: number }[],
): Generator<void, Map<string, { date: string; label: string }[]>> {
  let n = 0;
  const out = new Map<string, { date: string; label: string }[]>();
  const ents = [...entities].sort((a, b) => a.start - b.start);
  const ds = [...dates].sort((a, b) => a.start - b.start);
  let [i, j] = [0, 0];
  for (const s of ss) {
    if (++n % STEP === 0) yield;
    while (i < ents.length && ents[i]!.start < s.start) i++;
    while (j < ds.length && ds[j]!.start < s.start) j++;
    const inS = <T extends { start: number; end: number }>(xs: T[], from: number) => {
      const found: T[] = [];
      for (let k = from; k < xs.length && xs[k]!.start < s.end; k++) if (within(s, xs[k]!)) found.push(xs[k]!);
      return found;
    };
    const here = inS(ds, j);
    if (here.length === 0 || related.some((r) => within(r, s))) continue;
    const named = new Map<string, EntityMention>();
    for (const e of inS(ents, i)) if (!named.has(e.id)) named.set(e.id, e);
    // Cleaned once per sentence, not once per name in it: a long page repeats sentences.
    let whole: string | undefined;
    for (const [id, e] of named) {
      const list = out.get(id) ?? [];
      out.set(id, list);
      // A long page names one entity with dates in hundreds of sentences: once its list is full,
      // its later sentences are not cut into labels at all.
      if (list.length >= MAX_DATED) continue;
      const label = snippet(text, s, e, (whole ??= oneLine(text.slice(s.start, s.end))));
      for (const d of here)
        if (list.length < MAX_DATED && !list.some((x) => x.date === d.value && x.label === label))
          list.push({ date: d.value, label });
    }
  }
  return out;
}
