// The engine runs here, in the background, loaded once per worker lifetime: the content script
// bundle stays small and the gazetteer is not parsed again on every page.
import { defaultEngine, defaultEngineData } from '@/lib/engine/default-data';
import type { DatedRole, EntityMention, DateMention } from '@/lib/types';

export interface PageAnnotation {
  entities: EntityMention[];
  dates: DateMention[];
  /** Dated roles of the known entities found, by id. */
  facts: Record<string, DatedRole[]>;
  ms: number;
}

/** Loads the engine ahead of the first page, so a page opened soon after start waits less. */
export function warmEngine(): void {
  setTimeout(() => defaultEngine().annotate('', { published: null }), 0);
}

export function annotatePage(text: string, published: string | null): PageAnnotation {
  const t0 = performance.now();
  const { entities, dates } = defaultEngine().annotate(text, { published });
  const gaz = defaultEngineData().gazetteer;
  const facts: Record<string, DatedRole[]> = {};
  for (const e of entities) {
    if (!e.known || e.id in facts) continue;
    const i = gaz.byId(e.id);
    const roles = i === undefined ? undefined : gaz.entry(i).roles;
    if (roles?.length) facts[e.id] = roles;
  }
  return { entities, dates, facts, ms: performance.now() - t0 };
}
