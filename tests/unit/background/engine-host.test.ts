import { describe, expect, it } from 'vitest';
import { createEngineHost } from '@/entrypoints/background/engine-host';
import { defaultEngine } from '@/lib/engine/default-data';
import { encodeNerModelBinary } from '@/lib/ner/model/binary';
import type { NerModelJson } from '@/lib/ner/model/types';
import modelJson from '@/lib/ner/model.generated.json';

const TEXT = 'وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن المحادثات مع الأمم المتحدة ستستمر.';
const good = encodeNerModelBinary(modelJson as unknown as NerModelJson);

describe('the background engine host (tagger from its binary file)', () => {
  it('reads a page as the engine of the command line and tests does (JSON tagger)', async () => {
    const host = createEngineHost(() => Promise.resolve(good));
    const got = await host.annotate(TEXT, '2024-03-01');
    const want = defaultEngine().annotate(TEXT, { published: '2024-03-01' });
    expect(got.entities.map((e) => [e.start, e.end, e.type])).toEqual(
      want.entities.map((e) => [e.start, e.end, e.type]),
    );
    expect(got.entities.length).toBeGreaterThan(2);
  });

  it('a damaged file fails the waiting request with its reason, and the next request loads again', async () => {
    let reads = 0;
    const host = createEngineHost(() => Promise.resolve(++reads === 1 ? good.subarray(0, 100) : good));
    await expect(host.annotate(TEXT, null)).rejects.toThrow(/the tagger could not be loaded/);
    const second = await host.annotate(TEXT, null);
    expect(reads).toBe(2);
    expect(second.entities.some((e) => e.type === 'person')).toBe(true);
  });

  it('a file that cannot be read is reported the same way, not as a silent empty page', async () => {
    const host = createEngineHost(() => Promise.reject(new Error('404')));
    await expect(host.annotate(TEXT, null)).rejects.toThrow(/404/);
  });
});
