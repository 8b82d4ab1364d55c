// The entity view's history and roles as chart entries: a mark per article (its publication
// date, else the day the reader saw it), one per sentence that dated the entity, a bar per role.
import type { DatedRole } from '@/lib/types';
import type { ChartEntry } from './TimelineChart';

export interface ChartPage {
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
  /** The day the reader first saw it (used when the page gives no publication date). */
  seenOn?: string;
  context?: string;
  dated?: readonly { date: string; label: string }[];
}

export function chartEntries(pages: readonly ChartPage[], roles: readonly DatedRole[] = []): ChartEntry[] {
  const out: ChartEntry[] = [];
  for (const p of pages) {
    out.push({
      id: `a|${p.url}`,
      kind: 'article',
      start: p.publishedAt ?? p.seenOn ?? null,
      title: p.title || p.url,
      sentence: p.context ?? null,
      site: p.site,
    });
    (p.dated ?? []).forEach((d, i) =>
      out.push({
        id: `m|${i}|${p.url}`,
        kind: 'mention',
        start: d.date,
        title: p.title || p.url,
        sentence: d.label,
        site: p.site,
      }),
    );
  }
  roles.forEach((r, i) =>
    out.push({ id: `r|${i}`, kind: 'role', start: r.start ?? null, end: r.end ?? null, title: r.role }),
  );
  return out;
}
