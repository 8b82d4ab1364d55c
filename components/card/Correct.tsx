// "Correct" on the card: another reading of the same letters, another type, another English
// name, or "not a name". The card page saves it through the background; the page is read again.
import { useState } from 'preact/hooks';
import type { CardEntity } from '@/lib/protocol/entity';
import type { CorrectionTarget } from '@/lib/protocol/store';
import { ENTITY_TYPES, type EntityType } from '@/lib/types';
import type { Translate } from '../i18n';

export interface CorrectProps {
  t: Translate;
  entity: CardEntity;
  /** What the last correction from this card did: saved, undone, or failed with a message. */
  status: { kind: 'idle' | 'saved' | 'removed' | 'undone' | 'error'; message?: string };
  /** The new reading (null: not a name) and its English name as the reader will see it. */
  onCorrect: (to: CorrectionTarget | null, english: string | null) => void;
  onUndo: () => void;
}

export function Correct({ t, entity, status, onCorrect, onUndo }: CorrectProps) {
  const [open, setOpen] = useState(false);
  const readings = [
    {
      id: entity.id,
      type: entity.type,
      english: entity.english ?? entity.romanized,
      description: entity.description ?? '',
    },
    ...(entity.alternatives ?? []),
  ];
  const [pick, setPick] = useState(entity.id);
  const chosen = readings.find((r) => r.id === pick) ?? readings[0]!;
  const [type, setType] = useState<EntityType>(entity.type);
  const [english, setEnglish] = useState(entity.english ?? '');
  const choose = (id: string) => {
    const r = readings.find((x) => x.id === id)!;
    setPick(id);
    setType(r.type);
    setEnglish(r.english);
  };
  const apply = (ev: Event) => {
    ev.preventDefault();
    const to: CorrectionTarget = {};
    if (chosen.id !== entity.id) to.id = chosen.id;
    if (type !== chosen.type) to.type = type;
    if (english.trim() && english.trim() !== chosen.english) to.english = english.trim();
    if (Object.keys(to).length) onCorrect(to, english.trim() || chosen.english);
  };
  const undoable = entity.corrected || status.kind === 'removed';
  return (
    <div class="correct">
      {undoable ? (
        <p class="corrected">
          {status.kind === 'removed' ? t('correctedNotName') : t('correctedByYou')}{' '}
          <button type="button" onClick={onUndo}>
            {t('undoCorrection')}
          </button>
        </p>
      ) : null}
      {status.kind === 'undone' ? <p class="corrected">{t('correctionUndone')}</p> : null}
      {status.kind === 'error' ? <p role="alert">{status.message}</p> : null}
      {status.kind !== 'removed' ? (
        <button type="button" aria-expanded={open} aria-controls="correct-form" onClick={() => setOpen(!open)}>
          {t('correct')}
        </button>
      ) : null}
      {open && status.kind !== 'removed' ? (
        <form id="correct-form" onSubmit={apply} aria-label={t('correct')}>
          {readings.length > 1 ? (
            <fieldset>
              <legend>{t('correctReading')}</legend>
              {readings.map((r) => (
                <label key={r.id} class="reading">
                  <input
                    type="radio"
                    name="reading"
                    value={r.id}
                    checked={pick === r.id}
                    onChange={() => choose(r.id)}
                  />
                  <span dir="ltr" lang="en">
                    {r.english}
                  </span>{' '}
                  <span class="kind">
                    {t(`type_${r.type}`)}
                    {r.description ? ` · ${r.description}` : ''}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <label>
            {t('correctType')}{' '}
            <select value={type} onChange={(ev) => setType((ev.target as HTMLSelectElement).value as EntityType)}>
              {ENTITY_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`type_${x}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('correctEnglish')}{' '}
            <input
              type="text"
              dir="ltr"
              lang="en"
              value={english}
              onInput={(ev) => setEnglish((ev.target as HTMLInputElement).value)}
            />
          </label>
          <div class="actions">
            <button type="submit">{t('correctApply')}</button>
            <button type="button" onClick={() => onCorrect(null, null)}>
              {t('notAName')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
