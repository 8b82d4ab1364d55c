// Messages an extension page (the popup, the card) sends to the content script of a tab, and their
// answers. Apart from messages.ts, whose table the content script does not need (client.ts).
import * as v from 'valibot';
import { err, type Result } from '../result';
import { cardKey, cardLayout, pageInfo } from './card';
import { bool, check, exact, int, oneOf, orNull, text } from './check';
import { isResult } from './client';
import { pageEntity } from './entity';
import { noteId } from './note';
import { parserOf, spec } from './spec';

const done = v.literal(true);
/** How much of a long page the engine has read: the popup says so when it is not all. */
const coverage = exact({ read: int(), total: int(), done: bool });

const TAB_SPECS = {
  'tab/entities': spec(
    {},
    exact({
      site: text(300),
      lang: text(20),
      active: bool,
      reason: v.optional(oneOf(['site-off', 'not-news'] as const)),
      page: v.optional(pageInfo),
      entities: v.array(pageEntity),
      orphans: v.array(noteId),
      coverage: orNull(coverage),
    }),
  ),
  'tab/reveal': spec({ id: text(200) }, bool),
  'tab/cardClosed': spec({}, done),
  'tab/cardLayout': spec({ layout: cardLayout }, done),
  'tab/cardKey': spec({ key: cardKey }, done),
  /** Read the page again (after a correction). */
  'tab/refresh': spec({}, done),
  /** Mark a page the content script did not read on its own (the popup's "Mark this page"). */
  'tab/mark': spec({}, done),
};
export type TabMessageType = keyof typeof TAB_SPECS;
type TabRequest<K extends TabMessageType> = { type: K } & v.InferOutput<(typeof TAB_SPECS)[K]['fields']>;
export type TabAnswer<K extends TabMessageType> = v.InferOutput<(typeof TAB_SPECS)[K]['answer']>;
export type TabMessage = { [K in TabMessageType]: TabRequest<K> }[TabMessageType];
export type AskTab = <K extends TabMessageType>(m: TabRequest<K>) => Promise<Result<TabAnswer<K>>>;

export const parseTabMessage = parserOf<TabMessage>(TAB_SPECS, 'tab message');

/** The content script's answer to the popup, held to the tab message's answer schema. */
export function parseTabAnswer<K extends TabMessageType>(type: K, raw: unknown): Result<TabAnswer<K>> {
  if (!isResult(raw)) return err('no answer from the page');
  if (!raw.ok) return raw;
  const answer: v.GenericSchema<unknown, TabAnswer<K>> = TAB_SPECS[type].answer;
  return check(answer, raw.value, 'answer');
}
