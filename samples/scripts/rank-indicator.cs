#!/usr/bin/env dotnet
// The league table of one indicator in a municipality's size class, best first.
//   dotnet run samples/scripts/rank-indicator.cs                              (overhead_pct, GM0193 Zwolle's class, 2024)
//   dotnet run samples/scripts/rank-indicator.cs sickness_absence_pct GM0014  (Groningen's class)
#:project ../../Benchmark.Store/Benchmark.Store.csproj
#:property PublishAot=false

using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.Store.Analysis;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // decimal points, whatever the machine's language
var indicator = IndicatorCode.Parse(args.Length > 0 ? args[0] : "overhead_pct"); // a code from Benchmark.Core/Catalog/indicators.json
var code = MunicipalityCode.Parse(args.Length > 1 ? args[1] : "GM0193");
const int Year = 2024;

// The samples folder: next to this script's folder, or ./samples when run from elsewhere.
var samples = AppContext.GetData("EntryPointFileDirectoryPath") is string here ? Path.Combine(here, "..") : "samples";
// AnalysisSession reads and validates the files (as benchmark validate does) and builds the engine, as the CLI does.
var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [.. Directory.GetFiles(samples, "benchmark-*.csv").Order()] });
var report = session.Report;
var engine = session.Engine;

var table = engine.Rank(indicator, Year, code); // indicator, year, (group,) focus: the default peer group of `code`, which is marked
var stats = table.Statistics;
Console.WriteLine($"{table.Indicator.Name.En} ({indicator}), {Year}, {table.Indicator.Direction}: {stats.Group.Name.En}");
Console.WriteLine($"median {stats.Values?.Median:F2}, Q1 {stats.Values?.Q1:F2}, Q3 {stats.Values?.Q3:F2}, n = {stats.ValueCount}");
Console.WriteLine();
Console.WriteLine($"{"Rank",4}  {"Code",-6}  {"Municipality",-24} {"Value",10}  Quartile");
foreach (var e in table.Entries)
{
    var rank = e.Rank > 0 ? e.Rank.ToString(CultureInfo.InvariantCulture) : "–"; // no rank without a value
    Console.WriteLine($"{rank,4}  {e.Municipality,-6}  {e.Name,-24} {e.Value,10:F2}  {e.Quartile}{(e.IsFocus ? "  <==" : "")}");
}
