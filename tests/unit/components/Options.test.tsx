import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/components/Options';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { buttons, byLabel, click, fire, mount, t } from './render';

const base = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  sites: { 'news.example': false, 'a.example': true },
});
const setup = (clearState: 'idle' | 'done' | { error: string } = 'idle') => {
  const onChange = vi.fn();
  const onClearHistory = vi.fn();
  const root = mount(
    <Options
      t={t}
      settings={base()}
      usage={{ used: 2_097_152, quota: 10_485_760 }}
      clearState={clearState}
      onChange={onChange}
      onClearHistory={onClearHistory}
    />,
  );
  return { root, onChange, onClearHistory };
};
const radio = (root: Element, name: string, value: string) =>
  root.querySelector(`input[name=${name}][value="${value}"]`);

afterEach(() => void (document.body.innerHTML = ''));

describe('Options raise onChange with the whole new settings', () => {
  it.each<[string, (root: Element) => void, Partial<Settings>]>([
    [
      'hide places',
      (r) => fire(byLabel(r, 'typePlace'), 'change', false),
      { shown: { person: true, place: false, organization: true } },
    ],
    [
      'colour of people',
      (r) => fire(byLabel(r, 'colourOf(typePerson)'), 'change', '#FF0000'),
      { colors: { ...DEFAULT_SETTINGS.colors, person: '#ff0000' } },
    ],
    ['hover delay', (r) => fire(byLabel(r, 'optHoverDelay'), 'change', '400'), { hoverDelayMs: 400 }],
    ['hold Alt', (r) => fire(radio(r, 'holdKey', 'Alt'), 'change'), { holdKey: 'Alt' }],
    ['ASCII romanization', (r) => fire(radio(r, 'romanization', 'ascii'), 'change'), { romanization: 'ascii' }],
    ['history off', (r) => fire(byLabel(r, 'historyEnabled'), 'change', false), { historyEnabled: false }],
    ['max pages', (r) => fire(byLabel(r, 'historyMax'), 'change', '250'), { historyMaxPages: 250 }],
    [
      'remove a site',
      (r) => click(r.querySelector('[aria-label="removeSite(news.example)"]')),
      { sites: { 'a.example': true } },
    ],
  ])('%s', (_, act, patch) => {
    const { root, onChange } = setup();
    act(root);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...base(), ...patch });
  });

  it.each([
    ['optHoverDelay', '-5'],
    ['optHoverDelay', '5000'],
    ['optHoverDelay', '12.5'],
    ['optHoverDelay', ''],
    ['optHoverDelay', '150'], // unchanged
    ['historyMax', '3'],
    ['historyMax', 'many'],
  ])('refuses %s = %j and puts the saved value back', (label, value) => {
    const { root, onChange } = setup();
    const input = byLabel(root, label) as HTMLInputElement;
    fire(input, 'change', value);
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe(label === 'historyMax' ? '1000' : '150');
  });

  it('lists sites with their choice', () => {
    const { root } = setup();
    expect([...root.querySelectorAll('.sites li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'a.example siteAlwaysOn ×',
      'news.example siteAlwaysOff ×',
    ]);
  });
});

describe('Clear history asks first', () => {
  it('clears only after the confirmation', () => {
    const { root, onClearHistory } = setup();
    click(buttons(root, 'clearHistory')[0]);
    expect(onClearHistory).not.toHaveBeenCalled();
    expect(root.textContent).toContain('clearHistoryConfirm');
    click(buttons(root, 'clearHistoryYes')[0]);
    expect(onClearHistory).toHaveBeenCalledOnce();
  });

  it('cancel clears nothing', () => {
    const { root, onClearHistory } = setup();
    click(buttons(root, 'clearHistory')[0]);
    click(buttons(root, 'cancel')[0]);
    expect(onClearHistory).not.toHaveBeenCalled();
    expect(root.textContent).not.toContain('clearHistoryConfirm');
  });

  it.each([
    ['done', 'historyCleared', null],
    [{ error: 'storage is full' }, null, 'storage is full'],
    ['idle', null, null],
  ] as const)('shows the outcome %j', (state, status, alert) => {
    const { root } = setup(state);
    expect(root.querySelector('[role=status]')?.textContent ?? null).toBe(status);
    expect(root.querySelector('[role=alert]')?.textContent ?? null).toBe(alert);
  });

  it('shows storage usage, and loading before settings arrive', () => {
    const { root } = setup();
    expect(root.textContent).toContain('storageUsed(2.0 MB,10.0 MB)');
    const empty = mount(
      <Options t={t} settings={null} usage={null} clearState="idle" onChange={vi.fn()} onClearHistory={vi.fn()} />,
    );
    expect(empty.querySelectorAll('input')).toHaveLength(0);
    expect(empty.textContent).toContain('loading');
  });
});
