"""Word vectors for the neural teacher (teacher.py), learned from unlabelled Arabic Wikipedia text.

Counts how often two forms (clitics off: the "b" field of export-data.ts's wiki.jsonl) occur within
two words of each other, weights the counts by positive pointwise mutual information (context counts
smoothed by the power 0.75) and keeps the main directions of that matrix (a truncated SVD, torch's
randomised one on a sparse matrix), scaled by the square root of their strength: words used in the
same company get near vectors (Levy, Goldberg & Dagan, TACL 2015). Offline only; nothing here ships.

    /usr/bin/python3 scripts/train/neural/embed.py OUT_DIR/wiki.jsonl OUT_DIR/vectors.npz [--words 50000] [--dim 100]
"""

import argparse
import json
import time

import numpy as np
import torch

WINDOW = 2


def count_pairs(path, n_words):
    freq = {}
    sentences = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            b = json.loads(line)["b"]
            sentences.append(b)
            for w in b:
                freq[w] = freq.get(w, 0) + 1
    vocab = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n_words]]
    index = {w: i for i, w in enumerate(vocab)}
    ids = []
    for s in sentences:
        ids.extend(index.get(w, -1) for w in s)
        ids.extend([-1] * WINDOW)  # no pair crosses a sentence end
    ids = np.asarray(ids, dtype=np.int64)
    n = len(vocab)
    codes = []
    for d in range(1, WINDOW + 1):
        a, b = ids[:-d], ids[d:]
        keep = (a >= 0) & (b >= 0)
        a, b = a[keep], b[keep]
        codes += [a * n + b, b * n + a]
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    return vocab, pairs // n, pairs % n, counts.astype(np.float64)


def ppmi(rows, cols, counts, n):
    total = counts.sum()
    row_sum = np.bincount(rows, weights=counts, minlength=n)
    ctx = np.bincount(cols, weights=counts, minlength=n) ** 0.75
    pmi = np.log(counts * ctx.sum() / (row_sum[rows] * ctx[cols]))
    keep = pmi > 0
    return rows[keep], cols[keep], pmi[keep]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wiki")
    ap.add_argument("out")
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--dim", type=int, default=100)
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.manual_seed(7)
    t0 = time.time()
    vocab, rows, cols, counts = count_pairs(args.wiki, args.words)
    n = len(vocab)
    rows, cols, vals = ppmi(rows, cols, counts, n)
    print(f"{n} forms, {len(vals)} positive cells, {time.time() - t0:.0f}s", flush=True)
    m = torch.sparse_coo_tensor(
        torch.from_numpy(np.stack([rows, cols])), torch.from_numpy(vals).float(), (n, n)
    ).coalesce()
    u, s, _ = torch.svd_lowrank(m, q=args.dim, niter=4)
    vec = (u * s.sqrt()).numpy()
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-8
    np.savez_compressed(args.out, vectors=vec.astype(np.float32), vocab=np.array(vocab))
    print(f"wrote {args.out}: {n} x {args.dim}, {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
