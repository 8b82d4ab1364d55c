// The neural candidate generator: a character encoder-decoder (bidirectional GRU encoder, GRU
// decoder with dot-product attention and input feeding) trained offline
// (scripts/train/translit/neural/train.py), run here by beam search in plain TypeScript. Weights
// come as 8-bit codes with one scale per row (neural.generated.json) and are expanded on load.

import type { Candidate, Decoder } from './decode';
import type { Lexicon, WordRange } from './lexicon';

interface Quantised {
  shape: number[];
  /** One scale per row (a vector is one row). */
  scale: number[];
  /** The int8 codes, row-major, as hex of their two's-complement bytes. */
  q: string;
}

export interface NeuralWeights {
  version: number;
  dims: { emb: number; enc: number; dec: number };
  /** Arabic letters in index order (index = position + 3). */
  src: string;
  /** English letters in index order (index = position + 3). */
  tgt: string;
  weights: Record<string, Quantised>;
}

/** Beam width where the caller names none (4 found as many dev words as 8, at half the cost). */
const BEAM = 4;

const BOS = 1;
const EOS = 2;
const UNKNOWN = 2;
const MAX_LEN = 24;

function expand(w: Quantised): Float32Array {
  const out = new Float32Array(w.q.length / 2);
  const cols = out.length / w.scale.length;
  for (let i = 0; i < out.length; i++) {
    const byte = parseInt(w.q.substr(2 * i, 2), 16);
    out[i] = (byte > 127 ? byte - 256 : byte) * w.scale[Math.floor(i / cols)]!;
  }
  return out;
}

/** out[r] = bias[r] + sum_c W[r][c] * x[c], for the `cols` values of x from `at`. */
function matVec(
  W: Float32Array,
  bias: Float32Array | null,
  x: Float32Array,
  out: Float32Array,
  cols = x.length,
  at = 0,
  add = false,
): void {
  const rows = out.length;
  for (let r = 0; r < rows; r++) {
    let s = add ? out[r]! : bias ? bias[r]! : 0;
    const base = r * cols;
    for (let c = 0; c < cols; c++) s += W[base + c]! * x[at + c]!;
    out[r] = s;
  }
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

interface Gru {
  ih: Float32Array;
  hh: Float32Array;
  bih: Float32Array;
  bhh: Float32Array;
  size: number;
}

/** One PyTorch GRU step (gates r, z, n in that order); returns the new hidden state. */
function gruStep(g: Gru, x: Float32Array, h: Float32Array): Float32Array {
  const n = g.size;
  const gi = new Float32Array(3 * n);
  const gh = new Float32Array(3 * n);
  matVec(g.ih, g.bih, x, gi);
  matVec(g.hh, g.bhh, h, gh);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const r = sigmoid(gi[i]! + gh[i]!);
    const z = sigmoid(gi[n + i]! + gh[n + i]!);
    const cand = Math.tanh(gi[2 * n + i]! + r * gh[2 * n + i]!);
    out[i] = (1 - z) * cand + z * h[i]!;
  }
  return out;
}

interface Encoding {
  states: Float32Array[];
  keys: Float32Array[];
  h0: Float32Array;
}

interface Hyp {
  en: string;
  logProb: number;
  h: Float32Array;
  feed: Float32Array;
  prev: number;
  range: WordRange | null;
}

export interface NeuralDecoder extends Decoder {
  /** Natural log of the probability the network gives `en` (lowercase a–z) for the Arabic key. */
  score(key: string, en: string): number;
}

/** A decoder (decode.ts) over the network; the weights are expanded when first needed. */
export function createNeural(doc: NeuralWeights): NeuralDecoder {
  let built: NeuralDecoder | null = null;
  const ready = () => (built ??= buildNeural(doc));
  return {
    decode: (key, nBest, only, beam) => ready().decode(key, nBest, only, beam),
    knows: (letter) => doc.src.includes(letter),
    score: (key, en) => ready().score(key, en),
  };
}

