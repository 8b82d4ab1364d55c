import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/entrypoints/content/painter';
import { DEFAULT_SETTINGS } from '@/lib/settings';

// The content script's manifest CSS stands in for the run-time style sheet when the colours are
// the default ones (annotator.ts adds none then): the two must say the same.
describe('highlights.css', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');
  it('holds every rule the painter writes for the default settings', () => {
    const rules = highlightCss(DEFAULT_SETTINGS).split('\n').filter(Boolean);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules) expect(css).toContain(rule);
  });
  it('holds no rule for other colours', () => {
    const other = highlightCss({ ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, person: '#112233' } });
    expect(css).not.toContain(other.split('\n')[0]);
  });
});
