#!/usr/bin/env python3
"""PyTorch reference for neural-lessons-bench.

Trains the four benchmark workloads of the foundation issue (P, Deep, D, M; see
bench/workloads.cpp) with PyTorch on one CPU thread in float32 and prints one JSON
line per workload with the same keys as neural-lessons-bench ("engine":"pytorch").
These figures are the reference the foundation issue's speed targets are ratios of
(P >= 100x, Deep >= 40x, D >= 10x epochs/s; M >= 5x samples/s).

What one epoch is, as in the engine's benchmark:
  P, Deep  one pass over the 250 training points in batches of 10 (fixed order) plus the
           MSE loss over the training and test splits (500 points) under no_grad.
  D, M     the training pass only; accuracy is measured once at the end.

Each figure is the median of --reps timed runs (after one warm-up run), every run
starting from a freshly initialised model with the same seeds.

usage: pytorch_reference.py [--workload P|Deep|D|M]... [--reps N]
"""

import argparse
import json
import math
import statistics
import sys
import time

try:
    import numpy as np
    import torch
    from torch import nn
except ImportError as error:  # e.g. a pyenv python3 shadowing the system one with python3-torch
    sys.exit(f"pytorch_reference.py: {error} (try /usr/bin/python3 {sys.argv[0]})")


# ---------------------------------------------------------------- data

def circle_dataset(n=500, seed=1):
    """TensorFlow Playground's circle data set with noise 0, labels +1 (inside) / -1 (outside)."""
    rng = np.random.default_rng(seed)
    half = n // 2
    points = []
    for r_lo, r_hi, label in ((0.0, 2.5, 1.0), (3.5, 5.0, -1.0)):
        r = rng.uniform(r_lo, r_hi, half)
        a = rng.uniform(0.0, 2.0 * math.pi, half)
        points.append(np.stack([r * np.sin(a), r * np.cos(a), np.full(half, label)], axis=1))
    data = np.concatenate(points)
    rng.shuffle(data)
    return data[:, :2].astype(np.float32), data[:, 2:].astype(np.float32)


def playground_data():
    x, y = circle_dataset()
    n_train = len(x) // 2  # split 50/0/50
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a))
    return t(x[:n_train]), t(y[:n_train]), t(x[n_train:]), t(y[n_train:])


def digits_data(seed=1):
    from sklearn.datasets import load_digits  # only for the data set itself
    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    perm = np.random.default_rng(seed).permutation(len(x))
    n_train = int(len(x) * 0.8)  # 1437 train / 360 test
    tr, te = perm[:n_train], perm[n_train:]
    return (torch.from_numpy(x[tr]), torch.from_numpy(y[tr]),
            torch.from_numpy(x[te]), torch.from_numpy(y[te]))


def random_mnist_like_data(n=10000, dim=784, classes=10, seed=7):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, dim, generator=g, dtype=torch.float32)
    y = torch.randint(0, classes, (n,), generator=g)
    return x, y


# ---------------------------------------------------------------- models

def playground_net(hidden, seed=1):
    torch.manual_seed(seed)
    sizes = [2] + hidden + [1]
    layers = []
    for fan_in, units in zip(sizes[:-1], sizes[1:]):
        linear = nn.Linear(fan_in, units)
        with torch.no_grad():
            linear.weight.uniform_(-0.5, 0.5)  # Playground's init
            linear.bias.fill_(0.1)
        layers += [linear, nn.Tanh()]
    return nn.Sequential(*layers)


def relu_classifier(sizes, seed=1):
    """fan_in -> hidden ReLU -> logits (softmax lives in CrossEntropyLoss); He init."""
    torch.manual_seed(seed)
    layers = []
    for i, (fan_in, units) in enumerate(zip(sizes[:-1], sizes[1:])):
        linear = nn.Linear(fan_in, units)
        nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        nn.init.zeros_(linear.bias)
        layers.append(linear)
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


