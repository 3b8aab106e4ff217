# Independent reference for the survey aggregation tests (Python standard library only: exact fractions).
# Run from the repository root:  python3 Benchmark.Tests/TestData/survey/reference.py > Benchmark.Tests/TestData/survey/reference.csv
# For every municipality x survey of samples/survey/respondenten-2024.csv: n, mean and sample SD (statistics.stdev, n - 1)
# of the overall item (M99, K99) and of the theme "werkdruk" (per respondent the mean of M05 mirrored as 6 - answer and
# M06, then over respondents). "weet niet" is missing.
import csv, statistics
from collections import defaultdict

overall = defaultdict(list)
werkdruk = defaultdict(lambda: defaultdict(list))
with open("samples/survey/respondenten-2024.csv", encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f, delimiter=";"):
        if row["antwoord"] == "weet niet":
            continue
        a = int(row["antwoord"])
        key = (row["gemeentecode"], row["onderzoek"])
        if row["item"] in ("M99", "K99"):
            overall[key].append(a)
        if row["item"] == "M05":
            werkdruk[key][row["respondent"]].append(6 - a)
        if row["item"] == "M06":
            werkdruk[key][row["respondent"]].append(a)

print("gemeentecode;onderzoek;niveau;sleutel;n;mean;sd")
for key in sorted(overall):
    v = overall[key]
    print(f"{key[0]};{key[1]};Item;{'M99' if key[1] == 'mto' else 'K99'};{len(v)};{statistics.mean(v)!r};{statistics.stdev(v)!r}")
for key in sorted(werkdruk):
    v = [statistics.mean(x) for x in werkdruk[key].values()]
    print(f"{key[0]};{key[1]};Theme;werkdruk;{len(v)};{statistics.mean(v)!r};{statistics.stdev(v)!r}")
