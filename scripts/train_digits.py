#!/usr/bin/python3
"""Trains the digits scene's tiny Network-in-Network-style classifier and writes its weights and fixtures.

Run with Debian's python3-torch and python3-sklearn:  /usr/bin/python3 scripts/train_digits.py
Data: scikit-learn's bundled 8×8 digits (`load_digits`, UCI optdigits test part, 1,797 images, pixels 0–16),
split 75 / 25 with a fixed seed, stratified by class. The network (one unbatched CHW sample, input / 16):

    conv1 3×3, 1 → 8, padding 1 → ReLU → max pool 2×2 → conv2 3×3, 8 → 16, padding 1 → ReLU
    → conv3 1×1, 16 → 10 (one class confidence map per digit) → global average pooling → softmax

Deterministic (torch.manual_seed, one thread, batch order and shifts from a seeded generator). The trained weights
are rounded to float32 written with 9 significant digits (which round-trip), loaded back, and everything
written afterwards (accuracy, test samples' predictions, fixtures) is computed with exactly those weights.

Writes public/digits-nin.json (weights, held-out accuracy, a few hundred test samples with labels and
PyTorch's predictions; the page fetches it) and tests/fixtures/digits-forward.json (every layer's output
for some test samples; the engine's forward pass must match them within 1e-5).
"""
import json
import os

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

SEED = 20261201
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHTS_OUT = os.path.join(ROOT, "public", "digits-nin.json")
FIXTURE_OUT = os.path.join(ROOT, "tests", "fixtures", "digits-forward.json")
SAMPLES_SHOWN = 200
FIXTURE_SAMPLES = 3
EPOCHS = 300
ACTIVATION_PENALTY = 0.01

torch.manual_seed(SEED)
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)


class TinyNin(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.conv3 = nn.Conv2d(16, 10, 1)

    def layers(self, x):
        """Every layer's output, in order, for a batch [N, 1, 8, 8] of pixels already divided by 16."""
        out = {}
        out["conv1"] = self.conv1(x)
        out["relu1"] = F.relu(out["conv1"])
        out["pool1"] = self.pool(out["relu1"])
        out["conv2"] = self.conv2(out["pool1"])
        out["relu2"] = F.relu(out["conv2"])
        out["classMaps"] = self.conv3(out["relu2"])
        out["gap"] = F.adaptive_avg_pool2d(out["classMaps"], 1).flatten(1)
        out["softmax"] = F.softmax(out["gap"], dim=1)
        return out

    def forward(self, x):
        return F.adaptive_avg_pool2d(self.conv3(F.relu(self.conv2(self.pool(F.relu(self.conv1(x)))))), 1).flatten(1)


def r9(v):
    return float(f"{v:.9g}")


def flat(t):
    return [r9(v) for v in t.detach().reshape(-1).tolist()]


def shifted(x, gen):
    """Half the images moved by up to one pixel each way (zeros come in): drawn digits are rarely centred."""
    out = torch.zeros_like(x)
    moves = (torch.randint(-1, 2, (len(x), 2), generator=gen) * (torch.rand(len(x), 1, generator=gen) < 0.5)).tolist()
    padded = F.pad(x, (1, 1, 1, 1))
    for i, (dy, dx) in enumerate(moves):
        out[i] = padded[i, :, 1 + dy : 9 + dy, 1 + dx : 9 + dx]
    return out


def main():
    digits = load_digits()
    images = digits.images.astype("float32")
    labels = digits.target
    idx = list(range(len(labels)))
    train_idx, test_idx = train_test_split(idx, test_size=0.25, random_state=SEED % (2**32), stratify=labels)
    x_all = torch.tensor(images).unsqueeze(1) / 16.0
    y_all = torch.tensor(labels, dtype=torch.long)
    x_train, y_train = x_all[train_idx], y_all[train_idx]
    x_test, y_test = x_all[test_idx], y_all[test_idx]

    model = TinyNin()
    opt = torch.optim.Adam(model.parameters(), lr=0.005, weight_decay=1e-4)
    gen = torch.Generator().manual_seed(SEED)
    for epoch in range(EPOCHS):
        model.train()
        order = torch.randperm(len(x_train), generator=gen)
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            opt.zero_grad()
            out = model.layers(shifted(x_train[batch], gen))
            # A small penalty on the activations keeps them below about 16, where float32 steps are under
            # 2e-6: the engine's sums (in its own order) then stay within 1e-5 of PyTorch's.
            small = (out["conv2"] ** 2).mean() + (out["classMaps"] ** 2).mean()
            loss = F.cross_entropy(out["gap"], y_train[batch]) + ACTIVATION_PENALTY * small
            loss.backward()
            opt.step()

    # Round the weights to what the JSON holds, and compute everything from here on with those.
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.tensor(flat(p)).reshape(p.shape))
    model.eval()
    with torch.no_grad():
        train_acc = (model(x_train).argmax(1) == y_train).float().mean().item()
        test_pred = model(x_test).argmax(1)
        correct = int((test_pred == y_test).sum().item())
        layers = model.layers(x_test[:FIXTURE_SAMPLES])

    weights = {name: {"shape": list(p.shape), "data": flat(p)} for name, p in model.named_parameters()}
    samples = [
        {"index": int(test_idx[i]), "label": int(y_test[i]), "predicted": int(test_pred[i]), "pixels": [int(v) for v in images[test_idx[i]].reshape(-1)]}
        for i in range(SAMPLES_SHOWN)
    ]
    doc = {
        "about": "Tiny NIN-style digit classifier trained by scripts/train_digits.py on scikit-learn's load_digits (UCI optdigits, CC BY 4.0).",
        "seed": SEED,
        "epochs": EPOCHS,
        "input": "1×8×8 pixels 0–16, divided by 16",
        "trainCount": len(train_idx),
        "testCount": len(test_idx),
        "testCorrect": correct,
        "testAccuracy": correct / len(test_idx),
        "trainAccuracy": train_acc,
        "weights": weights,
        "samples": samples,
    }
    os.makedirs(os.path.dirname(WEIGHTS_OUT), exist_ok=True)
    with open(WEIGHTS_OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")

    fixtures = {
        "about": "PyTorch's outputs of every layer of public/digits-nin.json's network for the first test samples (scripts/train_digits.py).",
        "cases": [
            {
                "index": int(test_idx[i]),
                "label": int(y_test[i]),
                "pixels": [int(v) for v in images[test_idx[i]].reshape(-1)],
                "layers": {name: {"shape": list(t.shape[1:]), "data": flat(t[i])} for name, t in layers.items()},
            }
            for i in range(FIXTURE_SAMPLES)
        ],
    }
    with open(FIXTURE_OUT, "w") as f:
        json.dump(fixtures, f, separators=(",", ":"))
        f.write("\n")
    print(f"train accuracy {train_acc:.4f}; test accuracy {correct}/{len(test_idx)} = {correct / len(test_idx):.4f}")
    print(f"{WEIGHTS_OUT}: {os.path.getsize(WEIGHTS_OUT)} bytes; {FIXTURE_OUT}: {os.path.getsize(FIXTURE_OUT)} bytes")


if __name__ == "__main__":
    main()
