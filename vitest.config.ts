import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests run in node; only the ones that need a DOM (components, the content script's painter, the
// article extractor) run in happy-dom, and the tests that spawn processes (the CLI) in their own
// project, so `vitest run --project unit` is the quick loop.
const DOM = [
  'tests/unit/components/**/*.test.{ts,tsx}',
  'tests/unit/content/**/*.test.ts',
  'tests/unit/article/**/*.test.ts',
];
const SLOW = ['tests/unit/cli/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...DOM, ...SLOW],
        },
      },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: DOM } },
      {
        extends: true,
        test: { name: 'slow', environment: 'node', include: SLOW, testTimeout: 120000, hookTimeout: 120000 },
      },
    ],
  },
});
