#!/usr/bin/python3
"""Checks that tools computed the same comparison job: the same group statistics per indicator x year (n exactly;
mean, median, Q1, Q3 within a relative 1e-9) and the same rank for every observation (indicator, year, code).
Every tool is compared with the first. Exit 0 when all agree, 1 when not (the differences are printed).
Usage: check_agreement.py NAME=STATS.csv,RANKS.csv NAME=STATS.csv,RANKS.csv ...
       check_agreement.py NAME=STATS.csv NAME=STATS.csv ...    (the statistics-only job: no ranks compared)"""
import sys

import numpy as np
import pandas as pd

FIGURES = ["mean", "median", "q1", "q3"]
TOLERANCE = 1e-9


def read_stats(path):
    frame = pd.read_csv(path, usecols=lambda c: c in {"indicator", "year", "group", "n", *FIGURES})
    if frame.duplicated(["indicator", "year"]).any():
        raise SystemExit(f"{path}: more than one group per indicator x year; run the job with all units as one group")
    return frame.set_index(["indicator", "year"]).sort_index()[["n", *FIGURES]]


def read_ranks(path):
    """The ranks ordered by (indicator, year, code), as one int64 key and the rank."""
    frame = pd.read_csv(path, usecols=["indicator", "year", "code", "rank"],
                        dtype={"indicator": "category", "code": "category", "year": "int64", "rank": "int64"})
    indicators = frame["indicator"].cat.categories
    codes = frame["code"].cat.categories
    # Ranks of the category labels, so that keys compare across files whatever order each file's categories have.
    indicator_rank = pd.Series(np.argsort(np.argsort(indicators.to_numpy(dtype=str))), index=indicators)
    code_rank = pd.Series(np.argsort(np.argsort(codes.to_numpy(dtype=str))), index=codes)
    key = (indicator_rank.to_numpy()[frame["indicator"].cat.codes.to_numpy()].astype(np.int64) * 10_000
           + (frame["year"].to_numpy() - 1900)) * 1_000_000 + code_rank.to_numpy()[frame["code"].cat.codes.to_numpy()]
    labels = (np.sort(indicators.to_numpy(dtype=str)), np.sort(codes.to_numpy(dtype=str)))
    order = np.argsort(key, kind="stable")
    return key[order], frame["rank"].to_numpy()[order], labels


def main(arguments):
    tools = []
    for argument in arguments:
        name, _, files = argument.partition("=")
        stats, _, ranks = files.partition(",")
        if not name or not stats:
            raise SystemExit(__doc__)
        tools.append((name, stats, ranks))
    if len(tools) < 2 or len({not ranks for _, _, ranks in tools}) != 1:
        raise SystemExit(__doc__)

    problems = 0
    reference_name, reference_stats, reference_ranks = tools[0]
    expected = read_stats(reference_stats)
    for name, stats, _ in tools[1:]:
        actual = read_stats(stats)
        if not actual.index.equals(expected.index):
            print(f"stats: {name} has other indicator x year groups than {reference_name}")
            problems += 1
            continue
        if not (actual["n"] == expected["n"]).all():
            print(f"stats: n differs between {name} and {reference_name}")
            problems += 1
        for figure in FIGURES:
            a, e = actual[figure].to_numpy(), expected[figure].to_numpy()
            off = ~np.isclose(a, e, rtol=TOLERANCE, atol=TOLERANCE, equal_nan=True)
            if off.any():
                where = actual.index[off][0]
                print(f"stats: {figure} differs between {name} and {reference_name} in {off.sum()} groups, e.g. {where}: {a[off][0]!r} vs {e[off][0]!r}")
                problems += 1
    print(f"stats: {len(expected)} indicator x year groups compared")

    if not reference_ranks:
        print("agree" if problems == 0 else f"DISAGREE ({problems} problems)")
        return 0 if problems == 0 else 1

    key, rank, labels = read_ranks(reference_ranks)
    del reference_ranks
    for name, _, ranks in tools[1:]:
        other_key, other_rank, other_labels = read_ranks(ranks)
        same_labels = all(np.array_equal(x, y) for x, y in zip(labels, other_labels))
        if not same_labels or not np.array_equal(other_key, key):
            print(f"ranks: {name} ranks other observations than {reference_name} ({len(other_key)} vs {len(key)})")
            problems += 1
            continue
        differ = np.count_nonzero(other_rank != rank)
        if differ:
            print(f"ranks: {differ} ranks differ between {name} and {reference_name}")
            problems += 1
    print(f"ranks: {len(key)} ranked observations compared")
    print("agree" if problems == 0 else f"DISAGREE ({problems} problems)")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
