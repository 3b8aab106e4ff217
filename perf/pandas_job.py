#!/usr/bin/python3
"""The comparison job through pandas (Debian python3-pandas): read a long CSV, compute per indicator x year the group
statistics (n, mean, median, Q1, Q3; quantile's default 'linear' = R7) and every observation's rank
(groupby().rank(method="min"), ascending; missing values unranked), write stats and ranks as CSV.
Usage: pandas_job.py INPUT STATS_OUT [RANKS_OUT] (without RANKS_OUT: the statistics-only job)"""
import sys

import pandas as pd

if len(sys.argv) not in (3, 4):
    sys.exit("usage: pandas_job.py INPUT STATS_OUT [RANKS_OUT]")
source, stats_out = sys.argv[1:3]
ranks_out = sys.argv[3] if len(sys.argv) == 4 else None

frame = pd.read_csv(source, sep=";", decimal=",",
                    dtype={"gemeentecode": str, "jaar": "int64", "indicator": str, "waarde": "float64"})
groups = frame.groupby(["indicator", "jaar"])["waarde"]
stats = groups.agg(n="count", mean="mean")
quantiles = groups.quantile([0.25, 0.5, 0.75]).unstack()
stats["median"] = quantiles[0.5]
stats["q1"] = quantiles[0.25]
stats["q3"] = quantiles[0.75]
stats.reset_index().rename(columns={"jaar": "year"}).to_csv(stats_out, index=False)
if ranks_out is None:
    sys.exit(0)

frame["rank"] = groups.rank(method="min")
ranked = frame[frame["waarde"].notna()]
ranked = pd.DataFrame({"indicator": ranked["indicator"], "year": ranked["jaar"],
                       "code": ranked["gemeentecode"], "rank": ranked["rank"].astype("int64")})
ranked.to_csv(ranks_out, index=False)
