import { describe, expect, it } from 'vitest';
import { excluding, floorOf, nodeRange } from '../../../scripts/dev/engines';

describe('nodeRange', () => {
  it.each([
    [{ node: '>=18' }, '>=18'],
    [{ node: ' ^20.19.0 || >=22.12.0 ' }, '^20.19.0 || >=22.12.0'],
    [['node >= 0.8'], '>= 0.8'],
    [['node >= 0.8', 'npm >= 1'], '>= 0.8'],
    // no Node range at all
    [{ npm: '>=7' }, null],
    [['npm >= 1'], null],
    [{ node: '' }, null],
    [undefined, null],
    ['>=18', null],
  ])('%j → %j', (engines, range) => expect(nodeRange(engines)).toBe(range));
});

describe('floorOf', () => {
  it.each([
    ['>=20.19', '20.19.0'],
    ['^20.19.0 || >=22.12.0', '20.19.0'],
    ['20 || >=22', '20.0.0'],
  ])('%s → %s', (range, floor) => expect(floorOf(range)).toBe(floor));
  it('refuses a declared range that is not one', () => expect(() => floorOf('latest')).toThrow(/not a version range/));
});

describe('excluding', () => {
  const lock = {
    '': { version: '0.1.0', engines: { node: '>=99' } },
    'node_modules/old': { version: '1.0.0', engines: ['node >= 0.8'] },
    'node_modules/vite': { version: '8.3.8', engines: { node: '^20.19.0 || >=22.12.0' } },
    'node_modules/none': { version: '2.0.0' },
    'node_modules/wxt': { version: '0.21.4', engines: { node: '>=22', bun: '>=1.2.0' } },
    'node_modules/a/node_modules/listr2': { version: '10.2.2', engines: { node: '>=22.13.0' } },
    'node_modules/odd': { version: '3.0.0', engines: { node: 'whatever' } },
    'node_modules/narrow': { version: '4.0.0', engines: { node: '^20.20.0' } },
  };
  it('lists what refuses the floor, and nothing else (the project itself is not a dependency)', () => {
    expect(excluding(lock, '20.19.0').map((b) => b.path)).toEqual([
      'node_modules/wxt',
      'node_modules/a/node_modules/listr2',
      'node_modules/odd',
      'node_modules/narrow',
    ]);
  });
  it('names the version and range', () => {
    expect(excluding(lock, '22.13.0')).toEqual([
      { path: 'node_modules/odd', version: '3.0.0', range: 'whatever' },
      { path: 'node_modules/narrow', version: '4.0.0', range: '^20.20.0' },
    ]);
  });
});
