// The streamed export as the reader starts it, for scripts/bench/bench-popup.ts: a click on a
// format's button in the popup, timed until the file's link is there, with the popup's JS heap
// (sampled in the page), the background's JS heap (sampled over DevTools) and the resident memory of
// the whole browser, every process of it (sampled from /proc), before and at their peak. A store
// held whole would show in one or the other growing with the file; streamed, both stay near flat
// from 10k to 100k notes.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

export const EXPORT_FORMATS = ['JSON-LD', 'Markdown'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportRun {
  ms: number;
  /** The file's size in bytes. */
  size: number;
  heapBefore: number;
  heapPeak: number;
  rssBefore: number;
  rssPeak: number;
  /** The background's (the service worker's) used JS heap, before and at its peak. */
  workerBefore: number;
  workerPeak: number;
}

/**
 * Reads the background's used JS heap: DevTools' Runtime.getHeapUsage on the service worker's own
 * target, reached through a session of the popup's page (Playwright does not hand out the worker's).
 */
export async function workerHeap(context: BrowserContext, page: Page): Promise<() => Promise<number>> {
  const cdp = await context.newCDPSession(page);
  // Untyped: these Target methods are the browser's, not in Playwright's page protocol types.
  const send = (method: string, params: object) => cdp.send(method as never, params as never) as Promise<unknown>;
  const { targetInfos } = (await send('Target.getTargets', {})) as {
    targetInfos: { targetId: string; type: string }[];
  };
  const sw = targetInfos.find((t) => t.type === 'service_worker');
  if (!sw) throw new Error('no service worker target');
  const { sessionId } = (await send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
    sessionId: string;
  };
  let id = 0;
  const waiting = new Map<number, (used: number) => void>();
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((e: { message: string }) => {
      const m = JSON.parse(e.message) as { id: number; result?: { usedSize: number } };
      waiting.get(m.id)?.(m.result?.usedSize ?? NaN);
      waiting.delete(m.id);
    }) as never,
  );
  return () =>
    new Promise<number>((done) => {
      const ask = ++id;
      waiting.set(ask, done);
      const message = JSON.stringify({ id: ask, method: 'Runtime.getHeapUsage', params: {} });
      void send('Target.sendMessageToTarget', { sessionId, message });
    });
}

// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
const EXPORT = `async (label) => {
  document.querySelector('a[data-export]')?.remove();
  const before = performance.memory.usedJSHeapSize;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, performance.memory.usedJSHeapSize)), 10);
  const t0 = performance.now();
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
  while (!document.querySelector('a[data-export]')) await new Promise((r) => setTimeout(r, 10));
  const ms = performance.now() - t0;
  clearInterval(timer);
  const size = (await fetch(document.querySelector('a[data-export]').href).then((r) => r.blob())).size;
  return { ms, peak: Math.max(peak, performance.memory.usedJSHeapSize), before, size };
}`;

/** Resident bytes of every process started with this profile directory (Linux /proc). */
function browserRss(profileDir: string): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`)) continue;
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      sum += Number(kb ?? 0) * 1024;
    } catch {
      // The process ended while it was read.
    }
  }
  return sum;
}

export async function exportOnce(
  page: Page,
  profileDir: string,
  format: ExportFormatName,
  heap: () => Promise<number>,
): Promise<ExportRun> {
  const rssBefore = browserRss(profileDir);
  let rssPeak = rssBefore;
  const workerBefore = await heap();
  let workerPeak = workerBefore;
  const timer = setInterval(() => {
    rssPeak = Math.max(rssPeak, browserRss(profileDir));
    void heap().then((used) => (workerPeak = Math.max(workerPeak, used || 0)));
  }, 100);
  try {
    const r = (await page.evaluate(`(${EXPORT})(${JSON.stringify(format)})`)) as {
      ms: number;
      peak: number;
      before: number;
      size: number;
    };
    return {
      ms: r.ms,
      size: r.size,
      heapBefore: r.before,
      heapPeak: r.peak,
      rssBefore,
      rssPeak,
      workerBefore,
      workerPeak: Math.max(workerPeak, await heap()),
    };
  } finally {
    clearInterval(timer);
  }
}

const mb = (b: number) => (b / 1e6).toFixed(0);

export const describeRun = (e: ExportRun) =>
  `${(e.ms / 1000).toFixed(1)} s, ${mb(e.size)} MB file, popup JS heap ${mb(e.heapBefore)} → peak ` +
  `${mb(e.heapPeak)} MB, background JS heap ${mb(e.workerBefore)} → peak ${mb(e.workerPeak)} MB, ` +
  `browser resident ${mb(e.rssBefore)} → peak ${mb(e.rssPeak)} MB`;
