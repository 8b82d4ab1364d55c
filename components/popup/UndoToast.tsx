// After a delete: a toast with an Undo button that brings the note back (or, after "Delete all
// notes", every note).
import type { Translate } from '../i18n';

export function UndoToast({
  t,
  onUndo,
  count,
}: {
  t: Translate;
  onUndo: () => void;
  /** Set after "Delete all notes". */ count?: number;
}) {
  return (
    <div class="toast" role="status">
      <span>{count === undefined ? t('noteDeleted') : t('allNotesDeleted', String(count))}</span>
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
