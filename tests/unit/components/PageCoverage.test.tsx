import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageEntities, type TabState } from '@/components/popup/PageEntities';
import { readTabAnswer } from '@/entrypoints/popup/app';
import { parseTabAnswer } from '@/lib/protocol/messages';
import { mount, t } from './render';

const props = () => ({ onReveal: vi.fn(), onSiteToggle: vi.fn(), onMarkPage: vi.fn(), siteOn: true });
const state = (coverage?: { read: number; total: number; done: boolean }): TabState => ({
  status: 'ready',
  site: 'news.example',
  entities: [],
  ...(coverage ? { coverage } : {}),
});
const line = (root: HTMLElement) => root.querySelector('.coverage')?.textContent ?? null;

afterEach(() => void (document.body.innerHTML = ''));

describe('PageEntities: how much of a very long page was read', () => {
  it.each([
    ['read in part, finished', { read: 600_000, total: 2_900_000, done: true }, 'pagePartlyRead(20,2,300,000)'],
    ['still reading', { read: 100_000, total: 2_900_000, done: false }, 'pageReading(3)'],
    ['still reading a page it will read whole', { read: 100_000, total: 250_000, done: false }, 'pageReading(40)'],
  ])('%s', (_name, coverage, want) => {
    expect(line(mount(<PageEntities t={t} state={state(coverage)} {...props()} />))).toBe(want);
  });

  it.each([
    ['a page read whole', { read: 40_000, total: 40_000, done: true }],
    ['no figure from the tab (an older content script)', undefined],
  ])('says nothing for %s', (_name, coverage) => {
    expect(line(mount(<PageEntities t={t} state={state(coverage)} {...props()} />))).toBeNull();
  });

  it('reads the figure from the tab answer, and refuses a malformed one', () => {
    const answer = (coverage: unknown) =>
      readTabAnswer(
        parseTabAnswer('tab/entities', {
          ok: true,
          value: { site: 'x.example', lang: 'ar', active: true, entities: [], orphans: [], coverage },
        }),
      );
    expect(answer({ read: 5, total: 10, done: true })).toMatchObject({
      status: 'ready',
      coverage: { read: 5, total: 10, done: true },
    });
    expect(answer({ read: '5', total: 10, done: true })).toEqual({ status: 'unavailable' });
    expect(answer(null)).toEqual({ status: 'ready', site: 'x.example', entities: [], orphans: [], active: true });
  });
});
