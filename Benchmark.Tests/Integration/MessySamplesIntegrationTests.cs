using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Integration;

/// <summary>
/// Reads every file in samples/messy through the whole pipeline (importer + validator), each on its own, and checks the
/// findings against samples/messy/expected-findings.csv: every planted problem at its line, column and rule, and nothing
/// else (info-level coverage notes aside).
/// </summary>
public sealed class MessySamplesIntegrationTests
{
    private static string MessyFolder => Path.Combine(TestPaths.Samples, "messy");

    private static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "samples", "messy"), "*.csv")
            .Select(Path.GetFileName)
            .Where(f => f != "expected-findings.csv")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName($"Validate_{f}_ReportsExactlyThePlantedFindings"));

    [TestCaseSource(nameof(Files))]
    public void Validate_MessyFile_ReportsExactlyThePlantedFindings(string file)
    {
        var expected = Expected().Where(e => e.File == file).Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();

        var report = DatasetLoader.Load([Path.Combine(MessyFolder, file)]);
        var actual = report.AllFindings
            .Where(f => f.Severity != Severity.Info)
            .Select(f => new Expectation(file, f.Line, f.Column ?? string.Empty, f.Rule).ToString())
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(actual, Is.EqualTo(expected), () => string.Join(Environment.NewLine, report.AllFindings.Select(f => $"{f.Line} [{f.Column}] {f.Rule}: {f.Message.En}")));
    }

    [Test]
    public void Windows1252File_IsCleanAndKeepsSudwestFryslan()
    {
        var report = DatasetLoader.Load([Path.Combine(MessyFolder, "windows-1252.csv")]);

        Assert.That(report.HasErrors, Is.False);
        Assert.That(report.Files[0].Format!.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(report.Dataset.Municipalities.Select(m => m.ToString()), Does.Contain("GM1900"));
    }

    private static List<Expectation> Expected() =>
        [.. File.ReadAllLines(Path.Combine(MessyFolder, "expected-findings.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(';'))
            .Select(f => new Expectation(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3]))];

    private sealed record Expectation(string File, int Line, string Column, string Rule)
    {
        public override string ToString() => $"{File}:{Line} [{Column}] {Rule}";
    }
}
