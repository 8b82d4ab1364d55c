import type { Translate } from './i18n';

export interface OptionsProps {
  t: Translate;
  usage: { used: number; quota: number } | null;
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

export function Options({ t, usage }: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('storageUsage')}</h2>
        <p>{usage ? t('storageUsed', [mb(usage.used), mb(usage.quota)]) : t('loading')}</p>
      </section>
    </main>
  );
}
