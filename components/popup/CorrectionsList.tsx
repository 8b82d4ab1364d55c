// The reader's corrections of names, each with its Undo: in the entity view (that name's) and
// under "On this page" (all of them).
import type { Correction } from '@/lib/protocol/store';
import type { Translate } from '../i18n';

export interface CorrectionsListProps {
  t: Translate;
  corrections: readonly Correction[];
  onUndo: (c: Correction) => void;
}

export function CorrectionsList({ t, corrections, onUndo }: CorrectionsListProps) {
  if (!corrections.length) return null;
  return (
    <section class="corrections" aria-label={t('yourCorrections')}>
      <h3>{t('yourCorrections')}</h3>
      <ul>
        {corrections.map((c) => (
          <li key={c.entityId}>
            <span dir="auto">
              {t('correctionLine', [c.arabic, c.to ? (c.toEnglish ?? '') : t('notAName'), c.fromEnglish])}
            </span>{' '}
            <button type="button" class="link" onClick={() => onUndo(c)}>
              {t('undoCorrection')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
