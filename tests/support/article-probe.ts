// The command line's article text for a test page, and the code that reads the same page's text
// inside a browser (scripts/eval/realpages-probe.ts, bundled), so both browsers' tests can check that
// the command line reads what the browser reads.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../lib/article/extract';
import { parseHtml } from '../../scripts/cli/parse-html';
import { PAGES_DIR } from './server';

export const pageHtml = (file: string): string => readFileSync(join(PAGES_DIR, file), 'utf8');

export const cliText = (file: string): string => extractArticle(parseHtml(pageHtml(file)).body).text;

let code: Promise<string> | null = null;
/** An IIFE that defines globalThis.hamishProbe(html) → { text, parsedText, detected, … }. */
export function probeCode(): Promise<string> {
  code ??= build({
    entryPoints: [resolve(import.meta.dirname, '../../scripts/eval/realpages-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text);
  return code;
}

/** Runs in the page after probeCode: the live page's article text. */
export function pageArticleText(html: string): string {
  return (globalThis as unknown as { hamishProbe: (h: string) => { text: string } }).hamishProbe(html).text;
}
