// The engine runs here, in the background, loaded once per worker lifetime: the content script
// bundle stays small and the gazetteer is not parsed again on every page.
import { createEngine } from '@/lib/engine';
import { shippedEngineData } from '@/lib/engine/shipped-data';
import type { Engine, EngineData } from '@/lib/engine/types';
import { loadNerModel } from '@/lib/ner/model';
import type { PageAnnotation } from '@/lib/protocol/annotation';
import type { Correction } from '@/lib/protocol/store';
import { readMentions } from '@/lib/readings';
import type { DatedRole } from '@/lib/types';

// A few sentences of news the engine reads at start: loading its data and letting the script
// engine optimise the hot paths here means the first real page does not pay for either.
const WARM_UP_TEXT =
  'قال الرئيس الفرنسي إيمانويل ماكرون في باريس أمس إن بلاده ستستضيف في 12 مارس/آذار المقبل مؤتمرا ' +
  'بمشاركة الأمم المتحدة والاتحاد الأوروبي. وأكد وزير الخارجية الأردني أيمن الصفدي في عمّان أن ' +
  'المحادثات مع وكالة الأنباء الرسمية ستستمر، فيما أعلنت وزارة الدفاع الأميركية أن الجنرال سامي ' +
  'الحداد سيزور بغداد وكركوك في 15 رمضان 1445 هـ.';
const WARM_UP_ROUNDS = 60;

interface Loaded {
  data: EngineData;
  engine: Engine;
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

/**
 * `readTagger` gives the bytes of the tagger's binary file (lib/engine/files.ts): the background
 * fetches it from the extension's own files, tests pass the bytes. A load that fails (the file
 * missing or damaged) fails the requests waiting for it with its reason, and the next request
 * tries again.
 */
export function createEngineHost(readTagger: () => Promise<Uint8Array>): EngineHost {
  let loading: Promise<Loaded> | null = null;
  let served = false;

  async function loadOnce(): Promise<Loaded> {
    // The file is read while the gazetteer and the name model are parsed.
    const bytes = readTagger();
    const rest = shippedEngineData(null);
    let ner;
    try {
      ner = loadNerModel({ format: 'hamish-ner-binary', bytes: await bytes });
    } catch (e) {
      throw new Error(`the tagger could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    const data = { ...rest, ner };
    return { data, engine: createEngine(data) };
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
      let left = WARM_UP_ROUNDS;
      void load().then(
        ({ engine }) => {
          const step = () => {
            if (served) return;
            engine.annotate(WARM_UP_TEXT, { published: '2024-03-01' });
            if (--left > 0) setTimeout(step, 0);
          };
          setTimeout(step, 0);
        },
        () => undefined, // the first page's request reports it
      );
    },

    async annotate(text, published, corrections = Promise.resolve(new Map())) {
      served = true;
      const { data, engine } = await load();
      const t0 = performance.now();
      const found = engine.annotate(text, { published });
      const engineMs = performance.now() - t0;
      const read = await corrections;
      const t1 = performance.now();
      const entities = readMentions(found.entities, data.gazetteer, read);
      const facts: Record<string, DatedRole[]> = {};
      for (const e of entities) {
        if (!e.known || e.id in facts) continue;
        const roles = rolesOf(data, e.id);
        if (roles.length) facts[e.id] = roles;
      }
      // The wait for the corrections is not the engine's time.
      return { entities, dates: found.dates, facts, ms: engineMs + performance.now() - t1 };
    },

    async roles(id) {
      return rolesOf((await load()).data, id);
    },
  };
}

function rolesOf(data: EngineData, id: string): DatedRole[] {
  const i = data.gazetteer.byId(id);
  return (i === undefined ? undefined : data.gazetteer.entry(i).roles) ?? [];
}
