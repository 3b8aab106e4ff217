#!/usr/bin/env dotnet
// Learning partners — "whom to call": per indicator, the structurally nearest municipalities of the default peer group
// that do measurably better (strictly better, in the best quartile; survey scores significantly). When the municipality
// is among the best and nobody does better: who may call it (the nearest of the worst quartile).
//   dotnet run samples/scripts/learning-partners.cs              (GM0193 Zwolle, 2024)
//   dotnet run samples/scripts/learning-partners.cs GM0014 2023  (Groningen, 2023)
#:project ../../Benchmark.Store/Benchmark.Store.csproj
#:property PublishAot=false

using System.Globalization;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Store.Analysis;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // decimal points, whatever the machine's language
var code = MunicipalityCode.Parse(args.Length > 0 ? args[0] : "GM0193");
var year = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2024;

// The samples folder: next to this script's folder, or ./samples when run from elsewhere.
var samples = AppContext.GetData("EntryPointFileDirectoryPath") is string here ? Path.Combine(here, "..") : "samples";
// AnalysisSession reads and validates the files (as benchmark validate does) and builds the engine, as the CLI does.
var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [.. Directory.GetFiles(samples, "benchmark-*.csv").Order()] });
var report = session.Report;
var engine = session.Engine;

Console.WriteLine($"Learning partners of {engine.Municipality(code).Name} ({code}) in {year}");
foreach (var byIndicator in engine.Partners(year, code).GroupBy(p => p.Indicator))
{
    var indicator = engine.Catalog.Get(byIndicator.Key);
    var own = engine.Data.ValueOrNaN(code, year, indicator.Code);
    Console.WriteLine();
    var best = byIndicator.All(p => p.Role == PartnerRole.LearnsFromYou);
    Console.WriteLine($"{indicator.Name.En} ({indicator.Code}): own value {own:F2}" + (best ? " — among the best; these can learn from you:" : string.Empty));
    foreach (var p in byIndicator)
    {
        Console.WriteLine($"  {p.Municipality}  {p.Name,-24} value {p.Value,10:F2}  rank {p.Rank,2}  distance {p.Distance:F3}");
    }
}

Console.WriteLine();
Console.WriteLine("Indicators without partners are left out: neutral ones, a group too small, a missing or unpublished own value, or nobody measurably better.");
