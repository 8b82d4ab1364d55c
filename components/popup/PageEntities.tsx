// "On this page": the names the content script found in the active tab, grouped by type.
import { isGuess, type PageEntity } from '@/lib/protocol/entity';
import type { EntityType } from '@/lib/types';
import type { PageInfo } from '@/lib/protocol/card';
import type { Translate } from '../i18n';

export type TabState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | {
      status: 'ready';
      site: string | null;
      entities: PageEntity[];
      /** Whether the tab marks names now. */
      active?: boolean;
      /** Why it does not: the reader switched the site off, or the page does not look like news. */
      reason?: 'site-off' | 'not-news';
      /** The page's address, title and date, for the export of this article. */
      page?: PageInfo;
      /** Ids of this page's notes that could not be placed on its text. */
      orphans?: string[];
      /** Characters of the page's text read so far, of all; a very long page is read only in part. */
      coverage?: { read: number; total: number; done: boolean };
    };

export interface PageEntitiesProps {
  t: Translate;
  state: TabState;
  /** Whether names are marked on this site (null when the site is unknown). */
  siteOn: boolean | null;
  onReveal: (id: string) => void;
  onSiteToggle: (on: boolean) => void;
  /** "Mark this page": this page only, once. */
  onMarkPage: () => void;
  /** Quotes of this page's notes that could not be placed (kept, never dropped). */
  orphanQuotes?: string[];
  /** Export of this article with its names and the reader's notes on it (shown once names are read). */
  onExportArticle?: (kind: 'md' | 'jsonld') => void;
}

const GROUPS: [EntityType, string][] = [
  ['person', 'typePerson'],
  ['place', 'typePlace'],
  ['organization', 'typeOrganization'],
];

export function PageEntities({
  t,
  state,
  siteOn,
  onReveal,
  onSiteToggle,
  onMarkPage,
  orphanQuotes,
  onExportArticle,
}: PageEntitiesProps) {
  if (state.status === 'loading') return <p>{t('loading')}</p>;
  if (state.status === 'unavailable') return <p class="empty">{t('pageNotRead')}</p>;
  if (state.active === false)
    return (
      <div class="page-entities not-read">
        <p>{t(state.reason === 'site-off' ? 'pageSiteOff' : 'pageNotNews')}</p>
        <div class="row">
          <button type="button" onClick={onMarkPage}>
            {t('markThisPage')}
          </button>
          {state.site ? (
            <button type="button" onClick={() => onSiteToggle(true)}>
              {t('alwaysOnSite')}
            </button>
          ) : null}
        </div>
      </div>
    );
  return (
    <div class="page-entities">
      {state.site && siteOn !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            onChange={(e) => onSiteToggle(e.currentTarget.checked)}
          />
          {t('siteSwitch')} <span class="meta">({state.site})</span>
        </label>
      )}
      {state.coverage && <Coverage t={t} {...state.coverage} />}
      {onExportArticle && state.page && state.entities.length > 0 && (
        <div class="row" role="group" aria-label={t('exportArticle')}>
          <span>{t('exportArticle')}</span>
          <button type="button" onClick={() => onExportArticle('md')}>
            {t('exportMarkdown')}
          </button>
          <button type="button" onClick={() => onExportArticle('jsonld')}>
            {t('exportJsonLd')}
          </button>
        </div>
      )}
      {state.entities.length === 0 && <p class="empty">{t('pageNoNames')}</p>}
      {orphanQuotes && orphanQuotes.length > 0 && (
        <section class="orphans">
          <h3>{t('orphansTitle', String(orphanQuotes.length))}</h3>
          <ul>
            {orphanQuotes.map((q, i) => (
              <li key={i} dir="rtl" lang="ar">
                {q}
              </li>
            ))}
          </ul>
        </section>
      )}
      {GROUPS.map(([type, key]) => {
        const list = state.entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count);
        if (list.length === 0) return null;
        return (
          <section key={type}>
            <h3>{t(key)}</h3>
            <ul class="entities">
              {list.map((e) => (
                <li key={e.id}>
                  <button type="button" class="entity-row" onClick={() => onReveal(e.id)}>
                    <span class="en">
                      {e.english ?? e.arabic}
                      {isGuess(e) && (
                        <span class="guess" title={t('nameGuessTitle')}>
                          {' '}
                          ({t('nameGuess')})
                        </span>
                      )}
                    </span>
                    <span class="ar" lang="ar" dir="rtl">
                      {e.arabic}
                    </span>
                    <span class="count" aria-label={t('mentionCountLabel', String(e.count))}>
                      {t('mentionCount', String(e.count))}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Says how much of a very long page was read, so a page with few marks is not taken for a page with few names. */
function Coverage({ t, read, total, done }: { t: Translate; read: number; total: number; done: boolean }) {
  if (done && read >= total) return null;
  const pct = String(total ? Math.floor((100 * read) / total) : 0);
  return (
    <p class="coverage" role="status">
      {done ? t('pagePartlyRead', [pct, (total - read).toLocaleString()]) : t('pageReading', pct)}
    </p>
  );
}
