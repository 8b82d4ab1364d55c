// Reads the article, has the background's engine annotate it, paints the result in slices that
// never hold the page for long, and answers "which entity is here?".
import { addChunkSteps, chunkSteps, mergeByStart, readingOrder, sentenceSteps } from '@/lib/chunks';
import { pageTimeline, TimelineIndex } from '@/lib/timeline';
import { foldLoose, normalizeText } from '@/lib/text/normalize';
import { describeQuote } from '@/lib/notes/anchor';
import type { PageAnnotation } from '@/lib/protocol/annotation';
import type { CardPayload, PageInfo } from '@/lib/protocol/card';
import { originOf, type EntityRef, type PageEntity } from '@/lib/protocol/entity';
import type { Settings } from '@/lib/settings';
import type { ReadMention } from '@/lib/readings';
import type { EntityType } from '@/lib/types';
import { rangeFor, readPageText, type PageText } from './page-text';
import { NearPainter } from './near-paint';
import type { Overlay } from './overlay';
import { Painter } from './painter';
import { runSteps, Slice, yieldToPage } from './slices';
import { mark } from './timing';

/** A mark: the engine's mention as the reader sees it (lib/readings). */
type EntityMention = ReadMention;

/** The name without the proclitics the engine's span keeps (ودارفور → دارفور). */
export const nameText = (e: EntityMention) => e.text.slice(e.nameStart ?? 0);
const nameSpan = (e: EntityMention) => ({ start: e.start + (e.nameStart ?? 0), end: e.end });

/** The entity a mark names, in the one shape the protocol's entity shapes extend. */
export const refOf = (e: EntityMention): EntityRef => ({
  id: e.id,
  type: e.type as EntityType,
  english: e.english,
  arabic: nameText(e),
  romanized: e.romanized,
  origin: originOf(e.known),
});

const LAZY_ABOVE = 400;
// A page of up to ONE_CALL_CHARS (any news story, several times over) is read in one engine call,
// so the engine sees it whole (a short form links to the full name anywhere in it). A longer page
// is read a chunk of CHUNK_CHARS per call, so that no call holds the background for long: a card
// asked for meanwhile is served between two calls (at 100,000 characters a call, cards waited
// behind the engine for seconds on a loaded machine). Only up to READ_BUDGET characters are read,
// starting where the reader is: about 1 MB of Arabic text, read in a few seconds.
const ONE_CALL_CHARS = 100_000;
const CHUNK_CHARS = 20_000;
const READ_BUDGET = 600_000;

/** The items of `xs` from `from` on that pass `keep`, pausing every few hundred. */
function* filterSteps<T>(xs: readonly T[], from: number, keep: (x: T) => boolean): Generator<void, T[]> {
  const out: T[] = [];
  for (let i = from; i < xs.length; i++) {
    if (keep(xs[i]!)) out.push(xs[i]!);
    if (i % 500 === 499) yield;
  }
  return out;
}

/** How much of the page's text the engine has read: the popup says so when it is not all. */
export interface Coverage {
  read: number;
  total: number;
  done: boolean;
}

export class Annotator {
  page: PageText | null = null;
  marks: EntityMention[] = [];
  /** Notes of this page that could not be placed on its text (never dropped; listed in the popup). */
  orphans: string[] = [];
  annotation: PageAnnotation | null = null;
  /** The article text's sentence spans, split once per text for every card and the history. */
  sentences: readonly { start: number; end: number }[] = [];
  /** The annotation's mentions by entity and dates by start, kept up to date after each chunk's paint. */
  private timeline: TimelineIndex | null = null;
  readonly painter: Painter;
  private near: NearPainter<EntityMention> | null = null;
  private painted = new WeakSet<EntityMention>();
  private read = { read: 0, total: 0, done: false };

  constructor(
    private readonly doc: Document,
    private readonly info: () => PageInfo,
    private readonly annotate: (text: string, published: string | null) => Promise<PageAnnotation | null>,
    private readonly settings: () => Settings,
    overlay: Overlay,
  ) {
    this.painter = new Painter(doc, settings, overlay);
  }