# ---------------------------------------------------------------- workloads
# Each make_* returns (run(epochs) -> test accuracy, samples per epoch, default epochs,
# epoch_includes_evaluation). run() builds a fresh model, then times only the training.

def make_playground(hidden, epochs):
    x_train, y_train, x_test, y_test = playground_data()
    batch = 10
    n = len(x_train)
    batches = [(x_train[i:i + batch], y_train[i:i + batch]) for i in range(0, n, batch)]
    loss_fn = nn.MSELoss()

    def run(epochs):
        model = playground_net(hidden)
        opt = torch.optim.SGD(model.parameters(), lr=0.03)
        start = time.perf_counter()
        for _ in range(epochs):
            model.train()
            for xb, yb in batches:
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(model(xb), yb)
                loss.backward()
                opt.step()
            # The epoch's evaluation: loss over the training and the test split.
            with torch.no_grad():
                train_loss = loss_fn(model(x_train), y_train).item()
                test_loss = loss_fn(model(x_test), y_test).item()
        seconds = time.perf_counter() - start
        with torch.no_grad():
            accuracy = (torch.sign(model(x_test)) == y_test).float().mean().item()
        return seconds, accuracy

    return run, n, epochs, True


def make_classifier(data, sizes, optimizer, batch, reshuffle, epochs):
    x_train, y_train, x_test, y_test = data
    n = len(x_train)
    loss_fn = nn.CrossEntropyLoss()

    def run(epochs):
        model = relu_classifier(sizes)
        opt = optimizer(model.parameters())
        g = torch.Generator().manual_seed(1)
        start = time.perf_counter()
        for _ in range(epochs):
            if reshuffle:
                perm = torch.randperm(n, generator=g)
                xs, ys = x_train[perm], y_train[perm]
            else:
                xs, ys = x_train, y_train
            for i in range(0, n, batch):
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(model(xs[i:i + batch]), ys[i:i + batch])
                loss.backward()
                opt.step()
        seconds = time.perf_counter() - start
        xe, ye = (x_test, y_test) if len(x_test) else (x_train, y_train)
        with torch.no_grad():
            accuracy = (model(xe).argmax(1) == ye).float().mean().item()
        return seconds, accuracy

    return run, n, epochs, False


def make_p():
    return make_playground([4, 2], 300)


def make_deep():
    return make_playground([8] * 6, 150)


def make_d():
    return make_classifier(digits_data(), [64, 32, 10],
                           lambda p: torch.optim.Adam(p, lr=1e-3), 32, True, 60)


def make_m():
    x, y = random_mnist_like_data()
    empty_x, empty_y = x[:0], y[:0]
    return make_classifier((x, y, empty_x, empty_y), [784, 128, 10],
                           lambda p: torch.optim.SGD(p, lr=0.1), 64, False, 1)


WORKLOADS = [("P", make_p), ("Deep", make_deep), ("D", make_d), ("M", make_m)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", action="append", choices=[w for w, _ in WORKLOADS],
                        help="run only this workload (repeatable)")
    parser.add_argument("--reps", type=int, default=3, help="timed repetitions (median reported)")
    parser.add_argument("--epochs", type=int, default=0,
                        help="epochs per timed run (default: per workload, ~1-3 s)")
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float32)
    for name, make in WORKLOADS:
        if args.workload and name not in args.workload:
            continue
        run, samples_per_epoch, epochs, includes_eval = make()
        if args.epochs > 0:
            epochs = args.epochs
        run(epochs)  # warm-up
        rates, accuracy = [], 0.0
        for _ in range(max(1, args.reps)):
            seconds, accuracy = run(epochs)
            rates.append(epochs / seconds)
        eps = statistics.median(rates)
        print(json.dumps({
            "workload": name, "engine": "pytorch", "threads": 1,
            "epochs_per_s": round(eps, 1), "samples_per_s": round(eps * samples_per_epoch),
            "test_accuracy": round(accuracy, 4), "epoch_includes_evaluation": includes_eval,
        }, separators=(",", ":")))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
