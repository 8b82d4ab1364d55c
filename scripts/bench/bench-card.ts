// The card's latency after the hover delay, in Chromium with the bench build (`npm run build:bench`,
// which `npm run bench:card` runs first: only it records each card's stages), for stores of growing
// size: empty, 1,000 and 10,000 earlier articles naming the hovered names, then 10,000 and 100,000
// notes besides, a third of them on one hovered name. Each store is seeded once through the
// extension's own messages and its profile reused (./seeded-profile; HAMISH_BENCH_FRESH=1 seeds
// again). Six names are hovered in four rounds; the page is loaded again before the first and the
// third (recording it forgets the names' kept cards), so half the hovers read the store and half
// find the card kept. The card is built, sent and laid out unseen while the hover delay runs
// (hover.ts), so the figures after the delay are the showing alone; the preparation's own stages
// are printed from the hover's start. Prints medians with the number of hovers and their range:
// the card shown and the card whole (with notes and history) after the delay, each stage on the
// way, and how the whole card grew for 10× the history and 10× the notes.
// `npm run bench:page` runs the empty store only. HAMISH_BENCH_EXT=dir: another bench build.
import type { BrowserContext, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { toJsonLd } from '../../lib/notes/export';
import type { Note } from '../../lib/protocol/note';
import { centreOf, textRect } from '../../tests/support/in-page';
import { namesPainted } from '../../tests/support/marks';
import { seededProfile } from './seeded-profile';

// The first is hovered first on a freshly loaded page, whose card frame may still be loading.
const WORDS = ['الخرطوم', 'أيمن الصفدي', 'رويترز', 'عبد الفتاح البرهان', 'القاهرة', 'أنطونيو غوتيريش'];
/** The name a third of the notes are on (WORDS[1]). */
const CROWDED = 'Ayman Safadi';
const ROUNDS = 4;
const NOTE_BATCH = 10_000;

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);
/** A median with how many runs it is of and their range. */
const fmtRuns = (xs: number[]) =>
  xs.length
    ? `${fmt(median(xs))} (${xs.length} hovers, ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`
    : 'n/a';

type Send = (m: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }>;
interface Entity {
  id: string;
  type: 'person' | 'place' | 'organization';
  english?: string | null;
  arabic: string;
}

async function marked(page: Page) {
  await page.waitForFunction(namesPainted, null, { timeout: 60_000 });
}

const sendFrom = (extPage: Page, m: unknown) =>
  extPage.evaluate(
    (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime.sendMessage(msg),
    m,
  );

/** Adds earlier articles until the store holds `total` of them (the history cap raised first). */
async function seedPages(extPage: Page, entities: Entity[], from: number, total: number) {
  await extPage.evaluate(
    async ({ entities, from, total }) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage: Send };
            storage: {
              local: { get: (k: string) => Promise<Record<string, unknown>>; set: (x: unknown) => Promise<void> };
            };
          };
        }
      ).chrome;
      const now = (await c.storage.local.get('settings')).settings ?? {};
      await c.storage.local.set({ settings: { ...(now as object), historyMaxPages: 100_000 } });
      // A few writes in flight at once: the background serialises them in IndexedDB anyway.
      for (let i = from; i < total; i += 50) {
        await Promise.all(
          Array.from({ length: Math.min(50, total - i) }, (_, k) => {
            const n = i + k;
            const day = String((n % 28) + 1).padStart(2, '0');
            const year = 2015 + (n % 10);
            const page = {
              url: `https://old.example/${n}`,
              title: `مقال سابق ${n}`,
              site: 'old.example',
              lang: 'ar',
              publishedAt: `${year}-0${(n % 9) + 1}-${day}`,
              entities,
            };
            return c.runtime.sendMessage({ type: 'page/seen', page }).then((r) => {
              if (!r.ok) throw new Error(r.error);
            });
          }),
        );
      }
    },
    { entities, from, total },
  );
}