  /**
   * Returns false when the article text is unchanged since the last run (unless read `again`: a
   * correction changed its reading). Nothing is painted before `settingsRead` settles: the
   * engine may read the page while the reader's settings are still on their way. On a page read in
   * several chunks, `painted` is called right after the first chunk's paint, in the same task.
   */
  async run(
    isCurrent: () => boolean,
    again: boolean,
    settingsRead: Promise<unknown>,
    painted: () => void = () => {},
  ): Promise<boolean> {
    mark('extract');
    const page = await readPageText(this.doc.body, new Slice(), 50);
    if (this.page && this.read.done && page.text === this.page.text && !again) return false;
    mark('extracted');
    const chunks = await runSteps(
      chunkSteps(page.text, page.text.length > ONE_CALL_CHARS ? CHUNK_CHARS : ONE_CALL_CHARS),
    );
    const order = chunks.length > 1 ? readingOrder(chunks, this.anchor(page), READ_BUDGET) : [0];
    const published = this.info().publishedAt;
    const total: PageAnnotation = { entities: [], dates: [], facts: {}, ms: 0 };
    const index = new TimelineIndex(total.entities, total.dates);
    const docIds = new Map<string, string>();
    let [marks, spans]: [EntityMention[], { start: number; end: number }[]] = [[], []];
    let read = 0;
    const inRelated = (e: EntityMention) => page.related.some((r) => e.start >= r.start && e.end <= r.end);
    for (const i of order) {
      const c = chunks[i]!;
      if (!this.page) mark('sent');
      const asked = this.annotate(page.text.slice(c.start, c.end), published);
      // The chunk's sentences are split while the engine reads it, not after its answer is in.
      const slice = new Slice();
      const chunkSpans = await runSteps(sentenceSteps(page.text, c.start, c.end), slice);
      const ann = await asked;
      if (!isCurrent()) return false;
      if (!ann) {
        if (!this.page) return false;
        continue; // this chunk stays unread; the popup's figure says so
      }
      if (!this.page) mark('annotated', ann.ms);
      await settingsRead;
      if (!isCurrent()) return false;
      const settings = this.settings();
      // A chunk's sentences are split in slices, and its marks and sentences merged into the
      // page's (chunks do not overlap), so no step grows with the part of the page read so far.
      slice.restart();
      const before = total.entities.length;
      const key = (e: EntityMention) => `${e.type}:${foldLoose(normalizeText(e.text))}`;
      await runSteps(addChunkSteps(total, ann, c.start, docIds, key), slice);
      total.ms += ann.ms;
      spans = mergeByStart(spans, chunkSpans);
      // Related stories feed the timeline (ann.entities) but are not the story: they are not marked.
      const fresh = await runSteps(
        filterSteps(total.entities, before, (e) => e.type !== 'demonym' && !inRelated(e)),
        slice,
      );
      fresh.sort((a, b) => a.start - b.start);
      marks = mergeByStart(marks, fresh);
      read += c.end - c.start;
      this.page = page;
      this.read = { read, total: page.text.length, done: false };
      this.annotation = total;
      this.timeline = index;
      this.sentences = spans;
      this.marks = marks;
      // The first chunk read replaces the old marks; later ones add theirs.
      if (read === c.end - c.start) this.clearPaint();
      await this.paint(settings, isCurrent);
      if (!isCurrent()) return false;
      if (read === c.end - c.start) {
        this.painter.applyStyle(settings);
        mark('painted');
        // More chunks to read: what comes with the marks comes now (a one-chunk page is done here).
        if (order.length > 1) painted();
      }
      // Off the hover's path: a card's timeline then visits only its entity's mentions (a card
      // asked for before this has run brings the index up to date itself). In tasks of its own, not
      // after the paint's (traced on 0.5 MB at load 20: 19 ms of it in the paint's 159 ms task).
      await yieldToPage();
      await runSteps(index.extendSteps());
      if (!isCurrent()) return false;
    }
    this.read.done = true;
    return true;
  }

  coverage(): Coverage | null {
    return this.page ? { ...this.read } : null;
  }

  /** The text offset at the top of the reader's screen: a long page is read from there first. */
  private anchor(page: PageText): number {
    return this.visibleTextWindow(page, 0)?.start ?? 0;
  }

  /**
   * New colours or shown types on the same text: repainted from the marks, without reading or
   * annotating again. The painter is cleared whole, so the caller puts the note highlights back.
   */
  async restyle(settings: Settings, isCurrent: () => boolean): Promise<void> {
    if (!this.page) return;
    this.clearPaint();
    await this.paint(settings, isCurrent);
    this.painter.applyStyle(settings);
  }

  // The style and the mark layer go on after the paint (applyStyle): the paint reads where the
  // text is on screen, and an element added to the page before that would make the browser lay
  // out the whole page there and then, in this task.
  private clearPaint() {
    this.near?.stop();
    this.near = null;
    this.painted = new WeakSet();
    this.painter.clear();
  }

