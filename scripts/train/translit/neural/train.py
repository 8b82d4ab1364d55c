#!/usr/bin/python3
# Trains the neural candidate generator for English spellings of Arabic name words: a character
# encoder-decoder (bidirectional GRU encoder, GRU decoder with Luong attention and input feeding)
# and writes its weights, quantised to 8 bits with one scale per row, to OUT_JSON, which
# `gen:translit --neural OUT_JSON` puts in the name model and lib/translit/neural.ts runs (pure
# TypeScript, beam search). The best epoch on a sample of the dev words is written after each epoch.
#
# Usage: /usr/bin/python3 train.py PAIRS_DIR OUT_JSON [--epochs N] [--seed S]
#   PAIRS_DIR holds train.tsv and dev.tsv from dump-pairs.ts. Run by `npm run train:translit-neural`
#   (Debian's python3-torch; never run by CI). One CPU thread, fixed seed: the same inputs give
#   the same weights on the same torch build.
import json
import math
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)

EMB = 24
ENC = 48  # per direction
DEC = 64
BATCH = 128
PAD, BOS, EOS = 0, 1, 2


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def read_pairs(path):
    out = []
    for line in open(path, encoding="utf-8"):
        ar, en, w = line.rstrip("\n").split("\t")
        out.append((ar, en, float(w)))
    return out


def read_dev(path):
    out = []
    for line in open(path, encoding="utf-8"):
        ar, gold = line.rstrip("\n").split("\t")
        out.append((ar, set(gold.split("|"))))
    return out


class Model(nn.Module):
    def __init__(self, n_src, n_tgt):
        super().__init__()
        self.src_emb = nn.Embedding(n_src, EMB, padding_idx=PAD)
        self.enc = nn.GRU(EMB, ENC, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * ENC, DEC)
        self.tgt_emb = nn.Embedding(n_tgt, EMB, padding_idx=PAD)
        self.cell = nn.GRUCell(EMB + DEC, DEC)
        self.attn = nn.Linear(2 * ENC, DEC, bias=False)  # keys: enc @ attn.T, score = h . key
        self.combine = nn.Linear(DEC + 2 * ENC, DEC)
        self.out = nn.Linear(DEC, n_tgt)
        self.drop = nn.Dropout(0.2)

    def encode(self, src, lengths):
        emb = self.drop(self.src_emb(src))
        packed = nn.utils.rnn.pack_padded_sequence(emb, lengths.cpu(), batch_first=True, enforce_sorted=False)
        enc, last = self.enc(packed)
        enc, _ = nn.utils.rnn.pad_packed_sequence(enc, batch_first=True, total_length=src.size(1))
        h = torch.tanh(self.bridge(torch.cat([last[0], last[1]], dim=1)))
        return enc, self.attn(enc), h

    def step(self, prev, h, feed, enc, keys, mask):
        h = self.cell(torch.cat([self.drop(self.tgt_emb(prev)), feed], dim=1), h)
        score = torch.bmm(keys, h.unsqueeze(2)).squeeze(2).masked_fill(~mask, -1e9)
        ctx = torch.bmm(F.softmax(score, dim=1).unsqueeze(1), enc).squeeze(1)
        feed = torch.tanh(self.combine(torch.cat([h, ctx], dim=1)))
        return self.out(self.drop(feed)), h, feed

    def loss(self, src, lengths, tgt, weights):
        enc, keys, h = self.encode(src, lengths)
        mask = src != PAD
        feed = torch.zeros(src.size(0), DEC)
        total = torch.zeros(src.size(0))
        for t in range(tgt.size(1) - 1):
            logits, h, feed = self.step(tgt[:, t], h, feed, enc, keys, mask)
            total = total + F.cross_entropy(logits, tgt[:, t + 1], ignore_index=PAD, reduction="none")
        return (total * weights).sum() / weights.sum()

    @torch.no_grad()
    def greedy(self, src, lengths, max_len=24):
        enc, keys, h = self.encode(src, lengths)
        mask = src != PAD
        feed = torch.zeros(src.size(0), DEC)
        prev = torch.full((src.size(0),), BOS, dtype=torch.long)
        out = []
        for _ in range(max_len):
            logits, h, feed = self.step(prev, h, feed, enc, keys, mask)
            prev = logits.argmax(dim=1)
            out.append(prev)
        return torch.stack(out, dim=1)


