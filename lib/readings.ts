// What the reader sees of one mention beyond the engine's own answer: where the name itself
// starts inside the span (the engine's spans keep attached proclitics, و/ل/ب/ف/ك, by its
// evaluation convention), the other readings the gazetteer had for the same letters (وجدة: the
// city Oujda, or و + جدة, Jeddah), and the reader's corrections.
//
// Context rule of a correction: it applies to every later mention with the same name form (the
// span from the name's first letter, normalised) that the engine read the same way (same entity
// id). A correction made on وجدة read as Oujda changes every وجدة read as Oujda; a mention the
// engine reads otherwise (another entity, or a longer name around it) is left alone.
import type { Gazetteer } from './gazetteer';
import { proclitics } from './text/clitics';
import { normalizeText } from './text/normalize';
import type { Reading } from './protocol/entity';
import type { Correction } from './protocol/store';
import type { EntityMention } from './types';

export type { Reading } from './protocol/entity';
export type { Correction } from './protocol/store';

export const correctionKey = (fromId: string, form: string) => `${fromId}|${form}`;

/** A mention as the reader sees it: where the name starts, the alternatives, and any correction. */
export interface ReadMention extends EntityMention {
  /** UTF-16 offset inside the span where the name itself starts (after و، ل، ب...). */
  nameStart?: number;
  alternatives?: Reading[];
  /** The engine's own reading, when the reader corrected it. */
  correctedFrom?: string;
  /** The name form corrections are keyed on (see nameForm), as the engine read the span. */
  form?: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** How many UTF-16 units of `surface` make up its first `letters` normalised letters (marks and tatweel skipped). */
function surfaceLength(surface: string, letters: number): number {
  let i = 0;
  for (let n = 0; i < surface.length && n < letters; i++) if (normalizeText(surface[i]!).length > 0) n++;
  // Marks written on the last clitic letter belong to it.
  while (i < surface.length && normalizeText(surface[i]!).length === 0) i++;
  return i;
}

/** Every split of the span's first word with the gazetteer entries whose form is the whole rest of the span. */
function splits(surface: string, gaz: Gazetteer): { prefix: string; ids: readonly number[] }[] {
  const tokens = words(normalizeText(surface));
  if (!tokens.length) return [];
  const out: { prefix: string; ids: readonly number[] }[] = [];
  for (const a of proclitics(tokens[0]!)) {
    const match = gaz.lookup([a.stem, ...tokens.slice(1)], 0).find((m) => m.length === tokens.length);
    if (match) out.push({ prefix: a.prefix, ids: match.ids });
  }
  return out;
}

/** Where the name starts inside the span: after the shortest proclitic whose rest names this entity. */
export function nameStart(surface: string, id: string, gaz: Gazetteer): number {
  const index = gaz.byId(id);
  if (index === undefined) return 0;
  const hit = splits(surface, gaz).find((s) => s.ids.includes(index));
  return hit ? surfaceLength(surface, hit.prefix.length) : 0;
}

/** Other gazetteer readings of the same letters, with or without a proclitic, best first. */
export function alternatives(surface: string, id: string, gaz: Gazetteer, max = 5): Reading[] {
  const seen = new Set([id]);
  const out: Reading[] = [];
  for (const s of splits(surface, gaz)) {
    for (const i of s.ids) {
      const e = gaz.entry(i);
      if (seen.has(e.id) || out.length >= max) continue;
      seen.add(e.id);
      out.push({ id: e.id, type: e.type, english: e.en, description: e.desc });
    }
  }
  return out;
}

/** The name form a correction is keyed on: the span from the name's first letter, normalised. */
const nameForm = (m: { text: string; nameStart?: number }) => normalizeText(m.text.slice(m.nameStart ?? 0)).trim();

const readingOf =
  (gaz: Gazetteer) =>
  (id: string): Reading | undefined => {
    const i = gaz.byId(id);
    if (i === undefined) return undefined;
    const e = gaz.entry(i);
    return { id: e.id, type: e.type, english: e.en, description: e.desc };
  };

/**
 * The engine's mentions as the reader sees them: keyed by their name form as the engine read them,
 * corrected, then with the name start and the other readings of the reading they now have.
 */
export function readMentions(
  mentions: readonly EntityMention[],
  gaz: Gazetteer,
  corrections: ReadonlyMap<string, Correction>,
): ReadMention[] {
  const keyed = mentions.map((m) => ({
    ...m,
    form: nameForm({ text: m.text, nameStart: nameStart(m.text, m.id, gaz) }),
  }));
  return applyCorrections(keyed, corrections, readingOf(gaz)).map((m) => {
    const start = nameStart(m.text, m.id, gaz);
    const alt = alternatives(m.text, m.id, gaz);
    return { ...m, ...(start ? { nameStart: start } : {}), ...(alt.length ? { alternatives: alt } : {}) };
  });
}

/**
 * The reader's corrections applied to the engine's mentions: a mention whose form and reading
 * match a correction takes the corrected reading, or is dropped ("not a name").
 */
export function applyCorrections(
  mentions: readonly ReadMention[],
  corrections: ReadonlyMap<string, Correction>,
  lookup: (id: string) => Reading | undefined,
): ReadMention[] {
  if (!corrections.size) return [...mentions];
  const out: ReadMention[] = [];
  for (const m of mentions) {
    const c = corrections.get(correctionKey(m.id, m.form ?? nameForm(m)));
    if (!c) {
      out.push(m);
      continue;
    }
    if (!c.to) continue;
    const other = c.to.id && c.to.id !== m.id ? lookup(c.to.id) : undefined;
    out.push({
      ...m,
      ...(other
        ? { id: other.id, type: other.type, english: other.english, description: other.description, known: true }
        : {}),
      ...(c.to.type ? { type: c.to.type } : {}),
      ...(c.to.english ? { english: c.to.english, known: true } : {}),
      correctedFrom: m.id,
    });
  }
  return out;
}
