// One name: the reader's notes on it and the articles in their history that named it.
import { useMemo } from 'preact/hooks';
import type { Note, NoteEntity } from '@/lib/protocol/note';
import { uiDirection, type Translate } from '../i18n';
import type { Correction } from '@/lib/protocol/store';
import { CorrectionsList } from './CorrectionsList';
import { NoteItem, type NoteActions } from './NoteItem';
import { TimelineChart } from '../timeline/TimelineChart';
import { chartEntries } from '../timeline/entries';
import type { DatedRole } from '@/lib/types';

export interface SeenPage {
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
  /** The sentence that named the entity on that page. */
  context?: string;
  /** How that page spelt the name. */
  spelling?: string;
  /** The day the reader first saw it, and the page's sentences that dated the entity (for the chart). */
  seenOn?: string;
  dated?: readonly { date: string; label: string }[];
}

export interface EntityViewProps extends NoteActions {
  t: Translate;
  entity: NoteEntity;
  notes: readonly Note[];
  /** null while loading. */
  pages: SeenPage[] | null;
  onBack: () => void;
  /** The reader's corrections of this name (from or to it). */
  corrections?: readonly Correction[];
  onUndoCorrection?: (c: Correction) => void;
  /** The gazetteer's dated roles, drawn as bars on the chart. */
  roles?: readonly DatedRole[];
  /** Given when older notes on the name are not shown yet: asks for the next page of them. */
  onMoreNotes?: () => void;
}

export function EntityView({
  t,
  entity,
  notes,
  pages,
  onBack,
  corrections = [],
  onUndoCorrection = () => {},
  roles = [],
  onMoreNotes,
  ...actions
}: EntityViewProps) {
  const own = useMemo(
    () => notes.filter((n) => n.entity?.id === entity.id).sort((a, b) => b.updated - a.updated),
    [notes, entity.id],
  );
  const spellings = useMemo(
    () => [...new Set([entity.arabic, ...(pages ?? []).map((p) => p.spelling ?? '')].filter(Boolean))],
    [pages, entity.arabic],
  );
  // The full timeline across articles: newest publication first, undated last.
  const timeline = useMemo(
    () => [...(pages ?? [])].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
    [pages],
  );
  return (
    <div class="entity-view">
      <button type="button" class="link" onClick={onBack}>
        {t('back')}
      </button>
      <h2>
        {entity.english ?? entity.arabic}{' '}
        {entity.english && (
          <span lang="ar" dir="rtl">
            {entity.arabic}
          </span>
        )}
      </h2>
      <CorrectionsList t={t} corrections={corrections} onUndo={onUndoCorrection} />
      <h3>{t('entityNotes')}</h3>
      {own.length === 0 ? (
        <p class="empty">{t('noNotesYet')}</p>
      ) : (
        <ul>
          {own.map((n) => (
            <NoteItem key={`${n.id}:${n.updated}`} t={t} note={n} onSave={actions.onSave} onDelete={actions.onDelete} />
          ))}
        </ul>
      )}
      {onMoreNotes && (
        <button type="button" class="more" onClick={onMoreNotes}>
          {t('showMoreUnknown')}
        </button>
      )}
      <h3>{t('entityPages')}</h3>
      {pages !== null && (
        <TimelineChart
          t={t}
          entries={chartEntries(pages, roles)}
          today={new Date().toISOString().slice(0, 10)}
          rtl={uiDirection(t('chartLang')) === 'rtl'}
          lang={t('chartLang')}
        />
      )}
      {pages === null ? (
        <p>{t('loading')}</p>
      ) : pages.length === 0 ? (
        <p class="empty">{t('entityNoPages')}</p>
      ) : (
        <ol class="pages timeline" aria-label={t('timeline')}>
          {timeline.map((p) => (
            <li key={p.url}>
              {p.publishedAt ? <time dateTime={p.publishedAt}>{p.publishedAt}</time> : null}
              <a href={p.url} target="_blank" rel="noreferrer" dir="auto">
                {p.title || p.url}
              </a>
              {p.context ? (
                <p class="context" dir="rtl" lang="ar">
                  {p.context}
                </p>
              ) : null}
              <span class="meta">{p.site}</span>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('spellingsSeen')}</h3>
      <ul class="spellings">
        {spellings.map((s) => (
          <li key={s} dir="rtl" lang="ar">
            {s}
          </li>
        ))}
      </ul>
    </div>
  );
}