def batches(items, size, shuffle):
    order = list(range(len(items)))
    if shuffle:
        # Batches of similar target length (the decoder loop runs to a batch's longest word),
        # taken in random order.
        random.shuffle(order)
        order.sort(key=lambda j: len(items[j][1]))
        chunks = [order[i : i + size] for i in range(0, len(order), size)]
        random.shuffle(chunks)
        order = [j for c in chunks for j in c]
    for i in range(0, len(order), size):
        yield [items[j] for j in order[i : i + size]]


def tensor(seqs):
    n = max(len(s) for s in seqs)
    return torch.tensor([s + [PAD] * (n - len(s)) for s in seqs], dtype=torch.long)


def quantise(t):
    # Per row: int8 codes and one float scale (max |w| / 127).
    m = t.detach().float()
    if m.dim() == 1:
        m = m.unsqueeze(0)
    scale = m.abs().max(dim=1).values.clamp(min=1e-8) / 127
    codes = torch.round(m / scale.unsqueeze(1)).to(torch.int8)
    return {
        "shape": list(t.shape),
        "scale": [float("%.6g" % s) for s in scale.tolist()],
        "q": bytes(codes.flatten().to(torch.uint8).tolist()).hex(),
    }


def main():
    pairs_dir, out_path = sys.argv[1], sys.argv[2]
    epochs = arg("--epochs", 8)
    seed = arg("--seed", 1)
    random.seed(seed)
    torch.manual_seed(seed)
    train = read_pairs(pairs_dir + "/train.tsv")
    dev = read_dev(pairs_dir + "/dev.tsv")
    src_chars = sorted({c for ar, _, _ in train for c in ar})
    tgt_chars = sorted({c for _, en, _ in train for c in en})
    src_ix = {c: i + 3 for i, c in enumerate(src_chars)}  # 0 pad, 1 unused, 2 unknown letter
    tgt_ix = {c: i + 3 for i, c in enumerate(tgt_chars)}
    enc_src = lambda ar: [src_ix.get(c, 2) for c in ar]
    items = [(enc_src(ar), [BOS] + [tgt_ix[c] for c in en] + [EOS], w) for ar, en, w in train]
    dev_sample = dev[:: max(1, len(dev) // 1500)]
    model = Model(len(src_chars) + 3, len(tgt_chars) + 3)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.8)
    print(f"{len(items)} pairs, {len(dev)} dev words ({len(dev_sample)} scored per epoch), "
          f"{sum(p.numel() for p in model.parameters())} parameters", flush=True)
    best = -1.0
    for epoch in range(epochs):
        model.train()
        t0, seen, total = time.time(), 0, 0.0
        for batch in batches(items, BATCH, True):
            src = tensor([b[0] for b in batch])
            loss = model.loss(src, torch.tensor([len(b[0]) for b in batch]), tensor([b[1] for b in batch]),
                              torch.tensor([b[2] for b in batch]))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            seen += 1
            total += loss.item()
            if seen % 100 == 0:
                print(f"  {seen} batches, loss {total / seen:.3f}, {time.process_time():.0f} CPU s", flush=True)
        sched.step()
        model.eval()
        right = 0
        inv = {i: c for c, i in tgt_ix.items()}
        for batch in batches(dev_sample, 256, False):
            src = tensor([enc_src(ar) for ar, _ in batch])
            out = model.greedy(src, torch.tensor([len(ar) for ar, _ in batch]))
            for (ar, gold), row in zip(batch, out.tolist()):
                word = "".join(inv.get(i, "") for i in (row[: row.index(EOS)] if EOS in row else row))
                right += word in gold
        acc = right / len(dev_sample)
        print(f"epoch {epoch + 1}: loss {total / seen:.3f}, dev greedy {100 * acc:.1f}% "
              f"({time.time() - t0:.0f} s)", flush=True)
        if acc > best:
            # Written at every better epoch, so that a run cut short leaves its best weights.
            best = acc
            export(model, src_chars, tgt_chars, best, out_path)


def export(model, src_chars, tgt_chars, best, out_path):
    weights = {k: quantise(v) for k, v in model.state_dict().items()}
    doc = {
        "version": 1,
        "dims": {"emb": EMB, "enc": ENC, "dec": DEC},
        "src": "".join(src_chars),
        "tgt": "".join(tgt_chars),
        "devGreedy": round(100 * best, 1),
        "weights": weights,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, separators=(",", ":"), ensure_ascii=False)
    print(f"wrote {out_path}: dev greedy {100 * best:.1f}%", flush=True)


if __name__ == "__main__":
    main()
