import type { Translate } from './i18n';

export interface PageSummary {
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
  entityCount: number;
}

export function PagesList({ pages, t }: { pages: PageSummary[]; t: Translate }) {
  if (pages.length === 0) return <p class="empty">{t('noPagesYet')}</p>;
  return (
    <ul class="pages" aria-label={t('recentPages')}>
      {pages.map((p) => (
        <li key={p.url}>
          <a href={p.url} target="_blank" rel="noreferrer" dir="auto">
            {p.title || p.url}
          </a>
          <span class="meta">
            {p.site}
            {p.publishedAt ? ` · ${p.publishedAt}` : ''} · {t('entityCount', String(p.entityCount))}
          </span>
        </li>
      ))}
    </ul>
  );
}
