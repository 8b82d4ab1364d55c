// The engine runs here, in the background, loaded once per worker lifetime: the content script
// bundle stays small and the gazetteer is not parsed again on every page.
import { createEngine } from '@/lib/engine';
import { openDataPack } from '@/lib/engine/data-pack';
import { engineData, packedEngineJson } from '@/lib/engine/engine-data';
import { LAZY_TABLES } from '@/lib/engine/lazy-tables';
import { ENGINE_DATA_FILE, NAME_COUNTS_FILE, NAME_DATA_FILE, NER_MODEL_FILE } from '@/lib/engine/files';
import type { Annotation, Engine, EngineData } from '@/lib/engine/types';
import { loadNerModel } from '@/lib/ner/model';
import { NER_BINARY_FORMAT } from '@/lib/ner/model/binary';
import type { PageAnnotation } from '@/lib/protocol/annotation';
import type { Correction } from '@/lib/protocol/store';
import type { TranslitModel } from '@/lib/translit/types';
import { readMentions } from '@/lib/readings';
import type { DatedRole } from '@/lib/types';
import { timedData, type EngineTimings } from './engine-timing';
import { NameModelNotYet, nameFiles, type NameFiles } from './name-files';

// A few sentences of news the engine reads at start: loading its data and letting the script
// engine optimise the hot paths here means the first real page does not pay for either. The first
// rounds read one sentence each, so a page arriving during the cold first rounds waits little.
const WARM_UP_SENTENCES = [
  'قال الرئيس الفرنسي إيمانويل ماكرون في باريس أمس إن بلاده ستستضيف في 12 مارس/آذار المقبل مؤتمرا ' +
    'بمشاركة الأمم المتحدة والاتحاد الأوروبي.',
  'وأكد وزير الخارجية الأردني أيمن الصفدي في عمّان أن المحادثات مع وكالة الأنباء الرسمية ستستمر،',
  'فيما أعلنت وزارة الدفاع الأميركية أن الجنرال سامي الحداد سيزور بغداد وكركوك في 15 رمضان 1445 هـ.',
];
const WARM_UP_TEXT = WARM_UP_SENTENCES.join(' ');
const WARM_UP_ROUNDS = 60;

type Posting = {
  scheduler?: { postTask?: (f: () => void, o: { priority: 'background' }) => Promise<void> };
};
/**
 * Runs `f` in a task of its own, behind any other work: a page's request that arrives while the
 * rounds run goes first. With plain timers Chrome ran the next round before a request already
 * waiting (the bench's first pages were served after 2–5 rounds that had begun after them).
 */
function later(f: () => void): void {
  const s = (globalThis as Posting).scheduler;
  if (s?.postTask) void s.postTask(f, { priority: 'background' }).catch(() => undefined);
  else setTimeout(f, 0);
}

interface Loaded {
  data: EngineData;
  engine: Engine;
  names: NameFiles;
}

/**
 * The engine's answer for `text`. A call that needed the name model before its file was in is made
 * again once it is (the engine keeps nothing of a call that stopped but what it would have kept).
 */
async function annotateWith(
  { engine, names }: Loaded,
  text: string,
  published: string | null,
): Promise<{ found: Annotation; ms: number }> {
  let t0 = performance.now();
  try {
    return { found: engine.annotate(text, { published }), ms: performance.now() - t0 };
  } catch (e) {
    if (!(e instanceof NameModelNotYet)) throw e;
  }
  const stopped = performance.now() - t0;
  await names.ready();
  t0 = performance.now();
  const found = engine.annotate(text, { published });
  return { found, ms: stopped + performance.now() - t0 };
}

export interface EngineHost {
  /** Loads the engine now and exercises it until the first page is served, off any page's path. */
  warm(): void;
  /** `corrections` are the reader's, read while the engine works (none by default). */
  annotate(
    text: string,
    published: string | null,
    corrections?: Promise<ReadonlyMap<string, Correction>>,
  ): Promise<PageAnnotation>;
  /** The gazetteer's dated roles of an entity; none for an id it does not hold. */
  roles(id: string): Promise<DatedRole[]>;
}

