"""The neural teacher: a BiLSTM-CRF NER tagger trained offline, used only to label unlabelled Arabic
Wikipedia text (silver sentences) that the shipped perceptron then also learns from. Nothing of it
ships: the page keeps the perceptron's size and speed.

Each word is read as its normal form (an embedding learned here), its form without clitics (an
embedding started from embed.py's Wikipedia vectors) and its letters (a character CNN); a
bidirectional LSTM reads the sentence and a CRF, with the transitions BIO forbids ruled out, picks
the tags. Inputs are export-data.ts's JSON lines, so the teacher trains on exactly the perceptron's
data (NewsFANE's train split without the reserved sentences, AQMAR mapped).

    /usr/bin/python3 scripts/train/neural/teacher.py train DIR [--vectors DIR/vectors.npz] [--fold F --folds K]
        trains on DIR/train.jsonl (less the fold's blocks), picks the epoch on DIR/dev.jsonl and writes
        DIR/teacher[-foldF].pt and the dev predictions DIR/dev-pred[-foldF].jsonl (scored by score.ts)
    /usr/bin/python3 scripts/train/neural/teacher.py label DIR [--fold F] [--max N] [--out FILE]
        labels DIR/wiki.jsonl: {"w", "t", "p"} lines, p the probability the CRF gives its best reading
Deterministic for a given machine and thread count (seeded); CPU only, two threads (--threads N).
"""

import argparse
import json
import os
import random
import time

import numpy as np
import torch
import torch.nn as nn

TAGS = ["O", "B-person", "I-person", "B-place", "I-place", "B-organization", "I-organization"]
NT = len(TAGS)
PAD, UNK = 0, 1
MAX_CHARS = 16
MAX_LABEL_LEN = 80


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def allowed(a, b):
    """May tag b follow tag a? (a = None: sentence start)."""
    if not TAGS[b].startswith("I-"):
        return True
    return a is not None and TAGS[a] != "O" and TAGS[a][2:] == TAGS[b][2:]


class Vocab:
    def __init__(self, words):
        self.words = ["<pad>", "<unk>"] + list(words)
        self.index = {w: i for i, w in enumerate(self.words)}

    def __call__(self, w):
        return self.index.get(w, UNK)

    def __len__(self):
        return len(self.words)


class CRF(nn.Module):
    def __init__(self):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(NT, NT))
        self.start = nn.Parameter(torch.zeros(NT))
        ban = torch.tensor([[0.0 if allowed(a, b) else -1e4 for b in range(NT)] for a in range(NT)])
        self.register_buffer("ban", ban)
        self.register_buffer("ban_start", torch.tensor([0.0 if allowed(None, b) else -1e4 for b in range(NT)]))

    def log_partition(self, em, mask):
        trans = self.trans + self.ban
        alpha = self.start + self.ban_start + em[:, 0]
        for i in range(1, em.size(1)):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, i].unsqueeze(1), nxt, alpha)
        return torch.logsumexp(alpha, dim=1)

    def path_score(self, em, tags, mask):
        trans = self.trans + self.ban
        s = self.start[tags[:, 0]] + self.ban_start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, em.size(1)):
            step = trans[tags[:, i - 1], tags[:, i]] + em[:, i].gather(1, tags[:, i : i + 1]).squeeze(1)
            s = s + step * mask[:, i]
        return s

    def viterbi(self, em, mask):
        trans = self.trans + self.ban
        score = self.start + self.ban_start + em[:, 0]
        back = []
        for i in range(1, em.size(1)):
            best, arg = (score.unsqueeze(2) + trans).max(dim=1)
            nxt = best + em[:, i]
            m = mask[:, i].unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(torch.where(m, arg, torch.arange(NT).expand_as(arg)))
        best_score, last = score.max(dim=1)
        path = [last]
        for arg in reversed(back):
            last = arg.gather(1, last.unsqueeze(1)).squeeze(1)
            path.append(last)
        path.reverse()
        return best_score, torch.stack(path, dim=1)


