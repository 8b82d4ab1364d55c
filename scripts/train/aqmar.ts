// Reader for the AQMAR Arabic Wikipedia NER corpus (Mohit et al., EACL 2012; CC BY-SA 3.0): 28
// Wikipedia articles, about 74,000 tokens, PER/LOC/ORG/MIS. Used only as extra training text for the
// tagger; NewsFANE stays the only evaluation. Read by hand from a copy given on the command line:
// the corpus as redistributed with the Topcoder Arabic NER solution (github.com/LiyuanLucasLiu/ArabicNER,
// data/{train,dev,test}.txt: "token TAG" lines, MIS classes merged, blank line between sentences).
// All three of its files are read: its own split means nothing here.
//
// Conventions mapped to ours (scripts/eval/newsfane.ts):
// - MIS (works, events, products, chemicals, software) → O, as NewsFANE's product classes.
// - A one-word definite plural tagged PER (الصليبيين, المسلمون, الفرنسيون) is a community, which
//   NewsFANE files under Group → O. Proper names of that shape are short (الحسين, المأمون).
// - Split proclitics and suffix pronouns (و أفريقيا, ل أسواق) are glued back as NewsFANE's are;
//   a clitic before a span's first word joins the span.
// - A span that starts with I- opens a span (annotation slips).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clitics } from '../../lib/text/clitics';
import type { EntityType } from '../../lib/types';
import { rejoinClitics, toGold, type Bio, type GoldSentence, type RawToken } from '../eval/newsfane';

const TYPES: Record<string, EntityType | null> = { PER: 'person', LOC: 'place', ORG: 'organization', MIS: null };
const FILES = ['data/train.txt', 'data/dev.txt', 'data/test.txt'];

/** A definite plural of six letters or more (المسلمين, الصليبيون): a community, not a person. */
export function isCommunity(word: string): boolean {
  const c = clitics(word);
  return c.article && c.bare.length >= 6 && /(ين|ون)$/.test(c.bare);
}

export function parseAqmar(raw: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let cur: RawToken[] = [];
  const flush = (): void => {
    if (cur.length) out.push(toGold(rejoinClitics(communitiesToO(cur))));
    cur = [];
  };
  let prev: EntityType | null = null;
  for (const line of raw.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2) {
      flush();
      prev = null;
      continue;
    }
    const [text, label] = [parts.slice(0, -1).join(' '), parts[parts.length - 1]!];
    const m = /^([BI])-(PER|LOC|ORG|MIS)$/.exec(label);
    if (label !== 'O' && !m) throw new Error(`AQMAR: bad label ${label}`);
    const type = m ? TYPES[m[2]!]! : null;
    const tag: Bio = !type ? 'O' : m![1] === 'I' && prev === type ? `I-${type}` : `B-${type}`;
    prev = type;
    cur.push({ text, fine: m ? m[2]! : 'O', tag });
  }
  flush();
  return out;
}

function communitiesToO(tokens: RawToken[]): RawToken[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    const alone = t.tag === 'B-person' && !(next && next.tag === 'I-person');
    return alone && isCommunity(t.text) ? { ...t, tag: 'O', fine: 'O' } : t;
  });
}

/** Every sentence of the copy at `dir` (the repository folder holding data/). */
export function loadAqmar(dir: string): GoldSentence[] {
  return FILES.flatMap((f) => parseAqmar(readFileSync(join(dir, f), 'utf8')));
}
