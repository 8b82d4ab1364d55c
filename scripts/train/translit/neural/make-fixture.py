#!/usr/bin/python3
# Writes tests/unit/translit/neural-fixture.json: a tiny network of train.py's shape with random
# weights (quantised as train.py ships them, and run here with those same quantised values), and
# the log-probabilities PyTorch gives a few spellings, which lib/translit/neural.ts must reproduce.
# Usage: /usr/bin/python3 scripts/train/translit/neural/make-fixture.py OUT_JSON
import json
import sys

import torch

import train

torch.set_num_threads(1)
torch.manual_seed(7)
train.EMB, train.ENC, train.DEC = 4, 3, 5
SRC, TGT = "ابرسلمني", "abeilmnors"
model = train.Model(len(SRC) + 3, len(TGT) + 3)
with torch.no_grad():
    for p in model.parameters():
        p.uniform_(-0.8, 0.8)
weights = {k: train.quantise(v) for k, v in model.state_dict().items()}
# The same values as the TypeScript side reads: int8 codes times their row's scale.
with torch.no_grad():
    for k, v in model.state_dict().items():
        w = weights[k]
        codes = torch.tensor(list(bytes.fromhex(w["q"])), dtype=torch.int16)
        codes = torch.where(codes > 127, codes - 256, codes).float().reshape(len(w["scale"]), -1)
        v.copy_((codes * torch.tensor(w["scale"]).unsqueeze(1)).reshape(v.shape))
model.eval()


def score(ar, en):
    src = torch.tensor([[SRC.index(c) + 3 for c in ar]])
    tgt = torch.tensor([[train.BOS] + [TGT.index(c) + 3 for c in en] + [train.EOS]])
    enc, keys, h = model.encode(src, torch.tensor([len(ar)]))
    feed = torch.zeros(1, train.DEC)
    total = 0.0
    for t in range(tgt.size(1) - 1):
        logits, h, feed = model.step(tgt[:, t], h, feed, enc, keys, src != train.PAD)
        total += torch.log_softmax(logits, dim=1)[0, tgt[0, t + 1]].item()
    return total


cases = [(ar, en, score(ar, en)) for ar, en in [("سلمان", "salman"), ("بن", "bin"), ("مرسي", "morsi"), ("ر", "")]]
doc = {"version": 1, "dims": {"emb": 4, "enc": 3, "dec": 5}, "src": SRC, "tgt": TGT, "weights": weights}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump({"model": doc, "cases": cases}, f, ensure_ascii=False, indent=None)
