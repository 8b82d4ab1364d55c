// The reader's settings as one WXT storage item: every extension part reads, writes and watches
// them here. The stored value goes through readSettings, so a damaged or older value falls back
// to the defaults field by field and never breaks a page.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

const item = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS });

export const loadSettings = async (): Promise<Settings> => readSettings(await item.getValue());

export const saveSettings = (s: Settings): Promise<void> => item.setValue(s);

/** Calls back with the new settings whenever any part of the extension changes them. */
export const watchSettings = (cb: (s: Settings) => void): (() => void) => item.watch((raw) => cb(readSettings(raw)));
