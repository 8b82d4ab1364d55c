// Reader settings (kept in storage.local). Unknown or malformed values fall back to defaults,
// so a damaged store never breaks the page.
import { ENTITY_TYPES, type EntityType } from './types';
import { isRecord } from './protocol/check';

export interface Settings {
  shown: Record<EntityType, boolean>;
  colors: Record<EntityType, string>;
  hoverDelayMs: number;
  /** When set, the card opens only while this key is held (hold-a-key mode). */
  holdKey: '' | 'Shift' | 'Alt' | 'Control';
  romanization: 'strict' | 'ascii';
  historyEnabled: boolean;
  historyMaxPages: number;
  /** Per-site choice: true = always on, false = always off; absent = decide by news detection. */
  sites: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  shown: { person: true, place: true, organization: true },
  colors: { person: '#d97706', place: '#059669', organization: '#2563eb' },
  hoverDelayMs: 150,
  holdKey: '',
  romanization: 'strict',
  historyEnabled: true,
  historyMaxPages: 1000,
  sites: {},
};

const COLOR = /^#[0-9a-f]{6}$/i;

export function readSettings(raw: unknown): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  if (!isRecord(raw)) return s;
  if (isRecord(raw.shown))
    for (const t of ENTITY_TYPES) if (typeof raw.shown[t] === 'boolean') s.shown[t] = raw.shown[t] as boolean;
  if (isRecord(raw.colors))
    for (const t of ENTITY_TYPES)
      if (typeof raw.colors[t] === 'string' && COLOR.test(raw.colors[t] as string))
        s.colors[t] = raw.colors[t] as string;
  if (Number.isInteger(raw.hoverDelayMs) && (raw.hoverDelayMs as number) >= 0 && (raw.hoverDelayMs as number) <= 3000)
    s.hoverDelayMs = raw.hoverDelayMs as number;
  if (raw.holdKey === '' || raw.holdKey === 'Shift' || raw.holdKey === 'Alt' || raw.holdKey === 'Control')
    s.holdKey = raw.holdKey;
  if (raw.romanization === 'strict' || raw.romanization === 'ascii') s.romanization = raw.romanization;
  if (typeof raw.historyEnabled === 'boolean') s.historyEnabled = raw.historyEnabled;
  if (
    Number.isInteger(raw.historyMaxPages) &&
    (raw.historyMaxPages as number) >= 10 &&
    (raw.historyMaxPages as number) <= 100_000
  )
    s.historyMaxPages = raw.historyMaxPages as number;
  if (isRecord(raw.sites))
    for (const [k, v] of Object.entries(raw.sites)) if (typeof v === 'boolean' && k.length < 300) s.sites[k] = v;
  return s;
}

export const SETTINGS_KEY = 'settings';
