import type { TimelineItem } from '@/lib/timeline';
import type { Translate } from '../i18n';

const SOURCE_KEY: Record<TimelineItem['source'], string> = {
  article: 'tlArticle',
  published: 'tlPublished',
  related: 'tlRelated',
  fact: 'tlFact',
  history: 'tlHistory',
};

/** One part of the card's timeline (earlier articles, this article, roles), newest first. */
export function Timeline({
  items,
  t,
  title,
  kind,
}: {
  items: TimelineItem[];
  t: Translate;
  title: string;
  kind: string;
}) {
  if (items.length === 0) return null;
  return (
    <section class={`timeline ${kind}`} aria-label={title}>
      <h3>{title}</h3>
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
                {' '}
                ({it.hijri})
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
