// A map from token positions to candidates, for the stages that look candidates up by where they
// start or end. A page has about 100,000 tokens and tens of thousands of candidates, and each stage
// built its own Map of them: a typed array of slots costs a fraction of that and leaves no garbage.

// V8 describes TokenMap's objects by a map that only those objects hold. When a full collection
// finds none of them alive (between two pages) the map goes, and every stage whose optimised code
// named it (each one reading a TokenMap) loses that code and is optimised again on the next page.
// One empty TokenMap, made once the engine has made enough for V8 to settle their layout, keeps
// the map alive.
let made = 0;
const KEEP_AFTER = 16;
const kept: TokenMap<never>[] = [];

export class TokenMap<C> {
  /** values index + 1 by position; 0 is empty (a new typed array comes zeroed: no fill pass). */
  private readonly slots: Int32Array;
  private readonly values: C[] = [];

  /** Positions 0 to size - 1 (a document's token count + 1 holds every end). */
  constructor(size: number) {
    this.slots = new Int32Array(size);
    if (++made === KEEP_AFTER) kept.push(new TokenMap(0));
  }

  /** Each candidate under key(c); a later one at the same position replaces an earlier, as Map.set does. */
  static of<C>(size: number, cands: readonly C[], key: (c: C) => number): TokenMap<C> {
    const m = new TokenMap<C>(size);
    // By index: a for-of here left V8 an iterator result to allocate per candidate (the callers
    // hand in arrays of several candidate shapes, so the loop is not optimised for one).
    for (let n = 0; n < cands.length; n++) m.set(key(cands[n]!), cands[n]!);
    return m;
  }

  get(i: number): C | undefined {
    const k = this.slots[i];
    return k === undefined || k === 0 ? undefined : this.values[k - 1];
  }

  has(i: number): boolean {
    const k = this.slots[i];
    return k !== undefined && k > 0;
  }

  set(i: number, c: C): this {
    const k = this.slots[i];
    if (k === undefined) throw new RangeError(`token ${i} outside 0..${this.slots.length - 1}`);
    if (k > 0) this.values[k - 1] = c;
    else this.slots[i] = this.values.push(c);
    return this;
  }
}
