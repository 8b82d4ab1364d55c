// The settings item every extension part shares (utils/settings.ts), on WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings item', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of a damaged stored value and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: { hoverDelayMs: 400, holdKey: 'Meta', colors: { person: 'red', place: '#123456' } },
    });
    const s = await loadSettings();
    expect(s.hoverDelayMs).toBe(400);
    expect(s.holdKey).toBe('');
    expect(s.colors).toEqual({ ...DEFAULT_SETTINGS.colors, place: '#123456' });
  });

  it('saves what it reads back, and tells watchers the new value', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.hoverDelayMs));
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 900 });
    expect((await loadSettings()).hoverDelayMs).toBe(900);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ hoverDelayMs: 900 });
    unwatch();
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 10 });
    expect(seen).toEqual([900]);
  });
});
