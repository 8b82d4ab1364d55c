import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesList, PAGE } from '@/components/popup/NotesList';
import type { Note } from '@/lib/protocol/note';
import { note } from '../notes/sample';
import { buttons, byLabel, click, fire, mount, t } from './render';

const id = (i: number) => `0b1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`;
const NOTES: Note[] = [
  note({ id: id(1), updated: 3000, quote: { exact: 'دعا الأمينُ العامُّ إلى هدنة', prefix: '', suffix: '' } }),
  note({ id: id(2), updated: 2000, url: 'https://news.example/a/2', title: 'القاهرة تستقبل وفدًا', entity: { id: 'Q85', type: 'place', english: 'Cairo', arabic: 'القاهرة' }, quote: { exact: 'وصل الوفد إلى القاهرة', prefix: '', suffix: '' }, body: 'delegation', tags: ['egypt'] }),
  note({ id: id(3), updated: 1000, entity: null, site: 'other.example', url: 'https://other.example/x', title: 'أسعار النفط', quote: { exact: 'ارتفعت أسعار النفط', prefix: '', suffix: '' }, body: 'oil', tags: [] }),
];

const actions = () => ({ onSave: vi.fn(), onDelete: vi.fn(), onOpenEntity: vi.fn() });
const rowIds = (root: Element) => [...root.querySelectorAll('li.note')].map((li) => li.getAttribute('data-note-id'));
const headings = (root: Element) => [...root.querySelectorAll('h3')].map((h) => h.textContent);

afterEach(() => void (document.body.innerHTML = ''));

describe('NotesList', () => {
  it('groups newest first by article, then by name with passages in their own group', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    expect(headings(root)).toEqual(['غوتيريش يدعو إلى هدنة', 'القاهرة تستقبل وفدًا', 'أسعار النفط']);
    expect(rowIds(root)).toEqual([id(1), id(2), id(3)]);
    click(buttons(root, 'groupEntity')[0]);
    expect(headings(root)).toEqual(['António Guterres', 'Cairo', 'groupPassages']);
    expect(buttons(root, 'groupEntity')[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(buttons(root, 'groupArticle')[0]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('names the search box through its label', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    const box = byLabel(root, 'searchNotes');
    expect(box?.getAttribute('type')).toBe('search');
    expect(byLabel(root, 'Search')).toBeNull();
  });

  it.each([
    ['الامين العام', [1]], // no diacritics, bare alef for hamza
    ['الأمينُ', [1]],
    ['cairo', [2]],
    ['GUTERRES', [1]],
    ['القاهره', [2]], // ta marbuta written as ha
    ['النفط oil', [3]],
    ['النفط cairo', []], // every word must match
    ['هدنة غزة', []],
    ['xyz', []],
  ])('search %s finds %j', (query, want) => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    fire(byLabel(root, 'searchNotes'), 'input', query);
    expect(rowIds(root)).toEqual(want.map(id));
    expect(root.textContent).toContain(`notesCount(${want.length})`);
    expect(root.textContent?.includes('noNotesMatch')).toBe(want.length === 0);
  });

  it.each([
    ['filterType', 'passage', [3]],
    ['filterType', 'place', [2]],
    ['filterType', 'organization', []],
    ['filterTag', 'sudan', [1]],
    ['filterTag', 'egypt', [2]],
    ['filterSite', 'other.example', [3]],
    ['filterSite', '', [1, 2, 3]],
  ])('filter %s = %s keeps %j', (label, value, want) => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    fire(byLabel(root, label), 'change', value);
    expect(rowIds(root)).toEqual(want.map(id));
  });

  it('offers only tags and sites that occur', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    const opts = (label: string) => [...(byLabel(root, label) as HTMLSelectElement).options].map((o) => o.value);
    expect(opts('filterTag')).toEqual(['', 'egypt', 'sudan']);
    expect(opts('filterSite')).toEqual(['', 'news.example', 'other.example']);
  });

  it(`renders ${PAGE} rows at a time and shows more on request`, () => {
    const many = Array.from({ length: PAGE * 2 + 7 }, (_, i) => note({ id: id(i + 10), updated: i }));
    const root = mount(<NotesList t={t} notes={many} {...actions()} />);
    expect(root.querySelectorAll('li.note')).toHaveLength(PAGE);
    expect(root.querySelectorAll('[elementtiming]')).toHaveLength(1);
    click(buttons(root, `showMore(${PAGE + 7})`)[0]);
    expect(root.querySelectorAll('li.note')).toHaveLength(PAGE * 2);
    click(buttons(root, 'showMore(7)')[0]);
    expect(root.querySelectorAll('li.note')).toHaveLength(PAGE * 2 + 7);
    expect(root.textContent).not.toContain('showMore');
  });

  it('says loading instead of a count, and offers no "show more", while only the newest notes are in', () => {
    const many = Array.from({ length: PAGE + 5 }, (_, i) => note({ id: id(i + 10), updated: i }));
    const root = mount(<NotesList t={t} notes={many} complete={false} {...actions()} />);
    expect(root.querySelector('.count')!.textContent).toBe('loading');
    expect(root.textContent).not.toContain('showMore');
  });

  it('raises delete, edit and open-name with the note', () => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...a} />);
    const second = root.querySelectorAll('li.note')[1]!;
    click(buttons(second as HTMLElement, 'deleteNote')[0]);
    expect(a.onDelete).toHaveBeenCalledExactlyOnceWith(NOTES[1]);
    click(buttons(second as HTMLElement, 'Cairo')[0]);
    expect(a.onOpenEntity).toHaveBeenCalledExactlyOnceWith(NOTES[1]!.entity);
    click(buttons(second as HTMLElement, 'editNote')[0]);
    fire(byLabel(second, 'noteBody'), 'input', 'new text');
    fire(byLabel(second, 'noteTags'), 'input', 'egypt, #talks، egypt');
    fire(second.querySelector('form'), 'submit');
    expect(a.onSave).toHaveBeenCalledExactlyOnceWith(NOTES[1], 'new text', ['egypt', 'talks']);
    expect(a.onDelete).toHaveBeenCalledTimes(1);
  });

  it('cancel leaves the note unsaved; a passage note has no name button', () => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...a} />);
    const third = root.querySelectorAll('li.note')[2] as HTMLElement;
    expect(third.querySelector('.entity')).toBeNull();
    click(buttons(third, 'editNote')[0]);
    click(buttons(third, 'cancel')[0]);
    expect(a.onSave).not.toHaveBeenCalled();
    expect(third.querySelector('form')).toBeNull();
  });

  it('links each note to its page at the passage', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...actions()} />);
    const link = root.querySelector('li.note a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`https://news.example/a/1#:~:text=${encodeURIComponent('دعا الأمينُ العامُّ إلى هدنة')}`);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says there are no notes yet, distinct from no matches', () => {
    const root = mount(<NotesList t={t} notes={[]} {...actions()} />);
    expect(root.textContent).toContain('noNotesYet');
    expect(root.textContent).not.toContain('noNotesMatch');
  });
});
