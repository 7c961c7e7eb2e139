#!/usr/bin/env python3
"""Writes a CSV of articles (id, outlet, date, text) from a PolNeAR text
directory, whose file names carry the outlet and the date
(breitbart_2016-09-12_stealth-over-health-hillary-clin.txt). With COUNT,
the articles are repeated until there are COUNT rows (ids get "#N").

    python3 scripts/polnear-csv.py ../shared/eval/polnear-dev/text > dev.csv
    python3 scripts/polnear-csv.py ../shared/eval/polnear-train/text 100000 > train-100k.csv
"""
import csv
import os
import sys


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    d = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) == 3 else None
    arts = []
    for name in sorted(os.listdir(d)):
        if not name.endswith(".txt"):
            continue
        parts = name[: -len(".txt")].split("_")
        if len(parts) < 3:
            sys.exit(f"{name}: not outlet_date_title.txt")
        with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
            arts.append((name[: -len(".txt")], parts[0], parts[1], f.read()))
    if not arts:
        sys.exit(f"{d}: no .txt files")
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "outlet", "date", "text"])
    n = count or len(arts)
    for i in range(n):
        id_, outlet, date, text = arts[i % len(arts)]
        if count and i >= len(arts):
            id_ += "#%d" % (i // len(arts))
        w.writerow([id_, outlet, date, text])


main()