/** Notes numbered from..total: a third on the crowded name, the rest on the page's other names and on passages. */
function makeNotes(entities: Entity[], from: number, total: number): Note[] {
  const crowded = entities.find((e) => e.english === CROWDED) ?? entities[0]!;
  const others = entities.filter((e) => e !== crowded);
  const start = Date.parse('2023-01-01T00:00:00Z');
  return Array.from({ length: total - from }, (_, k) => {
    const i = from + k;
    const e = i % 3 === 0 ? crowded : i % 3 === 1 ? others[i % others.length]! : null;
    return {
      id: `0c1d2e3f-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      created: start + i * 60_000,
      updated: start + i * 60_000,
      url: `https://news${i % 20}.example/article/${Math.floor(i / 3)}`,
      title: `مقال رقم ${Math.floor(i / 3)}`,
      site: `news${i % 20}.example`,
      publishedAt: '2024-03-12',
      quote: { exact: e ? e.arabic : 'في بيان رسمي', prefix: '', suffix: '' },
      position: { start: 10, end: 20 },
      entity: e && { id: e.id, type: e.type, english: e.english ?? null, arabic: e.arabic },
      body: `Note ${i} on the talks (ref k${i.toString(36)})`,
      format: 'text',
      tags: [`tag${i % 7}`],
    };
  });
}

async function seedNotes(extPage: Page, entities: Entity[], from: number, total: number) {
  for (let i = from; i < total; i += NOTE_BATCH) {
    const json = toJsonLd(makeNotes(entities, i, Math.min(total, i + NOTE_BATCH)));
    const r = await sendFrom(extPage, { type: 'notes/import', json });
    if (!r.ok) throw new Error(`seeding notes failed: ${r.error}`);
  }
}

/** One card's moments, ms since the epoch, from the tab, the worker and the card frame. */
interface CardRun {
  word: string;
  requestedAt: number;
  /** The hover began and the card was built and sent, unseen (only for a card prepared during the delay). */
  prepared?: number;
  asked?: number;
  sent?: number;
  /** The tab heard the frame's first layout report for this card. */
  layout?: number;
  /** The first frame after the tab made the prepared card visible. */
  revealed?: number;
  worker?: { received: number; posted: number; atHand: boolean; extrasPosted?: number };
  frame: Record<string, number>;
}

interface WorkerLog {
  cards: { requestedAt?: number; received: number; posted: number; atHand: boolean; extrasPosted?: number }[];
  reads: { notes: number; history: number }[];
}

const workerLog = async (context: BrowserContext): Promise<WorkerLog> => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const log = await worker.evaluate(() => (globalThis as { hamishCardLog?: unknown }).hamishCardLog);
  if (!log) throw new Error('no card log in the worker: is this the bench build (npm run build:bench)?');
  return log as WorkerLog;
};

/** Hovers each name ROUNDS times, after moving off it; joins every card's moments by its requestedAt. */
async function hoverAll(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const runs = new Map<number, CardRun>();
  let word = '';
  page.on('console', (m) => {
    const s = /^hamish:card-stage (.*)$/.exec(m.text());
    if (!s) return;
    const { requestedAt, name, at } = JSON.parse(s[1]!) as { requestedAt: number; name: string; at: number };
    const run = runs.get(requestedAt) ?? { word, requestedAt, frame: {} };
    // The first of each: a later report (a resize) belongs to the same card but is not its first.
    run.frame[name] ??= at;
    runs.set(requestedAt, run);
  });
  const marks = async () => {
    const got = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType('mark')
        .filter((e) => e.name.startsWith('hamish:card-'))
        .map((e) => ({ name: e.name, at: e.startTime, detail: (e as PerformanceMark).detail as number | null })),
    }));
    return got.marks.map((m) => ({ ...m, at: got.origin + m.at }));
  };
  const tabMarks: { name: string; at: number; detail: number | null }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      if (round) tabMarks.push(...(await marks()));
      await page.goto(url);
      await marked(page);
    }
    for (const w of WORDS) {
      const r = await page.evaluate(textRect, w);
      if (!r) continue;
      const p = centreOf(r);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(400);
      word = w;
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(700);
    }
  }
  tabMarks.push(...(await marks()));
  await page.close();
  const log = await workerLog(context);
  const tabMark = (name: string, run: CardRun) =>
    tabMarks.find((m) => m.name === `hamish:card-${name}` && m.detail === run.requestedAt)?.at;
  for (const run of runs.values()) {
    run.prepared = tabMark('prepared', run);
    run.asked = tabMark('asked', run);
    run.sent = tabMark('sent', run);
    run.layout = tabMark('layout', run);
    run.revealed = tabMark('revealed', run);
    run.worker = log.cards.find((c) => c.requestedAt === run.requestedAt);
  }
  return { runs: [...runs.values()], reads: log.reads };
}