  // Ranges are made in slices; each highlight is registered once per call, so the browser
  // re-renders highlights once rather than after every slice. On long pages only the marks
  // near the viewport are painted (near-paint.ts): thousands of highlighted ranges at once would
  // hold the page for hundreds of milliseconds. Marks painted already are skipped, so a long page
  // read a chunk at a time adds each chunk's marks.
  private async paint(settings: Settings, isCurrent: () => boolean) {
    const shown = this.marks.filter((e) => settings.shown[e.type as EntityType]);
    if (shown.length > LAZY_ABOVE) {
      this.near ??= new NearPainter(
        this.doc,
        this.painter,
        (e: EntityMention) => {
          const range = this.range(nameSpan(e));
          return range && { name: `hamish-${e.type}`, range };
        },
        (margin) => this.page && this.visibleTextWindow(this.page, margin),
        () => ({ y: this.doc.defaultView?.scrollY ?? 0, h: this.doc.defaultView?.innerHeight ?? 800 }),
      );
      return this.near.show(shown);
    }
    const batch: Record<string, Range[]> = {};
    const slice = new Slice();
    for (const e of shown) {
      if (this.painted.has(e)) continue;
      this.painted.add(e);
      const r = this.range(nameSpan(e));
      if (r) (batch[`hamish-${e.type}`] ??= []).push(r);
      if (slice.due()) {
        await slice.pause();
        if (!isCurrent()) return;
      }
    }
    for (const [name, ranges] of Object.entries(batch)) this.painter.add(name, ranges);
  }

  private textSegments: { page: PageText; segs: PageText['segments'] } | null = null;

  /** The text offsets on screen (with `margin` screens each way), by binary search over segments. */
  private visibleTextWindow(page: PageText, margin: number): { start: number; end: number } | null {
    // Read on every scroll frame: the segments that are text are picked out once per page.
    if (this.textSegments?.page !== page) this.textSegments = { page, segs: page.segments.filter((s) => s.node) };
    const segs = this.textSegments.segs;
    if (!segs.length) return null;
    const h = this.doc.defaultView?.innerHeight ?? 800;
    const rect = (i: number) => {
      const node = segs[i]!.node;
      return ((node instanceof Node ? node.parentElement : null) ?? this.doc.body).getBoundingClientRect();
    };
    const first = (pred: (r: DOMRect) => boolean) => {
      let lo = 0;
      let hi = segs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pred(rect(mid))) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const a = first((r) => r.bottom >= -margin * h);
    const b = Math.max(a, first((r) => r.top > (1 + margin) * h) - 1);
    return { start: segs[Math.min(a, segs.length - 1)]!.start, end: segs[Math.min(b, segs.length - 1)]!.end };
  }

  pageInfo(): PageInfo {
    return this.info();
  }

  entityAt(offset: number): EntityMention | null {
    let lo = 0;
    let hi = this.marks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = this.marks[mid]!;
      if (offset < e.start) hi = mid - 1;
      else if (offset >= e.end) lo = mid + 1;
      else return e;
    }
    return null;
  }

  range(e: { start: number; end: number }): Range | null {
    return this.page ? rangeFor(this.page, e.start, e.end, this.doc) : null;
  }

  /** Entities for the popup's "On this page", one row per entity id. */
  summary(): PageEntity[] {
    const byId = new Map<string, PageEntity>();
    for (const e of this.marks) {
      const row = byId.get(e.id);
      if (row) row.count++;
      else byId.set(e.id, { ...refOf(e), count: 1 });
    }
    return [...byId.values()];
  }

  cardFor(e: EntityMention): CardPayload {
    const page = this.page!;
    const ann = this.annotation!;
    const info = this.info();
    const { quote, position } = describeQuote(page.text, e.start, e.end);
    return {
      mode: 'entity',
      entity: {
        ...refOf(e),
        romanizedFrom: e.romanizedFrom,
        description: e.description ?? null,
        ...(e.alternatives ? { alternatives: e.alternatives } : {}),
        ...(e.form ? { form: e.form } : {}),
        fromId: e.correctedFrom ?? e.id,
        corrected: !!e.correctedFrom,
      },
      page: info,
      quote,
      position,
      timeline: pageTimeline(
        {
          text: page.text,
          entities: ann.entities,
          dates: ann.dates,
          related: page.related,
          publishedAt: info.publishedAt,
          title: info.title,
          url: info.url,
          sentences: this.sentences,
          ...(this.timeline ? { index: this.timeline } : {}),
        },
        e.id,
        ann.facts[e.id] ?? [],
      ),
    };
  }

  clear() {
    this.near?.stop();
    this.near = null;
    this.painted = new WeakSet();
    this.painter.clear();
    this.page = null;
    this.marks = [];
    this.sentences = [];
    this.timeline = null;
    this.annotation = null;
    this.orphans = [];
    this.read = { read: 0, total: 0, done: false };
  }
}
