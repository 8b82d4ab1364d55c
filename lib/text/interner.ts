// One string per distinct word form, found by hashing the characters where they lie (no slice
// first). A page says its common words thousands of times: sharing their strings saves an
// allocation per token, keeps the young generation free of a million short strings that survive
// the page's whole annotation, and lets every later Map keyed by a word reuse the hash V8 keeps
// on the string object.

const EMPTY = 0; // slots hold id + 1

const HASH_SEED = 0x811c9dc5 | 0;

/** One step of the hash (FNV-1a over UTF-16 units). */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export class Interner {
  /** The forms, by id. A clear starts a new array: tables made before it keep theirs. */
  strings: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(2048);

  get size(): number {
    return this.strings.length;
  }

  /** Forgets every form (ids start again at 0). */
  clear(): void {
    this.strings = [];
    this.slots.fill(EMPTY);
  }

  /**
   * Id of src.slice(from, to), adding it if new. One method with its hash and its copy in it, on
   * purpose: V8 inlines no function of more than 460 bytes of bytecode, and tokenTable's loop,
   * compiled with this inlined in it, took twice as long on a page's first call (the compile ran
   * while the loop waited in the interpreter); compiled apart, each is small and ready sooner.
   */
  intern(src: string, from: number, to: number): number {
    const len = to - from;
    let h = HASH_SEED;
    for (let k = from; k < to; k++) h = hashStep(h, src.charCodeAt(k));
    let mask = this.slots.length - 1;
    let s = h & mask;
    for (;;) {
      const slot = this.slots[s]!;
      if (slot === EMPTY) break;
      const id = slot - 1;
      if (this.hashes[id] === h) {
        const str = this.strings[id]!;
        if (str.length === len) {
          let k = 0;
          while (k < len && str.charCodeAt(k) === src.charCodeAt(from + k)) k++;
          if (k === len) return id;
        }
      }
      s = (s + 1) & mask;
    }
    const id = this.strings.length;
    // Its own copy: V8 makes a slice of 13 or more characters a view that keeps all of src alive,
    // and the forms outlive the page they were read from.
    if (len < 13) {
      this.strings.push(src.slice(from, to));
    } else {
      const codes: number[] = [];
      for (let k = from; k < to; k++) codes.push(src.charCodeAt(k));
      this.strings.push(String.fromCharCode(...codes));
    }
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    if (2 * (id + 1) > this.slots.length) {
      this.rehash(this.slots.length * 2);
      mask = this.slots.length - 1;
      s = h & mask;
      while (this.slots[s] !== EMPTY) s = (s + 1) & mask;
    }
    this.slots[s] = id + 1;
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.strings.length - 1; id++) {
      let s = this.hashes[id]! & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}
