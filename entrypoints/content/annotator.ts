// Reads the article, has the background's engine annotate it, paints the result in slices that
// never hold the page for long, and answers "which entity is here?".
import { pageTimeline } from '@/lib/timeline';
import { describeQuote } from '@/lib/notes/anchor';
import type { CardPayload } from '@/lib/card';
import type { PageEntity } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { DatedRole, DateMention, EntityMention, EntityType } from '@/lib/types';
import { rangeFor, readPageText, type PageText } from './page-text';
import { Painter, applyStyle } from './painter';

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
export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export class Annotator {
  page: PageText | null = null;
  marks: EntityMention[] = [];
  /** Notes of this page that could not be placed on its text (never dropped; listed in the popup). */
  orphans: string[] = [];
  annotation: Annotation | null = null;
  readonly painter: Painter;

  constructor(
    private readonly doc: Document,
    private readonly info: () => PageInfo,
    private readonly annotate: (text: string, published: string | null) => Promise<Annotation | null>,
  ) {
    this.painter = new Painter(doc);
  }

  /** Returns false when the article text is unchanged since the last run. */
  async run(settings: Settings, isCurrent: () => boolean): Promise<boolean> {
    const page = readPageText(this.doc.body);
    if (this.page && page.text === this.page.text) return false;
    const ann = await this.annotate(page.text, this.info().publishedAt);
    if (!ann || !isCurrent()) return false;
    this.page = page;
    this.annotation = ann;
    this.marks = ann.entities.filter((e): e is EntityMention & { type: EntityType } => e.type !== 'demonym').sort((a, b) => a.start - b.start);
    this.painter.clear();
    applyStyle(this.doc, settings);
    await this.paint(settings, isCurrent);
    return true;
  }

  private async paint(settings: Settings, isCurrent: () => boolean) {
    const page = this.page!;
    let batch: Record<string, Range[]> = {};
    let t0 = performance.now();
    const flush = () => {
      for (const [name, ranges] of Object.entries(batch)) this.painter.add(name, ranges);
      batch = {};
    };
    for (const e of this.marks) {
      if (!settings.shown[e.type as EntityType]) continue;
      const r = rangeFor(page, e.start, e.end, this.doc);
      if (r) (batch[`hamish-${e.type}`] ??= []).push(r);
      if (performance.now() - t0 > SLICE_MS) {
        flush();
        await yieldToPage();
        if (!isCurrent()) return;
        t0 = performance.now();
      }
    }
    flush();
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
      else byId.set(e.id, { id: e.id, type: e.type as EntityType, english: e.english, arabic: e.text, known: e.known, count: 1 });
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
      entity: { id: e.id, type: e.type as EntityType, english: e.english, known: e.known, arabic: e.text, romanized: e.romanized, description: e.description ?? null },
      page: info,
      quote,
      position,
      timeline: pageTimeline({ text: page.text, entities: ann.entities, dates: ann.dates, related: page.related, publishedAt: info.publishedAt, title: info.title, url: info.url }, e.id, ann.facts[e.id] ?? []),
    };
  }

  clear() {
    this.painter.clear();
    this.page = null;
    this.marks = [];
  }
}
