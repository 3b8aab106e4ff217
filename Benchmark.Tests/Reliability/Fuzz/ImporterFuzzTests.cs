using System.Globalization;
using Benchmark.Import;
using CsCheck;

namespace Benchmark.Tests.Reliability.Fuzz;

/// <summary>
/// The importer's fuzz harness: hostile generated files (quotes, NULs, noncharacters, lone surrogates, odd line ends,
/// escape sequences, formulas, long runs, raw byte noise) through reading, validation and the reference reader. Nothing
/// may throw, and every report must add up. CsCheck shrinks a failure to a small case and prints its seed.
/// </summary>
/// <remarks>
/// In the normal test run it samples 300 cases. <c>BENCHMARK_FUZZ_SECONDS=N</c> runs it for N seconds instead (.ci/run:
/// 60); <c>BENCHMARK_FUZZ_SEED=…</c> replays a reported failure. See docs/reliability.md.
/// </remarks>
[Category(TestCategories.Fuzz)]
public sealed class ImporterFuzzTests
{
    [Test]
    public void Importer_HostileFiles_NeverThrowAndReportsAddUp()
    {
        var seconds = Environment.GetEnvironmentVariable("BENCHMARK_FUZZ_SECONDS") is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        HostileCsv.Generator.Sample(
            Check,
            writeLine: TestContext.Progress.WriteLine,
            seed: Environment.GetEnvironmentVariable("BENCHMARK_FUZZ_SEED"),
            iter: seconds > 0 ? -1 : 300,
            time: seconds,
            print: c => c.ToString());
    }

    private static void Check(HostileCsv input)
    {
        var bytes = input.Bytes();
        var options = ImportOptions.Default;
        ImportResult result;
        using (var stream = new MemoryStream(bytes))
        {
            result = CsvImporter.Import(stream, "fuzz.csv", options);
        }

        var file = result.Files.Single();
        Require(file.RowsRead == file.RowsAccepted + file.RowsRejected, "rows read = accepted + rejected");
        Require(file.RowsAccepted >= 0 && file.RowsRejected >= 0, "row counts are not negative");
        Require(file.Findings.All(f => f.File == "fuzz.csv" && f.Line >= 0 && f.Message.Nl.Length > 0 && f.Message.En.Length > 0), "findings are located and say something");
        Require(result.Dataset.Observations.All(o => double.IsNaN(o.Value) || double.IsFinite(o.Value)), "values are finite or missing");

        var report = DatasetLoader.Validate(result, options);
        Require(report.Files.Single().Findings.Count >= file.Findings.Count, "validation keeps the reading findings");

        using var again = new MemoryStream(bytes);
        var reference = MunicipalityFileReader.Read(again, "fuzz.csv", options);
        Require(reference.Report.RowsRead == reference.Report.RowsAccepted + reference.Report.RowsRejected, "reference rows add up");
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Property broken: " + what);
        }
    }
}
