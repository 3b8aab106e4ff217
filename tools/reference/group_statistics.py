#!/usr/bin/env python3
"""Independent reference for the benchmark engine's group statistics and league-table ranks.

Reads one wide sample file (e.g. samples/benchmark-2024.csv) with pandas, derives the BBV ratios from the raw
columns exactly as the catalogue formulas (Benchmark.Core/Catalog/indicators.json) say, assigns the size classes by
inhabitants and writes, for every comparable indicator x size class:

  stats CSV: indicator, size_class, n, mean, median, q1, q3, p10, p90, min, max, sd, mad
  ranks CSV: indicator, size_class, municipality, value, rank

Methods (the engine's documented ones, computed here with pandas/numpy, not with the engine's code):
  * quantiles: pandas Series.quantile(p, interpolation="linear") = numpy "linear" = R quantile type 7;
  * sd: sample standard deviation, ddof = 1;
  * mad: median(|x - median(x)|) * 1.4826 (as R's mad());
  * rank: groupby(size_class).rank(method="min"), ascending for lower-is-better and neutral indicators, descending
    for higher-is-better ones; a missing value has no rank (empty field).
Missing cells are empty, "-" or "n.v.t.". A derived ratio given in the file (only "Overhead %" in the samples) is
used as given; where its cell is missing it is computed from its components (as the engine's validation does).
Inhabitants come from the file, else from samples/municipalities.csv (the built-in reference).
Survey scores resting on fewer respondents than the publication threshold (50) are not published: they count as
missing (no rank, not in any statistic), and so are scores without a respondent count.

Usage: python3 tools/reference/group_statistics.py samples/benchmark-2024.csv OUT_DIR
The output uses "," as separator, "." as decimal point and repr() floats (17 significant digits, round-trip exact).
"""

import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

# Header in the sample files -> catalogue code (samples/README.md, "Conventions").
HEADERS = {
    "gemeentecode": "municipality",
    "gemeentenaam": "name",
    "jaar": "year",
    "Inwoners": "inhabitants",
    "Oppervlakte km2": "area_km2",
    "Omgevingsadressendichtheid": "address_density",
    "Totale lasten": "total_expenditure",
    "Overheadkosten": "overhead_costs",
    "Overhead %": "overhead_pct",
    "Formatie fte": "fte_establishment",
    "Bezetting fte": "fte_staffed",
    "Aantal medewerkers": "staff_headcount",
    "Loonsom": "wage_bill",
    "Kosten inhuur": "external_hire_costs",
    "Apparaatskosten": "running_costs",
    "ICT kosten": "ict_costs",
    "Aantal werkplekken": "workstations",
    "Ziekteverzuim %": "sickness_absence_pct",
    "Meldingsfrequentie": "sickness_notification_frequency",
    "MTO cijfer": "employee_satisfaction",
    "MTO n": "employee_satisfaction_n",
    "MTO sd": "employee_satisfaction_sd",
    "Interne klanttevredenheid": "internal_customer_satisfaction",
    "KTV n": "internal_customer_satisfaction_n",
    "KTV sd": "internal_customer_satisfaction_sd",
}

# Derived indicators: (numerator codes, denominator codes, scale), from indicators.json.
FORMULAS = {
    "overhead_pct": (["overhead_costs"], ["total_expenditure"], 100.0),
    "formatie_per_1000": (["fte_establishment"], ["inhabitants"], 1000.0),
    "bezetting_per_1000": (["fte_staffed"], ["inhabitants"], 1000.0),
    "running_costs_per_inhabitant": (["running_costs"], ["inhabitants"], 1.0),
    "external_hire_pct": (["external_hire_costs"], ["wage_bill", "external_hire_costs"], 100.0),
    "ict_costs_per_inhabitant": (["ict_costs"], ["inhabitants"], 1.0),
    "ict_costs_per_fte": (["ict_costs"], ["fte_staffed"], 1.0),
    "ict_costs_per_workstation": (["ict_costs"], ["workstations"], 1.0),
}

# The comparable indicators in catalogue order, with their direction (indicators.json).
COMPARABLE = [
    ("sickness_absence_pct", "LowerIsBetter"),
    ("sickness_notification_frequency", "LowerIsBetter"),
    ("employee_satisfaction", "HigherIsBetter"),
    ("internal_customer_satisfaction", "HigherIsBetter"),
    ("overhead_pct", "LowerIsBetter"),
    ("formatie_per_1000", "Neutral"),
    ("bezetting_per_1000", "Neutral"),
    ("running_costs_per_inhabitant", "LowerIsBetter"),
    ("external_hire_pct", "LowerIsBetter"),
    ("ict_costs_per_inhabitant", "LowerIsBetter"),
    ("ict_costs_per_fte", "LowerIsBetter"),
    ("ict_costs_per_workstation", "LowerIsBetter"),
]

