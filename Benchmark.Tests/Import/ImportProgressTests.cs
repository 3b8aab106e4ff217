using Benchmark.Import;

namespace Benchmark.Tests.Import;

/// <summary>Issue 13: the importer tells a progress display how far each file has been read (by bytes), and only when asked.</summary>
public sealed class ImportProgressTests
{
    [Test]
    public void Import_WithAProgressReceiver_ReportsTheStartAndTheWholeFile()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot(), "samples", "benchmark-2024.csv");
        var reports = new List<ImportProgress>();

        var result = CsvImporter.Import([path], ImportOptions.Default with { Progress = new Collect(reports) });

        var length = new FileInfo(path).Length;
        Assert.That(result.Dataset.Count, Is.GreaterThan(0));
        Assert.That(reports, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(reports[0], Is.EqualTo(new ImportProgress(path, 0, length)));
        Assert.That(reports[^1], Is.EqualTo(new ImportProgress(path, length, length)));
        Assert.That(reports[^1].Percent, Is.EqualTo(100));
        Assert.That(reports.Count, Is.LessThanOrEqualTo(102), "at most about a hundred reports per file");
    }

    [TestCase(0L, 1000L, 0)]
    [TestCase(455L, 1000L, 45)]
    [TestCase(1000L, 1000L, 100)]
    [TestCase(5L, 0L, null)]
    public void Percent_IsTheWholePercentage_OrNullWithoutASize(long read, long total, int? percent) =>
        Assert.That(new ImportProgress("f.csv", read, total == 0 ? null : total).Percent, Is.EqualTo(percent));

    /// <summary>A synchronous receiver (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Collect(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