class Tagger(nn.Module):
    def __init__(self, n_words, n_bare, n_chars, vectors=None, hid=64, wdim=50, cdim=24, cfilt=50):
        super().__init__()
        bdim = vectors.shape[1] if vectors is not None else 100
        self.wemb = nn.Embedding(n_words, wdim, padding_idx=PAD)
        self.bemb = nn.Embedding(n_bare, bdim, padding_idx=PAD)
        if vectors is not None:
            with torch.no_grad():
                self.bemb.weight[: vectors.shape[0]] = torch.from_numpy(vectors)
        self.cemb = nn.Embedding(n_chars, cdim, padding_idx=PAD)
        self.conv = nn.Conv1d(cdim, cfilt, 3, padding=1)
        self.drop = nn.Dropout(0.5)
        self.lstm = nn.LSTM(wdim + bdim + cfilt, hid, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hid, NT)
        self.crf = CRF()

    def emissions(self, w, b, c):
        bs, n, k = c.shape
        ch = self.cemb(c.view(bs * n, k)).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(dim=2).values.view(bs, n, -1)
        x = self.drop(torch.cat([self.wemb(w), self.bemb(b), ch], dim=2))
        h, _ = self.lstm(x)
        return self.out(self.drop(h))


class Encoder:
    """Turns sentences into padded index tensors."""

    def __init__(self, words, bare, chars):
        self.words, self.bare, self.chars = words, bare, chars

    def batch(self, sents, drop=None):
        n = max(len(s["w"]) for s in sents)
        w = torch.zeros(len(sents), n, dtype=torch.long)
        b = torch.zeros(len(sents), n, dtype=torch.long)
        c = torch.zeros(len(sents), n, MAX_CHARS, dtype=torch.long)
        mask = torch.zeros(len(sents), n, dtype=torch.bool)
        for i, s in enumerate(sents):
            for j, (form, bf) in enumerate(zip(s["w"], s["b"])):
                hide = drop is not None and drop(form)
                w[i, j] = UNK if hide else self.words(form)
                b[i, j] = UNK if hide else self.bare(bf)
                chars = "<" + form[: MAX_CHARS - 2] + ">"
                for k, ch in enumerate(chars):
                    c[i, j, k] = self.chars(ch)
                mask[i, j] = True
        return w, b, c, mask


def spans(tags):
    """Spans as scripts/eval/ner-metrics.ts reads them (a stray I- opens a span)."""
    out, open_ = [], None
    for i, t in enumerate(tags + ["O"]):
        typ = None if t == "O" else t[2:]
        if open_ and (t[0] != "I" or typ != open_[2]):
            out.append(tuple(open_))
            open_ = None
        if open_:
            open_[1] = i + 1
        elif typ:
            open_ = [i, i + 1, typ]
    return set(out)


def micro_f1(gold, pred):
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def batches(sents, size):
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]["w"]))
    return [[sents[i] for i in order[k : k + size]] for k in range(0, len(order), size)]


def predict(model, enc, sents, size=64):
    """Tags and the probability of the best path, in the sentences' order."""
    model.eval()
    out = {}
    with torch.no_grad():
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]["w"]))
        for k in range(0, len(order), size):
            idx = order[k : k + size]
            w, b, c, mask = enc.batch([sents[i] for i in idx])
            em = model.emissions(w, b, c)
            best, path = model.crf.viterbi(em, mask)
            logz = model.crf.log_partition(em, mask)
            prob = torch.exp(best - logz)
            for r, i in enumerate(idx):
                out[i] = ([TAGS[t] for t in path[r, : len(sents[i]["w"])].tolist()], float(prob[r]))
    return [out[i] for i in range(len(sents))]


def suffix(fold):
    return "" if fold is None else f"-fold{fold}"