# Size classes by inhabitants, lower bound inclusive; names as the engine's SizeClass enum.
SIZE_CLASSES = [
    (0, "Below10000"),
    (10_000, "From10000To20000"),
    (20_000, "From20000To50000"),
    (50_000, "From50000To100000"),
    (100_000, "From100000"),
]

MAD_SCALE = 1.4826

# Survey scores and their respondent counts (indicators.json), and the publication threshold (BenchmarkOptions).
SURVEYS = {
    "employee_satisfaction": "employee_satisfaction_n",
    "internal_customer_satisfaction": "internal_customer_satisfaction_n",
}
PUBLICATION_THRESHOLD = 50

# The missing markers of the sample files.
MISSING = {"", "-", "n.v.t."}


def read_wide(path):
    # Every cell is read as text and converted by parse_number: pandas' own decimal-comma parser (C engine, "high"
    # precision) is not always correctly rounded, and "round_trip" does not accept a decimal comma in pandas 1.5.
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    frame = frame.rename(columns=HEADERS)
    for column in frame.columns:
        if column not in ("municipality", "name"):
            frame[column] = frame[column].map(parse_number)
    return frame


def parse_number(text):
    """A Dutch number (decimal comma, no thousands separator); NaN for a missing marker. Python's float() is
    correctly rounded, like .NET's double.Parse."""
    text = text.strip()
    if text in MISSING:
        return math.nan
    return float(text.replace(",", "."))


def read_reference_inhabitants(path):
    reference = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return reference.set_index("gemeentecode")["inwoners"].map(parse_number)


def derive(frame):
    for code, (numerator, denominator, scale) in FORMULAS.items():
        num = sum((frame[c] for c in numerator[1:]), frame[numerator[0]])
        den = sum((frame[c] for c in denominator[1:]), frame[denominator[0]])
        computed = (scale * num / den).where(den != 0)
        if code in frame.columns:
            frame[code] = frame[code].where(frame[code].notna(), computed)
        else:
            frame[code] = computed
    return frame


def size_class(inhabitants):
    name = None
    for lower, label in SIZE_CLASSES:
        if inhabitants >= lower:
            name = label
    return name


def mad(values):
    median = values.median()
    return (values - median).abs().median() * MAD_SCALE


def fmt(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return repr(float(x))


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    data_path = Path(argv[1])
    out_dir = Path(argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    year = int(data_path.stem.rsplit("-", 1)[-1])

    frame = read_wide(data_path)
    reference = read_reference_inhabitants(data_path.parent / "municipalities.csv")
    frame["inhabitants"] = frame["inhabitants"].where(frame["inhabitants"].notna(), frame["municipality"].map(reference))
    frame = derive(frame)
    for code, respondents in SURVEYS.items():
        frame[code] = frame[code].where(frame[respondents] >= PUBLICATION_THRESHOLD)
    # The universe: municipalities of the reference with at least one value in the year (all of them in the samples).
    frame = frame[frame["municipality"].isin(reference.index)]
    frame["size_class"] = frame["inhabitants"].map(size_class)

    stats_rows = []
    rank_rows = []
    for code, direction in COMPARABLE:
        ascending = direction != "HigherIsBetter"
        ranks = frame.groupby("size_class")[code].rank(method="min", ascending=ascending, na_option="keep")
        for _, label in SIZE_CLASSES:
            members = frame["size_class"] == label
            values = frame.loc[members, code].dropna()
            stats_rows.append([
                code, label, len(values),
                values.mean(),
                values.quantile(0.5, interpolation="linear"),
                values.quantile(0.25, interpolation="linear"),
                values.quantile(0.75, interpolation="linear"),
                values.quantile(0.10, interpolation="linear"),
                values.quantile(0.90, interpolation="linear"),
                values.min(), values.max(),
                values.std(ddof=1),
                mad(values),
            ])
            for index in frame.index[members]:
                rank = ranks[index]
                rank_rows.append([
                    code, label, frame.at[index, "municipality"], frame.at[index, code],
                    None if math.isnan(rank) else int(rank),
                ])

    stats_header = ["indicator", "size_class", "n", "mean", "median", "q1", "q3", "p10", "p90", "min", "max", "sd", "mad"]
    ranks_header = ["indicator", "size_class", "municipality", "value", "rank"]
    write(out_dir / f"stats-{year}-size-class.csv", stats_header, stats_rows)
    write(out_dir / f"ranks-{year}-size-class.csv", ranks_header, rank_rows)
    return 0


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(fmt(x) if not isinstance(x, str) else x for x in row) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
