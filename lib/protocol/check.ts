// The building blocks every schema of the protocol is made of, and the one way a schema is
// applied at a trust boundary: the first problem, named by its path, comes back as an error value.
import * as v from 'valibot';
import { err, ok, type Result } from '../result';

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const text = (max = 100_000) => {
  const m = `must be a string of at most ${max} characters`;
  return v.pipe(v.string(m), v.maxLength(max, m));
};

export const int = (min = 0, max = Number.MAX_SAFE_INTEGER) => {
  const m = `must be an integer in ${min}..${max}`;
  return v.pipe(v.number(m), v.integer(m), v.minValue(min, m), v.maxValue(max, m));
};

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of ${values.join(', ')}`);

export const bool = v.boolean('must be a boolean');

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const isoDate = v.pipe(
  v.string('must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  v.regex(ISO_DATE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
);

/** http(s) only, and no white space: a URL the browser itself would report for a page. */
export const httpUrl = v.pipe(
  v.string('must be a URL'),
  v.maxLength(4096, 'must be a URL'),
  v.regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL'),
);

export const arrayOf = <T extends v.GenericSchema>(item: T, max = 10_000) =>
  v.pipe(v.array(item, 'must be an array'), v.maxLength(max, `has more than ${max} items`));

/** A field that may be absent or null on the wire and is null in the value. */
export const orNull = <T extends v.GenericSchema>(inner: T) => v.nullish(inner, null);

/** An object with exactly these fields: anything more is refused, not silently carried. */
export const exact = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries);

function describeIssue(issue: v.BaseIssue<unknown>, what: string): string {
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  const where = what ? `${what}${path}` : path.replace(/^\./, '');
  if (issue.path?.at(-1)?.origin === 'key') return `${where} is not expected`;
  if (issue.type === 'strict_object' || issue.type === 'object') return `${where} must be an object`;
  return `${where} ${issue.message}`;
}

/** Applies a schema to untrusted input; `what` names the value in the message ("message"), or is empty. */
export function check<S extends v.GenericSchema>(schema: S, value: unknown, what: string): Result<v.InferOutput<S>> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  return r.success ? ok(r.output) : err(describeIssue(r.issues[0], what));
}
