// The rules' word lists (lib/ner/lexicon): each is described, holds no repeats, and is read by the
// code; an unknown name fails loudly rather than reading an empty list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, words } from '@/lib/ner/lexicon';

const lists = Object.entries(LEXICON_FILES).flatMap(([file, f]) => f.lists.map((l) => ({ file, ...l })));

function sources(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((p) =>
      statSync(p).isDirectory()
        ? sources(p)
        : p.endsWith('.ts') && !p.includes('/lexicon/')
          ? readFileSync(p, 'utf8')
          : '',
    )
    .join('\n');
}
const code = sources(join(__dirname, '../../../lib'));

describe('word lists', () => {
  it('have unique names', () => {
    const names = lists.map((l) => l.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
  it.each(lists.map((l) => [l.file, l.name, l] as const))(
    '%s: %s has a purpose, an example, words without repeats, and a reader',
    (_file, name, l) => {
      expect(l.purpose.length).toBeGreaterThan(10);
      expect(l.example.length).toBeGreaterThan(1);
      expect(l.words.length).toBeGreaterThan(0);
      expect(l.words.filter((w, i) => l.words.indexOf(w) !== i)).toEqual([]);
      expect(code.includes(`'${name}'`)).toBe(true);
    },
  );
  it('refuses an unknown name', () => {
    expect(() => words('noSuchList')).toThrow(/noSuchList/);
  });
});