/**
 * The card on screen: a prepared card when the tab made it visible (its frame painted it unseen
 * before); any other when its frame painted it, with its extras when they came with it.
 */
const shownAt = (r: CardRun) => r.revealed ?? r.frame.shown ?? r.frame['shown-whole'];
/** The card on screen with its notes and history: a prepared card's may have been painted before it showed. */
const wholeAt = (r: CardRun) => {
  const whole = r.frame['shown-whole'];
  return r.prepared === undefined || whole === undefined ? whole : Math.max(whole, r.revealed ?? NaN);
};

function report(label: string, runs: CardRun[], reads: WorkerLog['reads']) {
  const since = (r: CardRun, at: number | undefined) =>
    at === undefined || r.asked === undefined ? NaN : at - r.asked;
  const valid = (xs: number[]) => xs.filter((x) => !Number.isNaN(x));
  const shown = valid(runs.map((r) => since(r, shownAt(r))));
  const cold = runs.filter((r) => r.worker && !r.worker.atHand);
  const kept = runs.filter((r) => r.worker?.atHand);
  const wholeOf = (rs: CardRun[]) => valid(rs.map((r) => since(r, wholeAt(r))));
  const crowded = runs.filter((r) => r.word === WORDS[1]);
  const prepared = runs.filter((r) => r.prepared !== undefined);
  const step = (f: (r: CardRun) => number | undefined, rs = runs) => fmt(median(valid(rs.map((r) => f(r) ?? NaN))));
  const from = (r: CardRun, a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? NaN : b - a;
  console.log(
    `card, ${label}: shown after the hover delay ${fmtRuns(shown)} (target 16 ms); ` +
      `whole (notes and history) after the delay ${fmtRuns(wholeOf(runs))} (target 30 ms at 10,000 pages): ` +
      `extras read before the card went out (kept, or read meanwhile) ` +
      `${fmt(median(wholeOf(kept)))} (${kept.length}), ` +
      `after it ${fmt(median(wholeOf(cold)))} (${cold.length}); ` +
      `${WORDS[1]} ${fmt(median(wholeOf(crowded)))}`,
  );
  console.log(
    `  prepared during the delay: ${prepared.length} of ${runs.length} cards; from the hover's start (medians): ` +
      `built and sent ${step((r) => from(r, r.prepared, r.sent))}, ` +
      `to the worker ${step((r) => from(r, r.sent, r.worker?.received))}, ` +
      `relay ${step((r) => from(r, r.worker?.received, r.worker?.posted))}, ` +
      `to the frame ${step((r) => from(r, r.worker?.posted, r.frame.received))}, ` +
      `render ${step((r) => from(r, r.frame.received, r.frame.rendered))}, ` +
      `layout report to the tab ${step((r) => from(r, r.frame['layout-sent'], r.layout))}; ` +
      `laid out unseen ${step((r) => from(r, r.prepared, r.layout), prepared)} after the hover began, ` +
      `${step((r) => from(r, r.layout, r.asked), prepared)} before the delay ended; ` +
      `after the delay: to the screen ${step((r) => from(r, r.asked, r.revealed), prepared)}`,
  );
  console.log(
    `  store read: notes ${fmt(median(reads.map((x) => x.notes)))}, ` +
      `history ${fmt(median(reads.map((x) => x.history)))}, ` +
      `extras to the frame ${step((r) => from(r, r.worker?.extrasPosted, r.frame['extras-received']))}` +
      (prepared.length < runs.length
        ? `; cards not prepared: render ${step(
            (r) => from(r, r.frame.received, r.frame.rendered),
            runs.filter((r) => !r.prepared),
          )}, ` +
          `to the screen ${step(
            (r) => from(r, r.frame.rendered, shownAt(r)),
            runs.filter((r) => !r.prepared),
          )}`
        : ''),
  );
  return median(wholeOf(runs));
}

/**
 * The crowded name's notes as the popup asks for them (all) and as the card does (the newest page),
 * answered to an extension page: medians of 5.
 */
async function entityNotesRead(context: BrowserContext, extensionId: string) {
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const r = await sendFrom(extPage, { type: 'pages/recent', limit: 1 });
  const id = (r.value as { entities: Entity[] }[])[0]!.entities.find((e) => e.english === CROWDED)?.id;
  const timed = (limit?: number) =>
    extPage.evaluate(
      async ({ id, limit }) => {
        const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime
          .sendMessage;
        const t0 = performance.now();
        const a = await send({ type: 'notes/forEntity', entityId: id, ...(limit ? { limit } : {}) });
        return { ms: performance.now() - t0, n: (a.value as unknown[]).length };
      },
      { id, limit },
    );
  const all: number[] = [];
  const page: number[] = [];
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const a = await timed();
    all.push(a.ms);
    n = a.n;
    page.push((await timed(20)).ms);
  }
  await extPage.close();
  console.log(
    `  ${CROWDED}'s notes answered to an extension page: all ${n.toLocaleString('en')} (the popup's list) ` +
      `${fmt(median(all))}, the newest 20 (the card's "more") ${fmt(median(page))}`,
  );
}

