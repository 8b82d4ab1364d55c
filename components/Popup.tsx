// The popup: "On this page" (names in the active tab, then recent articles) and "Notes"
// (search, filters, export/import, and a view of one name). State lives in the entrypoint.
import type { Note, NoteEntity } from '@/lib/protocol/note';
import type { Translate } from './i18n';
import { PagesList, type PageSummary } from './PagesList';
import type { Correction } from '@/lib/protocol/store';
import { CorrectionsList } from './popup/CorrectionsList';
import { EntityView, type SeenPage } from './popup/EntityView';
import type { DatedRole } from '@/lib/types';
import { NotesList, type NotesListProps } from './popup/NotesList';
import { NotesTools, type NotesToolsProps } from './popup/NotesTools';
import type { NoteActions } from './popup/NoteItem';
import { PageEntities, type PageEntitiesProps } from './popup/PageEntities';
import { UndoToast } from './popup/UndoToast';

export type PopupTab = 'page' | 'notes';

export interface PopupProps {
  t: Translate;
  tab: PopupTab;
  onTab: (tab: PopupTab) => void;
  onOpenOptions: () => void;
  page: Omit<PageEntitiesProps, 't'>;
  pages: PageSummary[] | null;
  error: string | null;
  /** The notes list as the background paged it; null until the first page arrives. */
  notes: Omit<NotesListProps, 't' | keyof NoteActions> | null;
  notesError: string | null;
  actions: NoteActions;
  tools: Omit<NotesToolsProps, 't' | 'canExport'>;
  /** A name's view, with its notes (read from the store), the pages that named it and its dated roles. */
  entity: {
    entity: NoteEntity;
    pages: SeenPage[] | null;
    notes: readonly Note[];
    roles?: readonly DatedRole[];
    /** Asks for older notes on the name, when some are not shown. */
    onMoreNotes?: () => void;
  } | null;
  onOpenEntity: (e: NoteEntity) => void;
  onCloseEntity: () => void;
  /** A failed save, delete or undo, shown as the background worded it. */
  alert: string | null;
  /** What Undo would bring back: one note, or every note of a "Delete all notes" (their count). */
  undo: { all: number | null } | null;
  onUndo: () => void;
  corrections: readonly Correction[];
  onUndoCorrection: (c: Correction) => void;
}

const TABS: [PopupTab, string][] = [
  ['page', 'tabOnPage'],
  ['notes', 'tabNotes'],
];

export function Popup(p: PopupProps) {
  const { t } = p;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={p.onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      <div role="tablist" aria-label={t('tabsLabel')} class="tabs">
        {TABS.map(([id, key]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={p.tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => p.onTab(id)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${p.tab}`} aria-labelledby={`tab-${p.tab}`}>
        {p.tab === 'page' ? (
          <>
            <PageEntities t={t} {...p.page} />
            <section>
              <h2>{t('recentPages')}</h2>
              {p.error ? (
                <p role="alert">{p.error}</p>
              ) : p.pages ? (
                <PagesList pages={p.pages} t={t} />
              ) : (
                <p>{t('loading')}</p>
              )}
            </section>
            <CorrectionsList t={t} corrections={p.corrections} onUndo={p.onUndoCorrection} />
          </>
        ) : p.notesError ? (
          <p role="alert">{p.notesError}</p>
        ) : !p.notes ? (
          <p>{t('loading')}</p>
        ) : (
          <>
            {/* Kept mounted while a name is open, so the search and filters survive "Back". */}
            <div hidden={!!p.entity}>
              <NotesTools t={t} canExport={p.notes.anyNotes} {...p.tools} />
              <NotesList t={t} {...p.notes} {...p.actions} onOpenEntity={p.onOpenEntity} />
            </div>
            {p.entity && (
              <EntityView
                t={t}
                entity={p.entity.entity}
                pages={p.entity.pages}
                notes={p.entity.notes}
                roles={p.entity.roles}
                {...(p.entity.onMoreNotes ? { onMoreNotes: p.entity.onMoreNotes } : {})}
                onBack={p.onCloseEntity}
                corrections={p.corrections.filter(
                  (c) => c.fromId === p.entity!.entity.id || c.to?.id === p.entity!.entity.id,
                )}
                onUndoCorrection={p.onUndoCorrection}
                {...p.actions}
              />
            )}
          </>
        )}
      </div>
      {p.alert && (
        <p role="alert" class="error">
          {p.alert}
        </p>
      )}
      {p.undo && <UndoToast t={t} onUndo={p.onUndo} {...(p.undo.all === null ? {} : { count: p.undo.all })} />}
    </main>
  );
}
