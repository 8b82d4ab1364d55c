// Small runtime checks for data that crosses a trust boundary (messages, imported files).
// Each returns a message naming the first problem, or null when the value is acceptable.

export type Check = (v: unknown, path: string) => string | null;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const str =
  (max = 100_000): Check =>
  (v, p) =>
    typeof v === 'string' && v.length <= max ? null : `${p} must be a string of at most ${max} characters`;

export const optional =
  (inner: Check): Check =>
  (v, p) =>
    v === undefined || v === null ? null : inner(v, p);

export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, p) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `${p} must be an integer in ${min}..${max}`;

export const oneOf =
  (...values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : `${p} must be one of ${values.join(', ')}`;

export const isoDate: Check = (v, p) =>
  typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? null : `${p} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;

export const httpUrl: Check = (v, p) => {
  if (typeof v !== 'string' || v.length > 4096) return `${p} must be a URL`;
  return /^https?:\/\/[^\s]+$/i.test(v) ? null : `${p} must be an http(s) URL`;
};

export const arrayOf =
  (inner: Check, max = 10_000): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} must be an array`;
    if (v.length > max) return `${p} has more than ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const e = inner(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  };

export const shape =
  (fields: Record<string, Check>, allowExtra = false): Check =>
  (v, p) => {
    if (!isRecord(v)) return `${p} must be an object`;
    for (const [k, check] of Object.entries(fields)) {
      const e = check(v[k], `${p}.${k}`);
      if (e) return e;
    }
    if (!allowExtra) {
      for (const k of Object.keys(v)) if (!(k in fields)) return `${p}.${k} is not expected`;
    }
    return null;
  };