/** The demo's names and the earlier-page entities, read from the store after one visit. */
async function demoEntities(context: BrowserContext, extPage: Page, demoUrl: string): Promise<Entity[]> {
  const warm = await context.newPage();
  await warm.goto(demoUrl);
  await marked(warm);
  await warm.close();
  const r = await sendFrom(extPage, { type: 'pages/recent', limit: 1 });
  return (r.value as { entities: Entity[] }[])[0]!.entities;
}

/** The card on the store as it is (the caller's context). */
export async function benchCard(context: BrowserContext, demoUrl: string, label = 'empty store'): Promise<number> {
  const { runs, reads } = await hoverAll(context, demoUrl);
  return report(label, runs, reads);
}

const STORES = [
  { key: 'card-p0', label: 'empty store', pages: 0, notes: 0 },
  { key: 'card-p1000', label: '1,000 earlier pages', pages: 1_000, notes: 0 },
  { key: 'card-p10000', label: '10,000 earlier pages', pages: 10_000, notes: 0 },
  { key: 'card-p10000-n10000', label: '10,000 pages and 10,000 notes', pages: 10_000, notes: 10_000 },
  { key: 'card-p10000-n100000', label: '10,000 pages and 100,000 notes', pages: 10_000, notes: 100_000 },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchWithExtension } = await import('../../tests/support/chromium-extension');
  const { servePages } = await import('../../tests/support/server');
  const server = await servePages();
  const demoUrl = server.url('demo-article.html');
  const extDir = resolve(
    process.env.HAMISH_BENCH_EXT ?? resolve(import.meta.dirname, '../../.output/chrome-mv3-bench'),
  );
  const whole = new Map<string, number>();
  let base: (typeof STORES)[number] | null = null;
  for (const store of STORES) {
    const profile = seededProfile(store.key, extDir, base?.key);
    let { context, extensionId } = await launchWithExtension({ dir: extDir, profile: profile.dir });
    if (process.env.DEBUG) console.error(store.key, extensionId, profile.seeded ? 'seeded' : 'to seed');
    if (!profile.seeded) {
      const t0 = Date.now();
      const extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
      const entities = await demoEntities(context, extPage, demoUrl);
      const from = profile.based ? base! : { pages: 0, notes: 0 };
      await seedPages(extPage, entities, from.pages, store.pages);
      await seedNotes(extPage, entities, from.notes, store.notes);
      await context.close();
      profile.keep();
      console.log(`(${store.label}: seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      ({ context, extensionId } = await launchWithExtension({ dir: extDir, profile: profile.dir }));
    }
    whole.set(store.key, await benchCard(context, demoUrl, store.label));
    if (store.notes) await entityNotesRead(context, extensionId);
    await context.close();
    profile.remove();
    base = store;
  }
  const growth = (a: string, b: string) => (whole.get(b)! / whole.get(a)!).toFixed(2);
  console.log(
    `growth of the whole card: ×${growth('card-p1000', 'card-p10000')} for 10× the history (1,000 → 10,000 pages), ` +
      `×${growth('card-p10000-n10000', 'card-p10000-n100000')} for 10× the notes (10,000 → 100,000); 1.0 = no growth`,
  );
  await server.close();
}
