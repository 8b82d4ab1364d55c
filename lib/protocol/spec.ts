// What the message tables (messages.ts, tab-messages.ts) are made of: a message's request fields
// and answer as schemas, and a parser for a table of them.
import * as v from 'valibot';
import { err, type Result } from '../result';
import { check, exact, isRecord } from './check';

export interface Spec<E extends v.ObjectEntries, R extends v.GenericSchema> {
  /** The request's fields besides its type. */
  fields: v.StrictObjectSchema<E, undefined>;
  answer: R;
  /** Whether a content script (a web page's tab) may send it; the rest are for extension pages only. */
  fromContent: boolean;
}
export const spec = <E extends v.ObjectEntries, R extends v.GenericSchema>(
  fields: E,
  answer: R,
  fromContent = false,
): Spec<E, R> => ({ fields: exact(fields), answer, fromContent });

/**
 * A parser for a table of specs: each request schema is the strict object of its type's fields,
 * so what it outputs is the request of that type, which M (the union of them) records once, here.
 */
export function parserOf<M extends { type: string }>(
  specs: Record<string, { fields: v.StrictObjectSchema<v.ObjectEntries, undefined> }>,
  what: string,
) {
  const requests = new Map(
    Object.entries(specs).map(([type, s]) => [
      type,
      exact({ type: v.literal(type), ...s.fields.entries }) as v.GenericSchema<unknown, M>,
    ]),
  );
  return (raw: unknown): Result<M> => {
    if (!isRecord(raw) || typeof raw.type !== 'string') return err('message has no type');
    const schema = requests.get(raw.type);
    return schema ? check(schema, raw, 'message') : err(`unknown ${what}: ${raw.type.slice(0, 40)}`);
  };
}
