#!/usr/bin/env dotnet
// The engine's results as DataFrames (Microsoft.Data.Analysis) for further analysis: typed columns, missing = null.
//   dotnet run samples/scripts/dataframes.cs
#:project ../../Benchmark.Store/Benchmark.Store.csproj
#:project ../../Benchmark.Export/Benchmark.Export.csproj
#:property PublishAot=false

using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Export;
using Benchmark.Municipalities;
using Benchmark.Store.Analysis;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Microsoft.Data.Analysis;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // decimal points, whatever the machine's language

// The samples folder: next to this script's folder, or ./samples when run from elsewhere.
var samples = AppContext.GetData("EntryPointFileDirectoryPath") is string here ? Path.Combine(here, "..") : "samples";
// AnalysisSession reads and validates the files (as benchmark validate does) and builds the engine, as the CLI does.
var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [.. Directory.GetFiles(samples, "benchmark-*.csv").Order()] });
var report = session.Report;
var engine = session.Engine;

// Every observation: municipality, year, indicator, value (double; null when missing), file, line, column.
var data = report.Dataset.ToDataFrame();
Console.WriteLine($"{data.Rows.Count} observations, {data["value"].NullCount} missing values (null)");

// The mean overhead % of all municipalities per year: nulls are left out of the mean.
var overhead = data.Filter(((StringDataFrameColumn)data["indicator"]).ElementwiseEquals("overhead_pct"));
foreach (var row in overhead.GroupBy("year").Mean("value").OrderBy("year").Rows)
{
    Console.WriteLine($"{row["year"]}: mean overhead {row["value"]:F2} %");
}

// The engine's statistics of every indicator per size class in 2024, filtered to sickness absence.
var stats = engine.AllStatistics(2024, PeerGroupSpec.BySizeClass).ToDataFrame(Language.English);
var absence = stats.Filter(((StringDataFrameColumn)stats["indicator"]).ElementwiseEquals("sickness_absence_pct"));
Console.WriteLine();
foreach (var row in absence.Rows)
{
    Console.WriteLine($"{row["group"],-40} n = {row["n"],3}  median {row["median"]:F2}  Q1 {row["q1"]:F2}  Q3 {row["q3"]:F2}");
}

// Zwolle's overhead % next to its size-class median, year by year (Trend, LeagueTable, comparisons work alike).
var trend = engine.Trend(IndicatorCode.Parse("overhead_pct"), MunicipalityCode.Parse("GM0193")).ToDataFrame();
Console.WriteLine();
foreach (var row in trend.Rows)
{
    Console.WriteLine($"{row["municipality"]} {row["year"]}: {row["value"]:F1} (size-class median {row["peerMedian"]:F2})");
}
