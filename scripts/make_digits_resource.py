#!/usr/bin/env python3
"""Convert scikit-learn's copy of the UCI optical digits into resources/data/digits.txt.

The engine embeds the digits at build time (engine/embed_digits.cmake), so the source format
must be small, diff-friendly and trivial to parse in C++ without any library. Each output line is
one sample: 64 characters, one per pixel in row-major order, each the pixel value 0..16 written as
one character of "0123456789abcdefg", followed by the label digit 0..9. Rows keep the file's order.

Usage: python3 scripts/make_digits_resource.py [digits.csv.gz] [output.txt]
Defaults: Debian's python3-sklearn copy and resources/data/digits.txt next to this script.
Only the Python standard library is used.
"""
import gzip
import pathlib
import sys

DEFAULT_INPUT = "/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz"
PIXEL_CHARS = "0123456789abcdefg"
EXPECTED_ROWS = 1797
PIXELS = 64


def convert_row(line_number, fields):
    """One CSV row (64 pixels then the label) -> one 65-character line; fails loudly on bad data."""
    if len(fields) != PIXELS + 1:
        raise ValueError(f"line {line_number}: expected {PIXELS + 1} values, got {len(fields)}")
    values = [int(float(field)) for field in fields]
    pixels, label = values[:PIXELS], values[PIXELS]
    if any(p < 0 or p > 16 for p in pixels):
        raise ValueError(f"line {line_number}: pixel outside 0..16")
    if not 0 <= label <= 9:
        raise ValueError(f"line {line_number}: label {label} outside 0..9")
    return "".join(PIXEL_CHARS[p] for p in pixels) + str(label)


def main(argv):
    source = pathlib.Path(argv[1] if len(argv) > 1 else DEFAULT_INPUT)
    root = pathlib.Path(__file__).resolve().parent.parent
    target = pathlib.Path(argv[2]) if len(argv) > 2 else root / "resources" / "data" / "digits.txt"

    with gzip.open(source, "rt", encoding="ascii") as handle:
        rows = [line.strip() for line in handle if line.strip()]
    lines = [convert_row(i + 1, row.split(",")) for i, row in enumerate(rows)]
    if len(lines) != EXPECTED_ROWS:
        raise ValueError(f"expected {EXPECTED_ROWS} samples, got {len(lines)}")

    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="ascii", newline="\n")
    print(f"wrote {len(lines)} samples to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
