// Export (JSON-LD, CSV, Markdown) and import (a JSON-LD file) of the reader's notes.
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';

export type ExportKind = 'jsonld' | 'csv' | 'md';

export type ImportStatus =
  | { ok: true; added: number; merged: number; repeated: number; corrections: { added: number; merged: number } }
  | { ok: false; error: string }
  | null;

export interface NotesToolsProps {
  t: Translate;
  canExport: boolean;
  importStatus: ImportStatus;
  onExport: (kind: ExportKind) => void;
  /** The text of the chosen file. */
  onImport: (text: string) => void;
  /** When set, the import control calls this instead of opening a file picker (Firefox closes its
   *  popup when a file picker opens, so there the popup reopens itself in a tab first). */
  onImportElsewhere?: () => void;
  /** How many notes "Delete all notes" would delete (the button shows when there are any). */
  total: number;
  onDeleteAll: () => void;
  /** Set while a streamed export is being written: notes written so far, of all. */
  exporting?: { done: number; total: number } | null;
}

const KINDS = [
  ['jsonld', 'exportJsonLd'],
  ['csv', 'exportCsv'],
  ['md', 'exportMarkdown'],
] as const;

export function NotesTools({
  t,
  canExport,
  importStatus,
  onExport,
  onImport,
  onImportElsewhere,
  total,
  onDeleteAll,
  exporting,
}: NotesToolsProps) {
  const [confirming, setConfirming] = useState(false);
  const picked = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    onImport(text);
  };
  return (
    <div class="tools">
      <div class="row" role="group" aria-label={t('exportNotes')}>
        <span>{t('exportNotes')}</span>
        {KINDS.map(([kind, key]) => (
          <button key={kind} type="button" disabled={!canExport || !!exporting} onClick={() => onExport(kind)}>
            {t(key)}
          </button>
        ))}
      </div>
      {exporting && (
        <p role="status" class="meta">
          {t('exporting', [String(exporting.done), String(exporting.total)])}
        </p>
      )}
      <div class="row">
        {onImportElsewhere ? (
          <button type="button" onClick={onImportElsewhere}>
            {t('importNotes')}
          </button>
        ) : (
          <label class="file">
            <span>{t('importNotes')}</span>
            <input
              type="file"
              class="visually-hidden"
              accept=".json,.jsonld,application/json,application/ld+json"
              onChange={picked}
            />
          </label>
        )}
      </div>
      {importStatus &&
        (importStatus.ok ? (
          <p role="status" class="ok">
            {t('importDone', [String(importStatus.added + importStatus.merged), String(importStatus.merged)])}
            {importStatus.corrections.added + importStatus.corrections.merged > 0 &&
              ` ${t('importCorrections', [
                String(importStatus.corrections.added + importStatus.corrections.merged),
                String(importStatus.corrections.merged),
              ])}`}
            {importStatus.repeated > 0 && ` ${t('importRepeated', [String(importStatus.repeated)])}`}
          </p>
        ) : (
          <p role="alert" class="error">
            {importStatus.error}
          </p>
        ))}
      {total > 0 &&
        (confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="delete-all-question">
            <p id="delete-all-question">{t('deleteAllConfirm', String(total))}</p>
            <div class="row">
              <button type="button" disabled={!!exporting} onClick={() => onExport('jsonld')}>
                {t('exportFirst')}
              </button>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirming(false);
                  onDeleteAll();
                }}
              >
                {t('deleteAllYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="row">
            <button type="button" class="link danger" onClick={() => setConfirming(true)}>
              {t('deleteAllNotes')}
            </button>
          </div>
        ))}
    </div>
  );
}