def train(args):
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    data = read_jsonl(os.path.join(args.dir, "train.jsonl"))
    if args.fold is not None:
        data = [s for s in data if s["blk"] < 0 or s["blk"] % args.folds != args.fold]
    dev = read_jsonl(os.path.join(args.dir, "dev.jsonl"))
    counts = {}
    for s in data:
        for w in s["w"]:
            counts[w] = counts.get(w, 0) + 1
    vectors, bare_words = None, []
    if args.vectors:
        z = np.load(args.vectors)
        vectors, bare_words = z["vectors"], list(z["vocab"])
    seen = set(bare_words)
    bare_extra = sorted({bf for s in data for bf in s["b"]} - seen)
    chars = sorted({ch for s in data for w in s["w"] for ch in w} | set("<>"))
    enc = Encoder(Vocab(sorted(counts)), Vocab(bare_words + bare_extra), Vocab(chars))
    pad = None
    if vectors is not None:
        pad = np.zeros((2 + len(bare_words), vectors.shape[1]), dtype=np.float32)
        pad[2:] = vectors
    model = Tagger(len(enc.words), len(enc.bare), len(enc.chars), pad, hid=args.hidden)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    rare = lambda w: counts.get(w, 0) <= 1 and random.random() < 0.3  # noqa: E731  (word dropout)
    best = (-1.0, 0)
    path = os.path.join(args.dir, f"teacher{suffix(args.fold)}.pt")
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        model.train()
        bs = batches(data, args.batch)
        random.shuffle(bs)
        total = 0.0
        for sents in bs:
            w, b, c, mask = enc.batch(sents, drop=rare)
            tags = torch.zeros(w.shape, dtype=torch.long)
            for i, s in enumerate(sents):
                tags[i, : len(s["t"])] = torch.tensor([TAGS.index(t) for t in s["t"]])
            em = model.emissions(w, b, c)
            loss = (model.crf.log_partition(em, mask) - model.crf.path_score(em, tags, mask)).mean()
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss) * len(sents)
        pred = predict(model, enc, dev)
        f1 = micro_f1([s["t"] for s in dev], [p for p, _ in pred])
        took = time.time() - t0
        print(f"epoch {epoch}: loss {total / len(data):.3f}, dev exact F1 {100 * f1:.1f}, {took:.0f}s", flush=True)
        if f1 > best[0]:
            best = (f1, epoch)
            sizes = (len(enc.words), len(enc.bare), len(enc.chars), None if pad is None else pad.shape[1], args.hidden)
            # Kept under .part until training ends, so a run cut short never passes for a finished teacher.
            torch.save({"model": model.state_dict(), "enc": enc, "sizes": sizes}, path + ".part")
            with open(os.path.join(args.dir, f"dev-pred{suffix(args.fold)}.jsonl"), "w", encoding="utf-8") as f:
                for p, prob in pred:
                    f.write(json.dumps({"t": p, "p": round(prob, 4)}) + "\n")
        elif epoch - best[1] >= args.patience:
            break
    os.replace(path + ".part", path)
    print(f"best epoch {best[1]}: dev exact F1 {100 * best[0]:.1f}; wrote {path}", flush=True)


def load(path):
    saved = torch.load(path)
    n_words, n_bare, n_chars, dim, hid = saved["sizes"]
    model = Tagger(n_words, n_bare, n_chars, None if dim is None else np.zeros((1, dim), dtype=np.float32), hid=hid)
    model.load_state_dict(saved["model"])
    return model, saved["enc"]


def label(args):
    model, enc = load(os.path.join(args.dir, f"teacher{suffix(args.fold)}.pt"))
    out = args.out or os.path.join(args.dir, f"silver{suffix(args.fold)}.jsonl")
    t0, done = time.time(), 0
    with open(os.path.join(args.dir, "wiki.jsonl"), encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        chunk = []
        for line in f:
            s = json.loads(line)
            if len(s["w"]) > MAX_LABEL_LEN or not any("\u0621" <= ch <= "\u064a" for ch in "".join(s["w"])):
                continue
            chunk.append(s)
            if len(chunk) == 2048 or done + len(chunk) >= args.max:
                for s2, (tags, prob) in zip(chunk, predict(model, enc, chunk)):
                    o.write(json.dumps({"w": s2["w"], "t": tags, "p": round(prob, 4)}, ensure_ascii=False) + "\n")
                done += len(chunk)
                chunk = []
                print(f"{done} sentences, {time.time() - t0:.0f}s", flush=True)
                if done >= args.max:
                    break
        for s2, (tags, prob) in zip(chunk, predict(model, enc, chunk) if chunk else []):
            o.write(json.dumps({"w": s2["w"], "t": tags, "p": round(prob, 4)}, ensure_ascii=False) + "\n")
    print(f"wrote {out}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["train", "label"])
    ap.add_argument("dir")
    ap.add_argument("--vectors")
    ap.add_argument("--fold", type=int)
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max", type=int, default=10**9)
    ap.add_argument("--out")
    # One thread is faster than two on a machine whose cores are already busy (no spinning at barriers).
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    train(args) if args.cmd == "train" else label(args)


if __name__ == "__main__":
    main()
