// One note: its quote, the name it is about, the reader's text and tags, and a link that opens
// the article at the passage. Editing happens in place.
import { useState } from 'preact/hooks';
import type { Note, NoteEntity } from '@/lib/protocol/note';
import type { Translate } from '../i18n';
import { dateOf, parseTags, passageLink } from './note-helpers';

export interface NoteActions {
  onSave: (note: Note, body: string, tags: string[]) => void;
  onDelete: (note: Note) => void;
  onOpenEntity?: (entity: NoteEntity) => void;
}

export interface NoteItemProps extends NoteActions {
  t: Translate;
  note: Note;
  /** Marks the first row for the Element Timing API (the popup's first-paint figure). */
  first?: boolean;
}

export function NoteItem({ t, note, first, onSave, onDelete, onOpenEntity }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const e = note.entity;
  const startEdit = () => {
    setBody(note.body);
    setTags(note.tags.join(', '));
    setEditing(true);
  };
  const save = (ev: Event) => {
    ev.preventDefault();
    onSave(note, body, parseTags(tags));
    setEditing(false);
  };
  return (
    <li class="note" data-note-id={note.id}>
      {/* Element Timing reports text painted directly inside the marked element. */}
      <blockquote dir="auto" lang="ar" {...(first ? { elementtiming: 'first-note' } : {})}>
        {note.quote.exact}
      </blockquote>
      {e && (
        <p class="entity">
          {onOpenEntity ? (
            <button type="button" class="link" onClick={() => onOpenEntity(e)}>
              {e.english ?? e.arabic}
            </button>
          ) : (
            <strong>{e.english ?? e.arabic}</strong>
          )}{' '}
          {e.english && (
            <span lang="ar" dir="rtl">
              {e.arabic}
            </span>
          )}
        </p>
      )}
      {editing ? (
        <form class="edit" onSubmit={save}>
          <label>
            {t('noteBody')}
            <textarea dir="auto" rows={3} value={body} onInput={(ev) => setBody(ev.currentTarget.value)} />
          </label>
          <label>
            {t('noteTags')}
            <input type="text" dir="auto" value={tags} onInput={(ev) => setTags(ev.currentTarget.value)} />
          </label>
          <div class="actions">
            <button type="submit">{t('saveNote')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {note.body && (
            <p class="body" dir="auto">
              {note.body}
            </p>
          )}
          {note.tags.length > 0 && (
            <p class="tags">
              {note.tags.map((tag) => (
                <span key={tag} class="tag" dir="auto">
                  #{tag}
                </span>
              ))}
            </p>
          )}
          <p class="meta">
            <a href={passageLink(note)} target="_blank" rel="noreferrer" dir="auto" title={t('openPassage')}>
              {note.title || note.url}
            </a>{' '}
            · {note.site} · {dateOf(note)}
          </p>
          <div class="actions">
            <button type="button" class="link" onClick={startEdit}>
              {t('editNote')}
            </button>
            <button type="button" class="link danger" onClick={() => onDelete(note)}>
              {t('deleteNote')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
