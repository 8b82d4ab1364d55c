import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWikiText, parseWikiDoc, sharesRun, WIKI_FOLDER, wordRuns } from '../../../scripts/train/wiki-text';
import { tokenize } from '../../../lib/text';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

// Own text in the WikiExtractor layout of the corpus.
const doc = [
  '<doc id="1" title="سامي نور" url="https://ar.wikipedia.org/wiki?curid=1">',
  'سامي نور',
  '',
  'سامي نور كاتب سوري ولد في حمص. درس الطب في دمشق ثم سافر الى باريس.',
  '',
  'اعماله',
  '</doc>',
  '<doc id="2" title="نهر العاصي" url="https://ar.wikipedia.org/wiki?curid=2">',
  'نهر العاصي',
  'يمر نهر العاصي في لبنان وسوريا وتركيا',
  '</doc>',
].join('\n');

describe('Wikipedia text reader', () => {
  const got = parseWikiDoc(doc);

  it('reads the sentences of every article as normal forms', () => {
    expect(got).toEqual([
      norms('سامي نور كاتب سوري ولد في حمص.'),
      norms('درس الطب في دمشق ثم سافر الى باريس.'),
      norms('يمر نهر العاصي في لبنان وسوريا وتركيا'),
    ]);
  });

  it('drops the title line, the markup and headings of one or two words', () => {
    const flat = got.flat();
    expect(flat).not.toContain('<');
    expect(got.some((s) => s.length === 2)).toBe(false); // "سامي نور", "نهر العاصي" as titles
    expect(flat.filter((w) => w === norms('اعماله')[0])).toEqual([]);
  });

  it('reads doc_*.txt files in order from the corpus folder and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-text-'));
    mkdirSync(join(dir, WIKI_FOLDER), { recursive: true });
    writeFileSync(join(dir, WIKI_FOLDER, 'doc_000001.txt'), doc.split('\n').slice(7).join('\n'));
    writeFileSync(join(dir, WIKI_FOLDER, 'doc_000000.txt'), doc.split('\n').slice(0, 7).join('\n'));
    writeFileSync(join(dir, WIKI_FOLDER, 'notes.txt'), 'هذا ملف لا يقرأ ابدا هنا');
    expect(loadWikiText(dir)).toEqual({ sentences: got, skipped: 0 });
    expect(loadWikiText(dir, { maxFiles: 1 }).sentences).toEqual(got.slice(0, 2));
    // An article that shares a run of eight words with text kept out is left out whole.
    const runs = wordRuns([norms('قال انه درس الطب في دمشق ثم سافر الى باريس امس')]);
    expect(loadWikiText(dir, { skip: (a) => sharesRun(a, runs) })).toEqual({ sentences: got.slice(2), skipped: 1 });
  });

  it('compares runs of eight Arabic words, whatever the punctuation between them', () => {
    const runs = wordRuns([norms('درس الطب في دمشق ثم سافر الى باريس.')]);
    expect(runs.size).toBe(1);
    expect(sharesRun([norms('ثم درس الطب، في دمشق ثم سافر الى باريس')], runs)).toBe(true);
    // Seven shared words are not a run.
    expect(sharesRun([norms('درس الطب في دمشق ثم سافر الى لندن')], runs)).toBe(false);
    expect(sharesRun([norms('درس الطب في دمشق')], runs)).toBe(false);
  });

  it('says so when the folder holds no corpus files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-empty-'));
    mkdirSync(join(dir, WIKI_FOLDER), { recursive: true });
    expect(() => loadWikiText(dir)).toThrow(/no doc_\*\.txt/);
  });
});
