// After a delete: a toast with an Undo button that brings the note back.
import type { Translate } from '../i18n';

export function UndoToast({ t, onUndo }: { t: Translate; onUndo: () => void }) {
  return (
    <div class="toast" role="status">
      <span>{t('noteDeleted')}</span>
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
