// One name: the reader's notes on it and the articles in their history that named it.
import { useMemo } from 'preact/hooks';
import type { Note, NoteEntity } from '@/lib/notes/types';
import type { Translate } from '../i18n';
import { NoteItem, type NoteActions } from './NoteItem';

export interface SeenPage {
  url: string;
  title: string;
  site: string;
  publishedAt: string | null;
}

export interface EntityViewProps extends NoteActions {
  t: Translate;
  entity: NoteEntity;
  notes: readonly Note[];
  /** null while loading. */
  pages: SeenPage[] | null;
  onBack: () => void;
}

export function EntityView({ t, entity, notes, pages, onBack, ...actions }: EntityViewProps) {
  const own = useMemo(() => notes.filter((n) => n.entity?.id === entity.id).sort((a, b) => b.updated - a.updated), [notes, entity.id]);
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
      <h3>{t('entityPages')}</h3>
      {pages === null ? (
        <p>{t('loading')}</p>
      ) : pages.length === 0 ? (
        <p class="empty">{t('entityNoPages')}</p>
      ) : (
        <ul class="pages">
          {pages.map((p) => (
            <li key={p.url}>
              <a href={p.url} target="_blank" rel="noreferrer" dir="auto">
                {p.title || p.url}
              </a>
              <span class="meta">
                {p.site}
                {p.publishedAt ? ` · ${p.publishedAt}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
