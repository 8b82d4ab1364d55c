import { describe, expect, it } from 'vitest';
import { EntityView } from '@/components/popup/EntityView';
import { mount, t } from './render';

const entity = { id: 'Q1', type: 'person' as const, english: 'Ayman Safadi', arabic: 'أيمن الصفدي' };
const pages = [
  {
    url: 'https://a.example/1',
    title: 'الأول',
    site: 'a.example',
    publishedAt: '2024-03-12',
    context: 'وقال الصفدي إن الوقت ينفد.',
    spelling: 'الصفدي',
  },
  {
    url: 'https://a.example/2',
    title: 'الثاني',
    site: 'a.example',
    publishedAt: '2024-05-20',
    context: 'وكان الصفدي قد زار القاهرة.',
    spelling: 'أيمن الصفدي',
  },
  { url: 'https://b.example/3', title: 'بلا تاريخ', site: 'b.example', publishedAt: null, spelling: 'ايمن الصفدى' },
];
const noop = () => {};

describe('EntityView', () => {
  it('shows the timeline across articles newest first, with each context sentence', () => {
    const div = mount(
      <EntityView t={t} entity={entity} notes={[]} pages={pages} onBack={noop} onSave={noop} onDelete={noop} />,
    );
    const items = [...div.querySelectorAll('ol.timeline > li')];
    expect(items.map((li) => li.querySelector('a')!.textContent)).toEqual(['الثاني', 'الأول', 'بلا تاريخ']);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).toEqual([
      '2024-05-20',
      '2024-03-12',
      null,
    ]);
    expect(items[0]!.querySelector('.context')!.textContent).toBe('وكان الصفدي قد زار القاهرة.');
    expect(items[2]!.querySelector('.context')).toBeNull();
  });

  it('lists each spelling seen once', () => {
    const div = mount(
      <EntityView t={t} entity={entity} notes={[]} pages={pages} onBack={noop} onSave={noop} onDelete={noop} />,
    );
    expect([...div.querySelectorAll('ul.spellings li')].map((li) => li.textContent)).toEqual([
      'أيمن الصفدي',
      'الصفدي',
      'ايمن الصفدى',
    ]);
  });

  it('shows loading, then an empty state without pages', () => {
    expect(
      mount(<EntityView t={t} entity={entity} notes={[]} pages={null} onBack={noop} onSave={noop} onDelete={noop} />)
        .textContent,
    ).toContain('loading');
    const empty = mount(
      <EntityView t={t} entity={entity} notes={[]} pages={[]} onBack={noop} onSave={noop} onDelete={noop} />,
    );
    expect(empty.textContent).toContain('entityNoPages');
    expect(empty.querySelectorAll('ol.timeline li')).toHaveLength(0);
  });
});
