import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageEntities, type TabState } from '@/components/popup/PageEntities';
import type { PageEntity } from '@/lib/protocol/entity';
import { parseTabAnswer } from '@/lib/protocol/messages';
import { readTabAnswer } from '@/entrypoints/popup/app';
import { buttons, click, fire, mount, t } from './render';

const ENTITIES: PageEntity[] = [
  {
    id: 'Q85',
    type: 'place',
    english: 'Cairo',
    arabic: 'القاهرة',
    romanized: 'al-Qāhirah',
    origin: 'gazetteer',
    count: 2,
  },
  {
    id: 'Q311440',
    type: 'person',
    english: 'António Guterres',
    arabic: 'أنطونيو غوتيريش',
    romanized: 'Anṭūniyū Ghūtīrīsh',
    origin: 'gazetteer',
    count: 3,
  },
  {
    id: 'u:1',
    type: 'person',
    english: 'Salim Haddad',
    arabic: 'سليم حداد',
    romanized: 'Salīm Ḥaddād',
    origin: 'guess',
    count: 1,
  },
];
const ready: TabState = { status: 'ready', site: 'news.example', entities: ENTITIES };
const props = () => ({ onReveal: vi.fn(), onSiteToggle: vi.fn(), onMarkPage: vi.fn() });

afterEach(() => void (document.body.innerHTML = ''));

describe('PageEntities', () => {
  it('groups names by type, most mentioned first, and marks guesses only', () => {
    const root = mount(<PageEntities t={t} state={ready} siteOn={true} {...props()} />);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['typePerson', 'typePlace']);
    const rows = [...root.querySelectorAll('.entity-row')];
    expect(rows.map((r) => r.querySelector('.en')!.textContent)).toEqual([
      'António Guterres',
      'Salim Haddad (nameGuess)',
      'Cairo',
    ]);
    expect(rows.map((r) => r.querySelector('.ar')!.textContent)).toEqual(['أنطونيو غوتيريش', 'سليم حداد', 'القاهرة']);
    expect(rows.map((r) => r.querySelector('.count')!.textContent)).toEqual([
      'mentionCount(3)',
      'mentionCount(1)',
      'mentionCount(2)',
    ]);
  });

  it('raises reveal with the id of the chosen name', () => {
    const p = props();
    const root = mount(<PageEntities t={t} state={ready} siteOn={true} {...p} />);
    click(root.querySelectorAll('.entity-row')[2]);
    expect(p.onReveal).toHaveBeenCalledExactlyOnceWith('Q85');
    expect(p.onSiteToggle).not.toHaveBeenCalled();
  });

  it('switches marking on the site off and on', () => {
    const p = props();
    const root = mount(<PageEntities t={t} state={ready} siteOn={true} {...p} />);
    const sw = root.querySelector('[role=switch]') as HTMLInputElement;
    expect(sw.checked).toBe(true);
    expect(sw.closest('label')!.textContent).toContain('siteSwitch');
    fire(sw, 'change', false);
    expect(p.onSiteToggle).toHaveBeenLastCalledWith(false);
  });

  it.each<[string, TabState, string]>([
    [
      'not news',
      { status: 'ready', site: 'blog.example', entities: [], active: false, reason: 'not-news' },
      'pageNotNews',
    ],
    [
      'site off',
      { status: 'ready', site: 'blog.example', entities: [], active: false, reason: 'site-off' },
      'pageSiteOff',
    ],
  ])('%s: says why, and offers to mark this page once or the site always', (_, state, why) => {
    const p = props();
    const root = mount(<PageEntities t={t} state={state} siteOn={false} {...p} />);
    expect(root.textContent).toContain(why);
    expect(root.textContent).not.toContain('pageNoNames');
    click(buttons(root, 'markThisPage')[0]);
    expect(p.onMarkPage).toHaveBeenCalledOnce();
    click(buttons(root, 'alwaysOnSite')[0]);
    expect(p.onSiteToggle).toHaveBeenCalledExactlyOnceWith(true);
  });

  it.each<[string, TabState, boolean | null, string | null]>([
    ['no content script', { status: 'unavailable' }, null, 'pageNotRead'],
    ['loading', { status: 'loading' }, null, 'loading'],
    ['no names', { status: 'ready', site: 'x.example', entities: [] }, true, 'pageNoNames'],
    ['site unknown', { status: 'ready', site: null, entities: ENTITIES }, null, null],
  ])('%s: no name rows or an empty state, no switch without a site', (_, state, siteOn, text) => {
    const root = mount(<PageEntities t={t} state={state} siteOn={siteOn} {...props()} />);
    if (text) expect(root.textContent).toContain(text);
    if (state.status !== 'ready' || state.entities.length === 0)
      expect(root.querySelectorAll('.entity-row')).toHaveLength(0);
    expect(root.querySelector('[role=switch]') !== null).toBe(state.status === 'ready' && !!state.site);
    expect(buttons(root, 'António Guterres')).toHaveLength(0);
  });
});

describe('readTabAnswer', () => {
  const answer = { site: 'news.example', lang: 'ar', active: true, entities: ENTITIES, orphans: [] };
  it.each<[string, unknown, TabState]>([
    ['an Arabic page', { ok: true, value: answer }, { ...ready, orphans: [], active: true }],
    [
      'notes not placed, marking off',
      { ok: true, value: { ...answer, active: false, orphans: ['n1'] } },
      { ...ready, orphans: ['n1'], active: false },
    ],
    ['an English page', { ok: true, value: { ...answer, lang: 'en', entities: [] } }, { status: 'unavailable' }],
    ['an error', { ok: false, error: 'nope' }, { status: 'unavailable' }],
    ['no answer', undefined, { status: 'unavailable' }],
    ['a bare array', ENTITIES, { status: 'unavailable' }],
    ['a value without entities', { ok: true, value: { site: 'x' } }, { status: 'unavailable' }],
    ['an orphan id that is not one', { ok: true, value: { ...answer, orphans: ['n1', 7] } }, { status: 'unavailable' }],
    [
      'an entity of another shape',
      { ok: true, value: { ...answer, entities: [{ ...ENTITIES[0], known: true }] } },
      { status: 'unavailable' },
    ],
  ])('%s', (_, raw, want) => expect(readTabAnswer(parseTabAnswer('tab/entities', raw))).toEqual(want));
});

describe('PageEntities orphans', () => {
  it('lists notes that could not be placed, and nothing when all were placed', () => {
    const state = { status: 'ready' as const, site: 'a.example', entities: [], orphans: ['n1'] };
    const shown = mount(
      <PageEntities
        t={t}
        state={state}
        siteOn={true}
        onReveal={() => {}}
        onSiteToggle={() => {}}
        onMarkPage={() => {}}
        orphanQuotes={['مقطع تغيّر']}
      />,
    );
    expect(shown.querySelector('.orphans h3')!.textContent).toBe('orphansTitle(1)');
    expect(shown.querySelector('.orphans li')!.textContent).toBe('مقطع تغيّر');
    const none = mount(
      <PageEntities
        t={t}
        state={state}
        siteOn={true}
        onReveal={() => {}}
        onSiteToggle={() => {}}
        onMarkPage={() => {}}
        orphanQuotes={[]}
      />,
    );
    expect(none.querySelector('.orphans')).toBeNull();
  });
});
