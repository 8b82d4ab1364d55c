// What the popup data tests share in both browsers: a correction as the store keeps it, and the
// edit each edge note gets in the round trip (same length, so the longest body stays allowed).
import type { Note } from '../../lib/protocol/note';
import type { Correction } from '../../lib/protocol/store';

export const CORRECTION: Correction = {
  entityId: 'Q131289|وجده',
  form: 'وجده',
  fromId: 'Q131289',
  arabic: 'وجدة',
  fromEnglish: 'Oujda',
  toEnglish: 'Jeddah',
  url: 'https://news.example/a/1',
  to: { id: 'Q374365' },
  updated: Date.parse('2024-05-02T08:00:00Z'),
};

export const withBody = (n: Note): Note => ({ ...n, body: `${n.body.slice(0, -1)}!` });
