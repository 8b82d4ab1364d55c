// Compact storage of the sparse weight table: non-zero cells as (varint gap, zigzag varint value)
// bytes, base64 in JSON. Pure TS (no atob/Buffer) so it runs in any context.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') +
      (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Integer cells (index → value, zeros skipped) to bytes. */
export function encodeSparse(values: Int32Array): Uint8Array {
  const bytes: number[] = [];
  const varint = (n: number): void => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    bytes.push(n);
  };
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === 0) continue;
    varint(i - last - 1);
    varint(v >= 0 ? v * 2 : -v * 2 - 1);
    last = i;
  }
  return Uint8Array.from(bytes);
}

/** Calls visit(cell, stored integer) for every non-zero cell, in ascending cell order. */
export function walkSparse(bytes: Uint8Array, size: number, visit: (cell: number, q: number) => void): void {
  let p = 0;
  const varint = (): number => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  };
  let cell = -1;
  while (p < bytes.length) {
    cell += varint() + 1;
    const z = varint();
    if (cell >= size) throw new Error('weight table overflow');
    visit(cell, z % 2 === 0 ? z / 2 : -(z + 1) / 2);
  }
}

export function decodeSparse(bytes: Uint8Array, size: number, scale: number): Float32Array {
  const out = new Float32Array(size);
  walkSparse(bytes, size, (cell, q) => {
    out[cell] = q / scale;
  });
  return out;
}
