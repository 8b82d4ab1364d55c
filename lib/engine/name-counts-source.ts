// Where node scripts and tests get the name model's tables: none prebuilt, so they are built from
// the committed JSON. The command line's bundle replaces this module with one that reads the binary
// file beside it when the first unlisted name needs them (scripts/cli/build-cli.mjs).
import type { CountsSource } from '../translit/decode';

export const prebuiltNameCounts: CountsSource | undefined = undefined;
