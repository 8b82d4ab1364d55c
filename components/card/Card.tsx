import { useState } from 'preact/hooks';
import { NOTE_COUNT_CAP, wikiLinks, type CardPayload } from '@/lib/protocol/card';
import { isGuess } from '@/lib/protocol/entity';
import type { Note } from '@/lib/protocol/note';
import type { TimelineItem } from '@/lib/timeline';
import type { Translate } from '../i18n';
import { Correct, type CorrectProps } from './Correct';
import { PinIcon, WideIcon } from './icons';
import { Timeline } from './Timeline';

export interface CardProps {
  t: Translate;
  card: CardPayload;
  timeline: TimelineItem[];
  /** The newest of the reader's notes on this name (or passage)… */
  notes: Note[];
  /** …of how many (null: more than NOTE_COUNT_CAP): when more, the card offers to show them. */
  noteCount: number | null;
  status: { kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string };
  /** Stays open while the pointer goes elsewhere. */
  pinned: boolean;
  /** Wider and taller, for a long history. */
  wide: boolean;
  copyStatus: 'idle' | 'copied' | 'failed';
  onSave: (body: string) => void;
  onClose: () => void;
  onPin: (pinned: boolean) => void;
  onWide: (wide: boolean) => void;
  onCopy: () => void;
  /** Shows the next notes; absent when all are shown or they are on their way. */
  onMore?: () => void;
  correct: Omit<CorrectProps, 't' | 'entity'>;
}

// The card reads top to bottom as a reader needs it: who or what this is, what they wrote and
// read about it before, what this article says with dates, then the roles on record.
export function Card({
  t,
  card,
  timeline,
  notes,
  noteCount,
  status,
  pinned,
  wide,
  copyStatus,
  onSave,
  onClose,
  onPin,
  onWide,
  onCopy,
  onMore,
  correct,
}: CardProps) {
  const [body, setBody] = useState('');
  const e = card.entity;
  const submit = (ev: Event) => {
    ev.preventDefault();
    if (body.trim()) onSave(body.trim());
  };
  const links = e ? wikiLinks(e.id) : null;
  const history = timeline.filter((i) => i.source === 'history');
  const here = timeline.filter((i) => i.source !== 'history' && i.source !== 'fact');
  const roles = timeline.filter((i) => i.source === 'fact');
  return (
    <article
      class={`card type-${e?.type ?? 'passage'}${wide ? ' wide' : ''}`}
      tabIndex={-1}
      aria-label={e ? (e.english ?? e.arabic) : t('passageNote')}
    >
      <header>
        {e ? (
          <h2 class="english" dir="ltr" lang="en">
            {e.english ?? e.romanized}
            {isGuess(e) ? (
              <span class="guess" title={t('guessTitle')}>
                {t('guess')}
              </span>
            ) : null}
          </h2>
        ) : (
          <h2>{t('passageNote')}</h2>
        )}
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            aria-label={t('cardPin')}
            title={t('cardPin')}
            onClick={() => onPin(!pinned)}
          >
            <PinIcon />
          </button>
          <button
            type="button"
            class="icon"
            aria-pressed={wide}
            aria-label={t('cardExpand')}
            title={t('cardExpand')}
            onClick={() => onWide(!wide)}
          >
            <WideIcon wide={wide} />
          </button>
          <button type="button" class="icon close" aria-label={t('close')} title={t('close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
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
          <span
            class="origin"
            data-english={isGuess(e) ? 'guess' : 'known'}
            data-roman={e.romanizedFrom ?? 'skeleton'}
            dir="ltr"
            lang="en"
          >
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
      {e ? (
        <div class="links">
          <button type="button" onClick={onCopy} title={t('copyTitle')}>
            {t('copy')}
          </button>
          {links ? (
            <>
              <a href={links.wikipedia} target="_blank" rel="noreferrer noopener">
                {t('wikipedia')}
              </a>
              <a href={links.wikidata} target="_blank" rel="noreferrer noopener">
                {t('wikidata')}
              </a>
            </>
          ) : null}
          <span aria-live="polite" class="copied">
            {copyStatus === 'copied' ? t('copied') : copyStatus === 'failed' ? t('copyFailed') : ''}
          </span>
        </div>
      ) : null}
      {e?.form ? <Correct t={t} entity={e} {...correct} /> : null}
      <section class="notes" aria-label={t('yourNotes')}>
        <h3>{t('yourNotes')}</h3>
        {notes.length ? (
          <ul>
            {notes.map((n) => (
              <li key={n.id} dir="auto">
                {n.body}
              </li>
            ))}
          </ul>
        ) : null}
        {noteCount === null || noteCount > notes.length ? (
          <button type="button" class="more" disabled={!onMore} onClick={onMore}>
            {noteCount === null
              ? t('moreNotesMany', [NOTE_COUNT_CAP.toLocaleString()])
              : t('moreNotes', [String(noteCount - notes.length)])}
          </button>
        ) : null}
        <form onSubmit={submit}>
          <label for="note" class="visually-hidden">
            {t('noteLabel')}
          </label>
          <textarea
            id="note"
            dir="auto"
            rows={2}
            placeholder={t('notePlaceholder')}
            value={body}
            onInput={(ev) => setBody((ev.target as HTMLTextAreaElement).value)}
          />
          <div class="actions">
            <button type="submit" disabled={!body.trim() || status.kind === 'saving'}>
              {t('saveNoteButton')}
            </button>
            <span role="status" class={`status ${status.kind}`}>
              {status.kind === 'saved' ? t('noteSaved') : status.kind === 'error' ? status.message : ''}
            </span>
          </div>
        </form>
      </section>
      <Timeline items={history} t={t} title={t('earlierArticles')} kind="history" />
      <Timeline items={here} t={t} title={t('inThisArticle')} kind="article" />
      <Timeline items={roles} t={t} title={t('roles')} kind="roles" />
    </article>
  );
}
