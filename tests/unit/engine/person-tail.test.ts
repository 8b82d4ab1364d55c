// A guessed name of two words or more takes the one family name it stops short of when the
// sentence closes the name right after that word (lib/engine/person-tail.ts).
import { describe, expect, it } from 'vitest';
import { personTail } from '@/lib/engine/person-tail';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** Runs personTail on the guess written between [ and ]; returns the grown span's words. */
function grow(sentence: string, known = false): string {
  const text = sentence.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const start = tokens.findIndex((t) => t.start >= sentence.indexOf('['));
  const end = tokens.findIndex((t) => t.start >= sentence.indexOf(']') - 1);
  const c: Candidate = {
    start,
    end: end < 0 ? tokens.length : end,
    type: 'person',
    source: 'tagger',
    known,
    english: null,
    id: null,
    prefix: '',
  };
  const grown = personTail(
    doc,
    cues,
    c,
    () => true,
    (k) => k === 'البحريني',
  );
  return tokens
    .slice(grown.start, grown.end)
    .map((t) => t.text)
    .join(' ');
}

const CASES: [label: string, marked: string, expected: string][] = [
  ['a title closes the name', 'وأشاد الدكتور [محمد بن حمد سيف] الرمحي وزير النفط', 'محمد بن حمد سيف الرمحي'],
  ['a comma closes the name', 'وكتب المؤرخ الكبير [ابن الأبار] القضاعي ، ثم', 'ابن الأبار القضاعي'],
  ['a definite family name no list holds', 'لعلماء المسلمين [محمد سليم] العوا ، والأمين العام', 'محمد سليم العوا'],
  ['a bracket closes the name', 'ف ( [عبد الكريم] خطابي ) كان زعيما', 'عبد الكريم خطابي'],
  ['what was said closes the name', 'وقال [جان دافيد] ليفيت إن المشروع جاهز', 'جان دافيد ليفيت'],
  ['a verb of saying closes the name', 'ثم [هانز أوليش] كوهلر وقال إن', 'هانز أوليش كوهلر'],
  ['who was spoken to closes the name', 'وقال [جان دافيد] ليفيت للصحفيين إن', 'جان دافيد ليفيت'],
  // must not grow: nothing closes the name, one word, a known name
  ['no closer after the word', 'وقال [جان دافيد] ليفيت مشروع قرار', 'جان دافيد'],
  ['a one-word guess', 'وقال [جان] ليفيت إن', 'جان'],
  ['a known name', 'وقال [جان دافيد] ليفيت إن', 'جان دافيد'],
  // ... nor a word that reads as no family name
  ['a title', 'وقال العميد [شارل شيخاني] قائد اللواء', 'شارل شيخاني'],
  ['an office noun', 'واللواء [سمير عوض] مساعد وزير الداخلية', 'سمير عوض'],
  ['a word with its own و', 'والشاعر [أحمد حجازي] وغيرهم .', 'أحمد حجازي'],
  ['a definite adjective', 'سجل النجم [محمد زيدان] المحترف في فيردر', 'محمد زيدان'],
  ['a definite adjective in ى', 'قبر [محمود الجيلاني] المتوفى في عام', 'محمود الجيلاني'],
  ['a rank after an athlete', 'وجاء المغربي [عبد الرحيم الحسناوي] ثالثا .', 'عبد الرحيم الحسناوي'],
  ['a rank ends the name', 'وحل الكيني [بونغي ويلفريد] ثانيا .', 'بونغي ويلفريد'],
  ['a particle before أن', 'وظهرت الممثلة [كيت بيكنسيل] إلا أنه', 'كيت بيكنسيل'],
  ['a short particle', 'بين قدمي الحارس [إيكر كاسياس] بيد أن', 'إيكر كاسياس'],
  ['a country adjective', 'وقال اللاعب [محمد عدنان] البحريني ،', 'محمد عدنان'],
  ['a common word', 'وقال [جان دافيد] أمس ،', 'جان دافيد'],
  ['a word before a common word with لـ', 'وقال [جان دافيد] ليفيت لمشروع قرار', 'جان دافيد'],
  ['a feminine noun', 'وقال [جان دافيد] مرة ،', 'جان دافيد'],
  ['a preposition on a word', 'الكاميروني [صامويل إيتو] بتمزق في غضروف', 'صامويل إيتو'],
  ['a pronoun on a word', 'ومن نوعه [جرجي باز] عندنا في لبنان', 'جرجي باز'],
  ['a time of day before أمس', 'ومساعده [عبدالله مبارك] صباح أمس على', 'عبدالله مبارك'],
  ['a noun before a definite title', 'لقائه مع [هاشمي سماري] موفد الرئيس الإيراني', 'هاشمي سماري'],
];

describe('personTail', () => {
  it.each(CASES)('%s: %s', (label, marked, expected) => {
    expect(grow(marked, label === 'a known name')).toBe(expected);
  });
});
