import type { Translate } from './i18n';
import { PagesList, type PageSummary } from './PagesList';

export interface PopupProps {
  t: Translate;
  pages: PageSummary[] | null;
  error: string | null;
  onOpenOptions: () => void;
}

export function Popup({ t, pages, error, onOpenOptions }: PopupProps) {
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      <section>
        <h2>{t('recentPages')}</h2>
        {error ? <p role="alert">{error}</p> : pages ? <PagesList pages={pages} t={t} /> : <p>{t('loading')}</p>}
      </section>
    </main>
  );
}
