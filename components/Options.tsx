// The options page: what is marked and how, per-site choices, history and storage. Every change
// raises onChange with a whole new Settings value; the entrypoint stores it.
import type { Settings } from '@/lib/settings';
import type { EntityType } from '@/lib/types';
import type { Translate } from './i18n';
import { Choice, NumberField } from './options/fields';
import { HistorySection, type ClearState } from './options/HistorySection';
import { SitesSection } from './options/SitesSection';

export interface OptionsProps {
  t: Translate;
  /** null while loading. */
  settings: Settings | null;
  usage: { used: number; quota: number } | null;
  clearState: ClearState;
  onChange: (s: Settings) => void;
  onClearHistory: () => void;
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

const TYPES: [EntityType, string][] = [
  ['person', 'typePerson'],
  ['place', 'typePlace'],
  ['organization', 'typeOrganization'],
];
const HOLD = [
  ['', 'holdNone'],
  ['Shift', 'holdShift'],
  ['Alt', 'holdAlt'],
  ['Control', 'holdControl'],
] as const;
const ROMAN = [
  ['strict', 'romStrict'],
  ['ascii', 'romAscii'],
] as const;

export function Options({ t, settings: s, usage, clearState, onChange, onClearHistory }: OptionsProps) {
  const set = (patch: Partial<Settings>) => s && onChange({ ...s, ...patch });
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {!s ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <section>
            <h2>{t('optTypes')}</h2>
            {TYPES.map(([type, key]) => (
              <div class="type-row" key={type}>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={s.shown[type]}
                    onChange={(e) => set({ shown: { ...s.shown, [type]: e.currentTarget.checked } })}
                  />{' '}
                  {t(key)}
                </label>
                <input
                  type="color"
                  aria-label={t('colourOf', t(key))}
                  value={s.colors[type]}
                  onChange={(e) =>
                    /^#[0-9a-f]{6}$/i.test(e.currentTarget.value) &&
                    set({ colors: { ...s.colors, [type]: e.currentTarget.value.toLowerCase() } })
                  }
                />
              </div>
            ))}
          </section>
          <section>
            <NumberField
              label={t('optHoverDelay')}
              value={s.hoverDelayMs}
              min={0}
              max={3000}
              onValue={(n) => set({ hoverDelayMs: n })}
            />
            <Choice
              t={t}
              legend={t('optHoldKey')}
              name="holdKey"
              value={s.holdKey}
              options={HOLD}
              onValue={(v) => set({ holdKey: v })}
            />
            <Choice
              t={t}
              legend={t('optRomanization')}
              name="romanization"
              value={s.romanization}
              options={ROMAN}
              onValue={(v) => set({ romanization: v })}
            />
          </section>
          <SitesSection t={t} sites={s.sites} onSites={(sites) => set({ sites })} />
          <HistorySection
            t={t}
            enabled={s.historyEnabled}
            maxPages={s.historyMaxPages}
            clearState={clearState}
            onEnabled={(historyEnabled) => set({ historyEnabled })}
            onMaxPages={(historyMaxPages) => set({ historyMaxPages })}
            onClear={onClearHistory}
          />
        </>
      )}
      <section>
        <h2>{t('storageUsage')}</h2>
        <p>{usage ? t('storageUsed', [mb(usage.used), mb(usage.quota)]) : t('loading')}</p>
      </section>
    </main>
  );
}
