// Typed arrays over a file's bytes for the binary files the engine ships (the tagger's weights,
// the name model's counts): a view where alignment and byte order allow, so loading costs no pass
// over the data, else a little-endian copy.

type TypedArray = Int32Array | Int16Array | Uint16Array | Uint32Array | Float32Array | Float64Array;
type TypedArrayType<T extends TypedArray> = {
  new (buffer: ArrayBufferLike, offset: number, length: number): T;
  BYTES_PER_ELEMENT: number;
};

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The `n` little-endian values of `Type` at bytes[at, at + n × size). */
export function arrayAt<T extends TypedArray>(bytes: Uint8Array, at: number, n: number, Type: TypedArrayType<T>): T {
  const size = Type.BYTES_PER_ELEMENT;
  const start = bytes.byteOffset + at;
  if (littleEndian && start % size === 0) return new Type(bytes.buffer, start, n);
  const copy = new Uint8Array(n * size);
  for (let i = 0; i < n * size; i += size)
    for (let k = 0; k < size; k++) copy[i + k] = bytes[at + i + (littleEndian ? k : size - 1 - k)]!;
  return new Type(copy.buffer, 0, n);
}

/** Writes `values` little-endian into out at byte offset `at`; returns the offset after them. */
export function putArray(out: Uint8Array, at: number, values: TypedArray): number {
  const size = values.BYTES_PER_ELEMENT;
  const raw = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (littleEndian) out.set(raw, at);
  else
    for (let i = 0; i < raw.length; i += size) for (let k = 0; k < size; k++) out[at + i + k] = raw[i + size - 1 - k]!;
  return at + values.byteLength;
}
