import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesList } from '@/components/popup/NotesList';
import type { Note } from '@/lib/protocol/note';
import { note, noteId as id } from '../notes/sample';
import { buttons, byLabel, click, fire, mount, t } from './render';

const NOTES: Note[] = [
  note({ id: id(1), updated: 3000, quote: { exact: 'دعا الأمينُ العامُّ إلى هدنة', prefix: '', suffix: '' } }),
  note({
    id: id(2),
    updated: 2000,
    url: 'https://news.example/a/2',
    title: 'القاهرة تستقبل وفدًا',
    entity: { id: 'Q85', type: 'place', english: 'Cairo', arabic: 'القاهرة' },
    quote: { exact: 'وصل الوفد إلى القاهرة', prefix: '', suffix: '' },
    body: 'delegation',
    tags: ['egypt'],
  }),
  note({
    id: id(3),
    updated: 1000,
    entity: null,
    site: 'other.example',
    url: 'https://other.example/x',
    title: 'أسعار النفط',
    quote: { exact: 'ارتفعت أسعار النفط', prefix: '', suffix: '' },
    body: 'oil',
    tags: [],
  }),
];

const actions = () => ({
  onSave: vi.fn(),
  onDelete: vi.fn(),
  onOpenEntity: vi.fn(),
  onFilter: vi.fn(),
  onMore: vi.fn(),
});
const list = {
  total: 3,
  anyNotes: true,
  more: false,
  filter: {},
  facets: { tags: ['egypt', 'sudan'], sites: ['news.example', 'other.example'] },
};
const rowIds = (root: Element) => [...root.querySelectorAll('li.note')].map((li) => li.getAttribute('data-note-id'));
const headings = (root: Element) => [...root.querySelectorAll('h3')].map((h) => h.textContent);

afterEach(() => void (document.body.innerHTML = ''));

describe('NotesList', () => {
  it('groups newest first by article, then by name with passages in their own group', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...actions()} />);
    expect(headings(root)).toEqual(['غوتيريش يدعو إلى هدنة', 'القاهرة تستقبل وفدًا', 'أسعار النفط']);
    expect(rowIds(root)).toEqual([id(1), id(2), id(3)]);
    click(buttons(root, 'groupEntity')[0]);
    expect(headings(root)).toEqual(['António Guterres', 'Cairo', 'groupPassages']);
    expect(buttons(root, 'groupEntity')[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(buttons(root, 'groupArticle')[0]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('paints the first rows first and the rest a frame later, counting them all', async () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...actions()} paintFirst={2} />);
    expect(rowIds(root)).toEqual([id(1), id(2)]);
    expect(root.querySelector('.count')?.textContent).toContain('3');
    await vi.waitFor(() => expect(rowIds(root)).toEqual([id(1), id(2), id(3)]));
  });

  it('names the search box through its label and raises the typed query as the filter', () => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...a} />);
    const box = byLabel(root, 'searchNotes');
    expect(box?.getAttribute('type')).toBe('search');
    expect(byLabel(root, 'Search')).toBeNull();
    fire(box, 'input', 'الامين');
    expect(a.onFilter).toHaveBeenLastCalledWith({ query: 'الامين' });
  });

  it.each([
    ['filterType', 'passage', { type: 'passage' }],
    ['filterTag', 'sudan', { tag: 'sudan' }],
    ['filterSite', 'other.example', { site: 'other.example' }],
  ])('filter %s = %s is raised as %j, kept with the query', (label, value, want) => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...list} filter={{ query: 'x' }} {...a} />);
    fire(byLabel(root, label), 'change', value);
    expect(a.onFilter).toHaveBeenCalledExactlyOnceWith({ query: 'x', ...want });
  });

  it('offers the tags and sites the background reported', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...actions()} />);
    const opts = (label: string) => [...(byLabel(root, label) as HTMLSelectElement).options].map((o) => o.value);
    expect(opts('filterTag')).toEqual(['', 'egypt', 'sudan']);
    expect(opts('filterSite')).toEqual(['', 'news.example', 'other.example']);
  });

  it('shows the rows it was given, counts all matches, and asks for more', () => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...list} total={57} more={true} {...a} />);
    expect(root.querySelectorAll('li.note')).toHaveLength(3);
    expect(root.querySelectorAll('[elementtiming]')).toHaveLength(1);
    expect(root.querySelector('.count')!.textContent).toBe('notesCount(57)');
    click(buttons(root, 'showMore(54)')[0]);
    expect(a.onMore).toHaveBeenCalledOnce();
  });

  it('says "or more" when the search could not count, and offers more without a number', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} total={null} more={true} {...actions()} />);
    expect(root.querySelector('.count')!.textContent).toBe('notesCountAtLeast(3)');
    expect(buttons(root, 'showMoreUnknown')).toHaveLength(1);
  });

  it('says loading instead of a count, and offers no "show more", while an answer is on its way', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} more={true} complete={false} {...actions()} />);
    expect(root.querySelector('.count')!.textContent).toBe('loading');
    expect(root.textContent).not.toContain('showMore');
  });

  it('raises delete, edit and open-name with the note', () => {
    const a = actions();
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...a} />);
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
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...a} />);
    const third = root.querySelectorAll('li.note')[2] as HTMLElement;
    expect(third.querySelector('.entity')).toBeNull();
    click(buttons(third, 'editNote')[0]);
    click(buttons(third, 'cancel')[0]);
    expect(a.onSave).not.toHaveBeenCalled();
    expect(third.querySelector('form')).toBeNull();
  });

  it('links each note to its page at the passage', () => {
    const root = mount(<NotesList t={t} notes={NOTES} {...list} {...actions()} />);
    const link = root.querySelector('li.note a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      `https://news.example/a/1#:~:text=${encodeURIComponent('دعا الأمينُ العامُّ إلى هدنة')}`,
    );
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says there are no notes yet, distinct from no matches', () => {
    const root = mount(<NotesList t={t} notes={[]} {...list} total={0} anyNotes={false} {...actions()} />);
    expect(root.textContent).toContain('noNotesYet');
    expect(root.textContent).not.toContain('noNotesMatch');
    const none = mount(<NotesList t={t} notes={[]} {...list} total={0} filter={{ query: 'xyz' }} {...actions()} />);
    expect(none.textContent).toContain('noNotesMatch');
    expect(none.textContent).not.toContain('noNotesYet');
  });
});