/** Runs one part of the load, its failure told as the part's. */
async function part<T>(what: string, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw new Error(`${what} could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/**
 * `read` gives the bytes of one of the engine's binary files (lib/engine/files.ts): the background
 * fetches them from the extension's own files, tests pass the bytes. A load that fails (a file
 * missing or damaged) fails the requests waiting for it with its reason, and the next request
 * tries again. `timings` (the bench build only) records where the first page's time goes.
 */
export function createEngineHost(
  read: (file: string) => Promise<Uint8Array>,
  timings: EngineTimings | null = null,
): EngineHost {
  let loading: Promise<Loaded> | null = null;
  let served = false;

  async function loadOnce(): Promise<Loaded> {
    const since = (t0: number) => performance.now() - t0;
    const packFile = read(ENGINE_DATA_FILE);
    const taggerFile = read(NER_MODEL_FILE);
    const namesFile = read(NAME_COUNTS_FILE);
    const nameDataFile = read(NAME_DATA_FILE);
    // No rejection goes unhandled while another is awaited first.
    for (const f of [packFile, taggerFile, namesFile, nameDataFile]) void f.catch(() => undefined);
    if (timings)
      void Promise.all([namesFile, nameDataFile])
        .then(() => (timings.namesAt = performance.now()))
        .catch(() => undefined);
    // Each file is used as soon as it is in, in the order the files were asked for, so parsing one
    // overlaps reading the next; `files` sums the waits.
    let waited = 0;
    const arrived = async (what: string, file: Promise<Uint8Array>, at?: (t: number) => void) => {
      const t = performance.now();
      const bytes = await part(what, () => file);
      waited += since(t);
      at?.(performance.now());
      return bytes;
    };
    // Timed inside, so that other tasks run at the await (the next file's read) are not counted.
    const timed = <T>(f: () => T, put: (ms: number) => void) => {
      const t = performance.now();
      const made = f();
      put(since(t));
      return made;
    };
    const packBytes = await arrived('the engine data', packFile, (t) => timings && (timings.packAt = t));
    // Not waited for: a page that spells a name the gazetteer does not know waits for them (annotate).
    // Their tables must match the name model in the data pack, given once it is parsed.
    let gotModel: (m: TranslitModel) => void = () => undefined;
    const model = new Promise<TranslitModel>((r) => (gotModel = r));
    const names = nameFiles(
      [namesFile, nameDataFile],
      read,
      NAME_COUNTS_FILE,
      model,
      (ms) => {
        if (timings) timings.names = ms;
      },
      later,
    );
    // The gazetteer and patterns are parsed now, the name model's spelling table when a name first needs it.
    const json = await part('the engine data', () =>
      timed(
        () => packedEngineJson(names.withNames(openDataPack(packBytes, ENGINE_DATA_FILE))),
        (ms) => {
          if (timings) timings.parse = ms;
        },
      ),
    );
    gotModel(json.translit);
    const taggerBytes = await arrived('the tagger', taggerFile, (t) => timings && (timings.taggerAt = t));
    const ner = await part('the tagger', () =>
      timed(
        () => loadNerModel({ format: NER_BINARY_FORMAT, bytes: taggerBytes }),
        (ms) => {
          if (timings) timings.tagger = ms;
        },
      ),
    );
    if (timings) timings.files = waited;
    const t0 = performance.now();
    const loaded = engineData(json, ner, () => names.counts());
    if (timings) [timings.gazetteer, timings.loadedAt] = [since(t0), performance.now()];
    const data = timings ? timedData(loaded, timings) : loaded;
    const engine = createEngine(data);
    if (timings) timings.createdAt = performance.now();
    return { data, engine, names };
  }
  const load = () =>
    (loading ??= loadOnce().catch((e: unknown) => {
      loading = null;
      throw e;
    }));

  return {
    /**
     * The script engine optimises the annotator only after some dozens of calls (measured: about
     * 8 ms a call on a short article before, 1.5 ms after), so the rounds run one per task: a real
     * request arriving meanwhile is served between two of them. Real pages warm it as well as this
     * text does: once one has been served, the rounds stop.
     */
    warm() {
      // While the files are read, the tables the engine would make in the first page's call, one per
      // task. Plain timers: Chrome ran background-priority tasks only after the engine's load and
      // its first warm-up rounds (the bench's timelines), too late for a page sent early.
      const tables = [...LAZY_TABLES];
      const nextTable = () => {
        const make = tables.shift();
        if (!make) return void (timings && (timings.tablesAt = performance.now()));
        make();
        setTimeout(nextTable, 0);
      };
      setTimeout(nextTable, 0);
      let round = 0;
      void load().then(
        (loaded) => {
          const { engine, names } = loaded;
          // Until the name model's files are in, the rounds read only the sentences that do not
          // need them (those that stopped for them are left out), so the warm-up goes on meanwhile.
          let namesIn = false;
          const needsNames = new Set<string>();
          void names.ready().then(
            () => (namesIn = true),
            () => undefined,
          );
          const step = () => {
            if (served || round >= WARM_UP_ROUNDS) return;
            const single = round < WARM_UP_SENTENCES.length;
            const text = single
              ? WARM_UP_SENTENCES[round]!
              : namesIn
                ? WARM_UP_TEXT
                : WARM_UP_SENTENCES.filter((x) => !needsNames.has(x)).join(' ');
            round++;
            if (timings) timings.warmRounds = round;
            if (!text)
              return void names.ready().then(
                () => later(step),
                () => undefined,
              );
            const began = performance.now();
            try {
              const found = engine.annotate(text, { published: '2024-03-01' });
              // The readings and facts too (a first page paid 10–17 ms for their cold code after the
              // engine), but not in the first, cold rounds, which a page arriving early waits for.
              if (!single) readingsOf(loaded, found, NO_CORRECTIONS);
              if (timings) (timings.warmSpans ??= []).push([began, performance.now()]);
            } catch (e) {
              if (!(e instanceof NameModelNotYet)) return;
              if (single) needsNames.add(text);
              // All of them need the name model: the rounds go on once it is in (not if it cannot load).
              else
                return void names.ready().then(
                  () => later(step),
                  () => undefined,
                );
            }
            later(step);
          };
          // The first round at once: at background priority Chrome began it 80–360 ms after the
          // engine was made, and a page sent meanwhile paid the whole cold call.
          setTimeout(step, 0);
        },
        () => undefined, // the first page's request reports it
      );
    },

    async annotate(text, published, corrections = Promise.resolve(new Map())) {
      const received = performance.timeOrigin + performance.now();
      const first = !served && timings !== null;
      served = true;
      if (first) timings.requestAt = performance.now();
      const loaded = await load();
      const t0 = performance.now();
      if (first) [timings.inTagger, timings.inNames] = [0, 0];
      // The engine's time: a call stopped for the name model counts, the wait for its file does not.
      const { found, ms: engineMs } = await annotateWith(loaded, text, published);
      if (first) {
        const { inTagger: tagger, inNames: names, requestAt = t0 } = timings;
        timings.first = { waited: t0 - requestAt, engine: engineMs, tagger, names };
      }
      const read = await corrections;
      const t1 = performance.now();
      const { entities, facts } = readingsOf(loaded, found, read);
      // The wait for the corrections is not the engine's time.
      const page = { entities, dates: found.dates, facts, ms: engineMs + performance.now() - t1 };
      if (first && timings.first) timings.first.after = performance.now() - t1;
      if (timings) {
        timings.lastReply = page;
        const epoch = (t: number) => performance.timeOrigin + t;
        const [engineStart, engineEnd, answered] = [epoch(t0), epoch(t0 + engineMs), epoch(performance.now())];
        timings.lastCall = { received, engineStart, engineEnd, answered };
      }
      return page;
    },

    async roles(id) {
      return rolesOf((await load()).data, id);
    },
  };
}

const NO_CORRECTIONS: ReadonlyMap<string, Correction> = new Map();

/** The engine's mentions as the reader sees them, with the dated roles of the known ones. */
function readingsOf(
  loaded: Loaded,
  found: Annotation,
  corrections: ReadonlyMap<string, Correction>,
): Pick<PageAnnotation, 'entities' | 'facts'> {
  const entities = readMentions(found.entities, loaded.data.gazetteer, corrections);
  const facts: Record<string, DatedRole[]> = {};
  for (const e of entities) {
    if (!e.known || e.id in facts) continue;
    const roles = rolesOf(loaded.data, e.id);
    if (roles.length) facts[e.id] = roles;
  }
  return { entities, facts };
}

function rolesOf(data: EngineData, id: string): DatedRole[] {
  const i = data.gazetteer.byId(id);
  return (i === undefined ? undefined : data.gazetteer.entry(i).roles) ?? [];
}
