import type { TimelineItem } from '@/lib/timeline';
import type { Translate } from '../i18n';

const SOURCE_KEY: Record<TimelineItem['source'], string> = {
  article: 'tlArticle',
  published: 'tlPublished',
  related: 'tlRelated',
  fact: 'tlFact',
  history: 'tlHistory',
};

export function Timeline({ items, t }: { items: TimelineItem[]; t: Translate }) {
  if (items.length === 0) return null;
  return (
    <section class="timeline" aria-label={t('timeline')}>
      <h3>{t('timeline')}</h3>
      <ol>
        {items.map((it, i) => (
          <li key={i}>
            {it.date ? (
              <time dateTime={it.date}>
                {it.date}
                {it.end ? ` – ${it.end}` : ''}
              </time>
            ) : (
              <span class="undated">{t('undated')}</span>
            )}
            {it.hijri ? (
              <span class="hijri" dir="rtl" lang="ar">
                {' '}({it.hijri})
              </span>
            ) : null}
            <span class="src">{t(SOURCE_KEY[it.source])}</span>
            {it.url ? (
              <a class="label" href={it.url} target="_blank" rel="noreferrer" dir="auto">
                {it.label}
              </a>
            ) : (
              <span class="label" dir="auto">
                {it.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
