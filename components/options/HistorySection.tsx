// The reading history: on/off, how many articles to keep, and clearing it after a confirmation.
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { NumberField } from './fields';

export type ClearState = 'idle' | 'done' | { error: string };

export interface HistorySectionProps {
  t: Translate;
  enabled: boolean;
  maxPages: number;
  clearState: ClearState;
  onEnabled: (on: boolean) => void;
  onMaxPages: (n: number) => void;
  onClear: () => void;
}

export function HistorySection({
  t,
  enabled,
  maxPages,
  clearState,
  onEnabled,
  onMaxPages,
  onClear,
}: HistorySectionProps) {
  const [confirming, setConfirming] = useState(false);
  const onSwitch = (e: TargetedEvent<HTMLInputElement>) => onEnabled(e.currentTarget.checked);
  return (
    <section>
      <h2>{t('optHistory')}</h2>
      <label class="choice">
        <input type="checkbox" role="switch" checked={enabled} onChange={onSwitch} /> {t('historyEnabled')}
      </label>
      <NumberField label={t('historyMax')} value={maxPages} min={10} max={100_000} onValue={onMaxPages} />
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('clearHistoryConfirm')}>
          <p>{t('clearHistoryConfirm')}</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
          >
            {t('clearHistoryYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('clearHistory')}
        </button>
      )}
      {clearState === 'done' && <p role="status">{t('historyCleared')}</p>}
      {typeof clearState === 'object' && <p role="alert">{clearState.error}</p>}
    </section>
  );
}
