#!/usr/bin/env dotnet
// Compare one municipality with its size class on every indicator.
//   dotnet run samples/scripts/compare-municipality.cs              (GM0193 Zwolle, 2024)
//   dotnet run samples/scripts/compare-municipality.cs GM0363 2023  (Amsterdam, 2023)
#:project ../../Benchmark.Store/Benchmark.Store.csproj
#:property PublishAot=false

using System.Globalization;
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
Console.WriteLine($"Loaded {report.Dataset.Count} values: {report.ErrorCount} errors, {report.WarningCount} warnings.");

var engine = session.Engine;
var comparison = engine.Compare(year, code); // default peer group: the CBS size class
Console.WriteLine($"{comparison.Municipality.Name} ({code}), {year}: {comparison.PeerGroup.Name.En}, {comparison.PeerGroup.Count} municipalities");
Console.WriteLine();
Console.WriteLine($"{"Indicator",-36} {"Value",10} {"Median",10} {"Q1",10} {"Q3",10} {"Rank",8}");
foreach (var p in comparison.Positions)
{
    var group = p.Group.Values; // null when the group is too small to show statistics
    var rank = p.Rank > 0 ? $"{p.Rank}/{p.RankedCount}" : "–";
    Console.WriteLine($"{p.Indicator.Name.En,-36} {p.Value,10:F2} {group?.Median,10:F2} {group?.Q1,10:F2} {group?.Q3,10:F2} {rank,8}");
}

Console.WriteLine();
Console.WriteLine("Rank 1 = best in the indicator's direction (lowest cost, highest satisfaction); NaN = no value.");
