#!/usr/bin/env bash
# Runs neural-lessons-bench and the PyTorch reference (bench/pytorch_reference.py) on the same
# workloads, one thread each, pinned to one core when taskset exists, and prints our speed,
# PyTorch's, the ratio and the foundation issue's target ratio per workload.
#
# usage: [BENCH_BIN=path/to/neural-lessons-bench] [PYTHON=python3] bench/compare.sh [--workload NAME]... [--reps N]
# Extra arguments go to both programs. Raw JSON lines are printed before the table.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
bench_bin="${BENCH_BIN:-$root/build/bench/neural-lessons-bench}"
# The first python3 that can import torch (a pyenv/venv python3 may shadow the system one that has
# Debian's python3-torch); PYTHON overrides.
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import torch, numpy' 2>/dev/null; then
            python="$candidate"
            break
        fi
    done
fi
if [[ -z "$python" ]]; then
    echo "compare.sh: no python3 with torch and numpy found (set PYTHON)" >&2
    exit 1
fi

if [[ ! -x "$bench_bin" ]]; then
    echo "compare.sh: no benchmark executable at $bench_bin (build it, or set BENCH_BIN)" >&2
    exit 1
fi

pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
fi

ours="$(${pin[@]+"${pin[@]}"} "$bench_bin" "$@")"
theirs="$(${pin[@]+"${pin[@]}"} "$python" "$here/pytorch_reference.py" "$@")"

echo "# neural-lessons ($bench_bin)"
echo "$ours"
echo "# pytorch ($("$python" -c 'import torch; print(torch.__version__)'))"
echo "$theirs"
echo

OURS="$ours" THEIRS="$theirs" "$python" - <<'EOF'
import json
import os

def load(text):
    rows = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            row = json.loads(line)
            if row.get("threads", 1) == 1:
                rows[row["workload"]] = row
    return rows

ours, theirs = load(os.environ["OURS"]), load(os.environ["THEIRS"])
# The foundation issue's targets: (metric, minimum ratio ours/pytorch).
targets = {"P": ("epochs_per_s", 100), "Deep": ("epochs_per_s", 40),
           "D": ("epochs_per_s", 10), "M": ("samples_per_s", 5)}

header = ("workload", "metric", "neural-lessons", "pytorch", "ratio", "target", "met", "acc ours", "acc torch")
rows = []
for name in ["P", "Deep", "D", "M"] + sorted(set(ours) - set(targets)):
    if name not in ours or name not in theirs:
        continue
    metric, target = targets.get(name, ("epochs_per_s", None))
    a, b = ours[name][metric], theirs[name][metric]
    ratio = a / b if b else float("inf")
    rows.append((name, metric, f"{a:,.1f}", f"{b:,.1f}", f"{ratio:.1f}x",
                 f">= {target}x" if target else "-",
                 ("yes" if ratio >= target else "NO") if target else "-",
                 f"{ours[name]['test_accuracy']:.4f}", f"{theirs[name]['test_accuracy']:.4f}"))

widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
line = lambda r: "  ".join(str(c).rjust(w) if i >= 2 else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
print(line(header))
print("  ".join("-" * w for w in widths))
for r in rows:
    print(line(r))
EOF