function buildNeural(doc: NeuralWeights): NeuralDecoder {
  const { emb, enc, dec } = doc.dims;
  const W = (name: string): Float32Array => {
    const w = doc.weights[name];
    if (!w) throw new Error(`neural name model: weight ${name} missing`);
    return expand(w);
  };
  const gru = (prefix: string, suffix: string, size: number): Gru => ({
    ih: W(`${prefix}.weight_ih${suffix}`),
    hh: W(`${prefix}.weight_hh${suffix}`),
    bih: W(`${prefix}.bias_ih${suffix}`),
    bhh: W(`${prefix}.bias_hh${suffix}`),
    size,
  });
  const srcEmb = W('src_emb.weight');
  const tgtEmb = W('tgt_emb.weight');
  const fwd = gru('enc', '_l0', enc);
  const bwd = gru('enc', '_l0_reverse', enc);
  const cell = gru('cell', '', dec);
  const bridgeW = W('bridge.weight');
  const bridgeB = W('bridge.bias');
  const attn = W('attn.weight');
  const combineW = W('combine.weight');
  const combineB = W('combine.bias');
  const outW = W('out.weight');
  const outB = W('out.bias');
  const srcIndex = new Map([...doc.src].map((c, i) => [c, i + 3]));
  const tgt = [...doc.tgt];
  const nTgt = tgt.length + 3;

  // The last key's encoding: a reranker scores several spellings of one word in a row.
  let lastKey = '';
  let lastEncoding: Encoding | null = null;
  function encode(key: string): Encoding {
    if (key !== lastKey || !lastEncoding) {
      lastEncoding = encodeWord(key);
      lastKey = key;
    }
    return lastEncoding;
  }

  function encodeWord(key: string): Encoding {
    const xs = [...key].map((c) => {
      const i = srcIndex.get(c) ?? UNKNOWN;
      return srcEmb.subarray(i * emb, (i + 1) * emb);
    });
    const f: Float32Array[] = [];
    const b: Float32Array[] = new Array<Float32Array>(xs.length);
    let h: Float32Array = new Float32Array(enc);
    for (const x of xs) f.push((h = gruStep(fwd, x, h)));
    h = new Float32Array(enc);
    for (let t = xs.length - 1; t >= 0; t--) b[t] = h = gruStep(bwd, xs[t]!, h);
    const states = xs.map((_, t) => {
      const s = new Float32Array(2 * enc);
      s.set(f[t]!);
      s.set(b[t]!, enc);
      return s;
    });
    const keys = states.map((s) => {
      const k = new Float32Array(dec);
      matVec(attn, null, s, k);
      return k;
    });
    const last = new Float32Array(2 * enc);
    last.set(f[f.length - 1]!);
    last.set(b[0]!, enc);
    const h0 = new Float32Array(dec);
    matVec(bridgeW, bridgeB, last, h0);
    for (let i = 0; i < dec; i++) h0[i] = Math.tanh(h0[i]!);
    return { states, keys, h0 };
  }

  /** One decoder step: the next hidden state, input feed and log-probabilities of each letter. */
  function step(prev: number, h: Float32Array, feed: Float32Array, states: Float32Array[], keys: Float32Array[]) {
    const x = new Float32Array(emb + dec);
    x.set(tgtEmb.subarray(prev * emb, (prev + 1) * emb));
    x.set(feed, emb);
    const hNew = gruStep(cell, x, h);
    const scores = keys.map((k) => {
      let s = 0;
      for (let i = 0; i < dec; i++) s += k[i]! * hNew[i]!;
      return s;
    });
    const top = Math.max(...scores);
    const weights = scores.map((s) => Math.exp(s - top));
    const sum = weights.reduce((a, v) => a + v, 0);
    const both = new Float32Array(dec + 2 * enc);
    both.set(hNew);
    states.forEach((s, t) => {
      const a = weights[t]! / sum;
      for (let i = 0; i < 2 * enc; i++) both[dec + i]! += a * s[i]!;
    });
    const feedNew = new Float32Array(dec);
    matVec(combineW, combineB, both, feedNew);
    for (let i = 0; i < dec; i++) feedNew[i] = Math.tanh(feedNew[i]!);
    const logits = new Float32Array(nTgt);
    matVec(outW, outB, feedNew, logits);
    let max = -Infinity;
    for (let i = 0; i < nTgt; i++) max = Math.max(max, logits[i]!);
    let z = 0;
    for (let i = 0; i < nTgt; i++) z += Math.exp(logits[i]! - max);
    const logZ = max + Math.log(z);
    for (let i = 0; i < nTgt; i++) logits[i] = logits[i]! - logZ;
    return { h: hNew, feed: feedNew, logp: logits };
  }

  function decode(key: string, nBest = 1, only?: Lexicon, beam = Math.max(BEAM, nBest)): Candidate[] {
    if (key.length === 0) return [];
    const { states, keys, h0 } = encode(key);
    let live: Hyp[] = [
      { en: '', logProb: 0, h: h0, feed: new Float32Array(dec), prev: BOS, range: only ? only.all() : null },
    ];
    const done: Candidate[] = [];
    for (let depth = 0; depth < MAX_LEN && live.length > 0; depth++) {
      const next: Hyp[] = [];
      for (const hyp of live) {
        const { h, feed, logp } = step(hyp.prev, hyp.h, hyp.feed, states, keys);
        if (!only || only.complete(hyp.range!, depth)) done.push({ en: hyp.en, logProb: hyp.logProb + logp[EOS]! });
        for (let i = 3; i < nTgt; i++) {
          const range = only ? only.extend(hyp.range!, depth, tgt[i - 3]!) : null;
          if (only && !range) continue;
          next.push({ en: hyp.en + tgt[i - 3]!, logProb: hyp.logProb + logp[i]!, h, feed, prev: i, range });
        }
      }
      next.sort((a, b) => b.logProb - a.logProb);
      done.sort((a, b) => b.logProb - a.logProb);
      // Log-probabilities only fall: once n finished beat every live one, nothing can overtake them.
      const floor = done.length >= nBest ? done[nBest - 1]!.logProb : -Infinity;
      live = next.slice(0, beam).filter((hyp) => hyp.logProb > floor);
    }
    return done.filter((c) => c.en.length > 0).slice(0, nBest);
  }

  function score(key: string, en: string): number {
    if (key.length === 0) return -Infinity;
    const { states, keys, h0 } = encode(key);
    let h = h0;
    let feed = new Float32Array(dec);
    let prev = BOS;
    let total = 0;
    for (const c of [...en, '']) {
      const out = step(prev, h, feed, states, keys);
      const i = c ? tgt.indexOf(c) + 3 : EOS;
      if (i < 3 && c) return -Infinity;
      total += out.logp[i]!;
      ({ h, feed } = out);
      prev = i;
    }
    return total;
  }

  return { decode, knows: (letter) => srcIndex.has(letter), score };
}
