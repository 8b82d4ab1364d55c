// Export (JSON-LD, CSV, Markdown) and import (a JSON-LD file) of the reader's notes.
import type { Translate } from '../i18n';

export type ExportKind = 'jsonld' | 'csv' | 'md';

export type ImportStatus = { ok: true; added: number; merged: number; repeated: number } | { ok: false; error: string } | null;

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
}

const KINDS = [
  ['jsonld', 'exportJsonLd'],
  ['csv', 'exportCsv'],
  ['md', 'exportMarkdown'],
] as const;

export function NotesTools({ t, canExport, importStatus, onExport, onImport, onImportElsewhere }: NotesToolsProps) {
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
          <button key={kind} type="button" disabled={!canExport} onClick={() => onExport(kind)}>
            {t(key)}
          </button>
        ))}
      </div>
      <div class="row">
        {onImportElsewhere ? (
          <button type="button" onClick={onImportElsewhere}>
            {t('importNotes')}
          </button>
        ) : (
          <label class="file">
            <span>{t('importNotes')}</span>
            <input type="file" class="visually-hidden" accept=".json,.jsonld,application/json,application/ld+json" onChange={picked} />
          </label>
        )}
      </div>
      {importStatus &&
        (importStatus.ok ? (
          <p role="status" class="ok">
            {t('importDone', [String(importStatus.added + importStatus.merged), String(importStatus.merged)])}
            {importStatus.repeated > 0 && ` ${t('importRepeated', [String(importStatus.repeated)])}`}
          </p>
        ) : (
          <p role="alert" class="error">
            {importStatus.error}
          </p>
        ))}
    </div>
  );
}
