import { useState } from 'preact/hooks';
import type { CardPayload } from '@/lib/protocol/card';
import { isGuess } from '@/lib/protocol/entity';
import type { Note } from '@/lib/protocol/note';
import type { TimelineItem } from '@/lib/timeline';
import type { Translate } from '../i18n';
import { Timeline } from './Timeline';

export interface CardProps {
  t: Translate;
  card: CardPayload;
  timeline: TimelineItem[];
  notes: Note[];
  status: { kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string };
  onSave: (body: string) => void;
  onClose: () => void;
}

export function Card({ t, card, timeline, notes, status, onSave, onClose }: CardProps) {
  const [body, setBody] = useState('');
  const e = card.entity;
  const submit = (ev: Event) => {
    ev.preventDefault();
    if (body.trim()) onSave(body.trim());
  };
  return (
    <article class={`card type-${e?.type ?? 'passage'}`} aria-label={e ? (e.english ?? e.arabic) : t('passageNote')}>
      <header>
        {e ? (
          <h2 class="english" dir="ltr" lang="en">
            {e.english ?? e.romanized}
            {isGuess(e) ? <span class="guess" title={t('guessTitle')}>{t('guess')}</span> : null}
          </h2>
        ) : (
          <h2>{t('passageNote')}</h2>
        )}
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {e ? (
        <div class="names">
          <span class="arabic" dir="rtl" lang="ar">
            {e.arabic}
          </span>
          <span class="roman" dir="ltr">
            {e.romanized}
          </span>
          <span class="kind">{t(`type_${e.type}`)}</span>
          {/* Where the English and the romanization's vowels come from (issue 17). */}
          <span class="origin" data-english={isGuess(e) ? 'guess' : 'known'} data-roman={e.romanizedFrom ?? 'skeleton'} dir="ltr" lang="en">
            {t(isGuess(e) ? 'originGuess' : 'originKnown')} · {t(`romanFrom_${e.romanizedFrom ?? 'skeleton'}`)}
          </span>
          {e.description ? (
            <p class="desc" dir="ltr" lang="en">
              {e.description}
            </p>
          ) : null}
        </div>
      ) : (
        <blockquote dir="rtl" lang="ar">
          {card.quote.exact}
        </blockquote>
      )}
      <Timeline items={timeline} t={t} />
      {notes.length ? (
        <section class="notes" aria-label={t('yourNotes')}>
          <h3>{t('yourNotes')}</h3>
          <ul>
            {notes.map((n) => (
              <li key={n.id} dir="auto">
                {n.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form onSubmit={submit}>
        <label for="note">{t('noteLabel')}</label>
        <textarea id="note" dir="auto" rows={3} value={body} onInput={(ev) => setBody((ev.target as HTMLTextAreaElement).value)} />
        <div class="actions">
          <button type="submit" disabled={!body.trim() || status.kind === 'saving'}>
            {t('saveNoteButton')}
          </button>
          <span role="status" class={`status ${status.kind}`}>
            {status.kind === 'saved' ? t('noteSaved') : status.kind === 'error' ? status.message : ''}
          </span>
        </div>
      </form>
    </article>
  );
}
