// The per-site choices made from the popup, each removable (the site goes back to automatic).
import type { Translate } from '../i18n';

export function SitesSection({
  t,
  sites,
  onSites,
}: {
  t: Translate;
  sites: Record<string, boolean>;
  onSites: (s: Record<string, boolean>) => void;
}) {
  const entries = Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
  const remove = (host: string) => {
    const next = { ...sites };
    delete next[host];
    onSites(next);
  };
  return (
    <section>
      <h2>{t('optSites')}</h2>
      <p class="help">{t('optSitesHelp')}</p>
      {entries.length === 0 ? (
        <p class="empty">{t('optNoSites')}</p>
      ) : (
        <ul class="sites">
          {entries.map(([host, on]) => (
            <li key={host}>
              <span dir="ltr">{host}</span> <span class="meta">{t(on ? 'siteAlwaysOn' : 'siteAlwaysOff')}</span>{' '}
              <button type="button" class="link" aria-label={t('removeSite', host)} onClick={() => remove(host)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
