// Reads the article, has the background's engine annotate it, paints the result in slices that
// never hold the page for long, and answers "which entity is here?".
import { pageTimeline } from '@/lib/timeline';
import { sentences } from '@/lib/text/tokens';
import { describeQuote } from '@/lib/notes/anchor';
import type { CardPayload } from '@/lib/card';
import type { PageEntity } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { ReadMention } from '@/lib/readings';
import type { DatedRole, DateMention, EntityType } from '@/lib/types';
import { rangeFor, readPageText, type PageText } from './page-text';
import { Painter } from './painter';

type EntityMention = ReadMention;

/** The name without the proclitics the engine's span keeps (ودارفور → دارفور). */
export const nameText = (e: EntityMention) => e.text.slice(e.nameStart ?? 0);
const nameSpan = (e: EntityMention) => ({ start: e.start + (e.nameStart ?? 0), end: e.end });

export interface Annotation {
  entities: EntityMention[];
  dates: DateMention[];
  facts: Record<string, DatedRole[]>;
}

export interface PageInfo {
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
}

const SLICE_MS = 8;
const LAZY_ABOVE = 400;
export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export class Annotator {
  page: PageText | null = null;
  marks: EntityMention[] = [];
  /** Notes of this page that could not be placed on its text (never dropped; listed in the popup). */
  orphans: string[] = [];
  annotation: Annotation | null = null;
  /** The article text's sentence spans, split once per text for every card and the history. */
  sentences: readonly { start: number; end: number }[] = [];
  readonly painter: Painter;
  private stopLazy: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly info: () => PageInfo,
    private readonly annotate: (text: string, published: string | null) => Promise<Annotation | null>,
    settings: () => Settings,
  ) {
    this.painter = new Painter(doc, settings);
  }

  /** Returns false when the article text is unchanged since the last run (unless read `again`: a correction changed its reading). */
  async run(settings: Settings, isCurrent: () => boolean, again = false): Promise<boolean> {
    performance.mark('hamish:extract');
    const page = await readPageText(this.doc.body);
    if (this.page && page.text === this.page.text && !again) return false;
    performance.mark('hamish:extracted');
    const ann = await this.annotate(page.text, this.info().publishedAt);
    performance.mark('hamish:annotated');
    if (!ann || !isCurrent()) return false;
    this.page = page;
    this.sentences = sentences(page.text);
    this.annotation = ann;
    // Related stories feed the timeline (ann.entities) but are not the story: they are not marked.
    const inRelated = (e: EntityMention) => page.related.some((r) => e.start >= r.start && e.end <= r.end);
    this.marks = ann.entities.filter((e): e is EntityMention & { type: EntityType } => e.type !== 'demonym' && !inRelated(e)).sort((a, b) => a.start - b.start);
    this.painter.clear();
    this.painter.applyStyle(settings);
    await this.paint(settings, isCurrent);
    return true;
  }

  /**
   * New colours or shown types on the same text: repainted from the marks, without reading or
   * annotating again. The painter is cleared whole, so the caller puts the note highlights back.
   */
  async restyle(settings: Settings, isCurrent: () => boolean): Promise<void> {
    if (!this.page) return;
    this.painter.clear();
    this.painter.applyStyle(settings);
    await this.paint(settings, isCurrent);
  }

  // Ranges are made in slices; each highlight is registered once, at the end, so the browser
  // re-renders highlights once rather than after every slice. On long pages only the blocks
  // near the viewport are painted, the rest as the reader scrolls to them: thousands of
  // highlighted ranges at once would hold the page for hundreds of milliseconds.
  private async paint(settings: Settings, isCurrent: () => boolean) {
    this.stopLazy?.();
    const shown = this.marks.filter((e) => settings.shown[e.type as EntityType]);
    if (shown.length > LAZY_ABOVE) return this.paintLazily(shown);
    const batch: Record<string, Range[]> = {};
    let t0 = performance.now();
    for (const e of shown) {
      const r = this.range(nameSpan(e));
      if (r) (batch[`hamish-${e.type}`] ??= []).push(r);
      if (performance.now() - t0 > SLICE_MS) {
        await yieldToPage();
        if (!isCurrent()) return;
        t0 = performance.now();
      }
    }
    for (const [name, ranges] of Object.entries(batch)) this.painter.add(name, ranges);
  }

  private paintLazily(shown: EntityMention[]) {
    const painted = new Uint8Array(shown.length);
    const paintVisible = () => {
      const window_ = this.visibleTextWindow();
      if (!window_) return;
      const batch: Record<string, Range[]> = {};
      // Marks are sorted by offset: find the first one in the window, paint until past it.
      let lo = 0;
      let hi = shown.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (shown[mid]!.end < window_.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < shown.length && shown[i]!.start <= window_.end; i++) {
        if (painted[i]) continue;
        painted[i] = 1;
        const e = shown[i]!;
        const r = this.range(nameSpan(e));
        if (r) (batch[`hamish-${e.type}`] ??= []).push(r);
      }
      for (const [name, ranges] of Object.entries(batch)) this.painter.add(name, ranges);
    };
    let queued = false;
    const onScroll = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        paintVisible();
      });
    };
    this.doc.addEventListener('scroll', onScroll, { passive: true, capture: true });
    this.stopLazy = () => this.doc.removeEventListener('scroll', onScroll, { capture: true });
    paintVisible();
  }

  /** The text offsets on screen (with a screen of margin each way), by binary search over segments. */
  private visibleTextWindow(): { start: number; end: number } | null {
    const segs = this.page?.segments.filter((s) => s.node) ?? [];
    if (!segs.length) return null;
    const h = this.doc.defaultView?.innerHeight ?? 800;
    const rect = (i: number) => ((segs[i]!.node as unknown as Node).parentElement ?? this.doc.body).getBoundingClientRect();
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
    const a = first((r) => r.bottom >= -h);
    const b = Math.max(a, first((r) => r.top > 2 * h) - 1);
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
      else byId.set(e.id, { id: e.id, type: e.type as EntityType, english: e.english, arabic: nameText(e), known: e.known, count: 1 });
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
        id: e.id,
        type: e.type as EntityType,
        english: e.english,
        known: e.known,
        arabic: nameText(e),
        romanized: e.romanized,
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
      timeline: pageTimeline({ text: page.text, entities: ann.entities, dates: ann.dates, related: page.related, publishedAt: info.publishedAt, title: info.title, url: info.url, sentences: this.sentences }, e.id, ann.facts[e.id] ?? []),
    };
  }

  clear() {
    this.stopLazy?.();
    this.stopLazy = null;
    this.painter.clear();
    this.page = null;
    this.marks = [];
    this.sentences = [];
    this.annotation = null;
    this.orphans = [];
  }
}
