// The card relay for router tests that show no card: every call does nothing, `show` says the card
// could not be shown unless a test gives its own.
import type { RouterDeps } from '@/entrypoints/background/router';

export const noCards = (over: Partial<RouterDeps['cards']> = {}): RouterDeps['cards'] => ({
  show: () => false,
  hide: () => {},
  closed: () => {},
  register: async () => {},
  isCard: () => false,
  toTab: () => {},
  ...over,
});
