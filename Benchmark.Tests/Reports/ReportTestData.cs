using Benchmark.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Benchmark.Import;
using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>
/// The engine over the bundled samples (samples/benchmark-2019…2024.csv, seeded synthetic data, with the learning
/// circles of samples/groups.csv), loaded once for every report test, and helpers to read PDFs back.
/// </summary>
internal static class ReportTestData
{
    public const int Year = 2024;

    public static readonly MunicipalityCode Zwolle = MunicipalityCode.Parse("GM0193");

    /// <summary>A fixed clock: reports made with it are byte-for-byte reproducible.</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    private static readonly Lazy<BenchmarkEngine> Loaded = new(Load);

    public static BenchmarkEngine Engine => Loaded.Value;

    public static IReadOnlyList<string> SampleFiles =>
        [.. Enumerable.Range(2019, 6).Select(y => Path.Combine(TestPaths.Samples, $"benchmark-{y.ToString(CultureInfo.InvariantCulture)}.csv"))];

    public static ReportOptions Options(bool anonymize = false, Text.Language language = Text.Language.Dutch) => ReportOptions.Default with
    {
        Clock = Clock,
        Anonymize = anonymize,
        AnonymizationKey = "report-tests",
        Language = language,
        Sources = [.. SampleFiles.Select(DatasetSource.FromFile)],
    };

    /// <summary>The text of every page, with no-break spaces as plain spaces.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Normalize(string.Join(" ", p.GetWords().Select(w => w.Text))) + "\n" + Normalize(p.Text))];
    }

    public static string Normalize(string text) => text.Replace('\u00A0', ' ');

    /// <summary>Whether <paramref name="name"/> occurs in <paramref name="text"/> as a whole word.</summary>
    public static bool ContainsWord(string text, string name) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);

    private static BenchmarkEngine Load()
    {
        var report = DatasetLoader.Load(SampleFiles);
        var groups = GroupFileReader.Read(Path.Combine(TestPaths.Samples, "groups.csv"), BuiltInMunicipalities.Registry).Groups;
        return new BenchmarkEngine(report.Dataset, BuiltInMunicipalities.Registry, options: BenchmarkOptions.Default with { Groups = groups });
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
