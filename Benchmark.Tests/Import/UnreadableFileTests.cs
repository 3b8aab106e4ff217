using System.Text;
using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

public sealed class UnreadableFileTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "benchmark-import-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Import_MissingAndBinaryFiles_AreReportedAndTheOthersLoad()
    {
        var good = Path.Combine(_dir, "good.csv");
        File.WriteAllText(good, "gemeentecode;jaar;inwoners\r\nGM0363;2024;931298\r\n", Encoding.UTF8);
        var binary = Path.Combine(_dir, "workbook.xlsx");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x00, 0x00, 0x21, 0x00]);
        var missing = Path.Combine(_dir, "missing.csv");

        var result = CsvImporter.Import([missing, good, binary, _dir], ImportOptions.Default);

        Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { missing, good, binary, _dir }));
        foreach (var report in new[] { result.Files[0], result.Files[2], result.Files[3] })
        {
            var f = report.Findings.Single();
            Assert.That((f.Rule, f.Severity, f.File, f.Line, f.Column), Is.EqualTo((Rules.FileUnreadable, Severity.Error, report.Path, 0, (string?)null)));
            Assert.That(f.Message.En, Does.Not.Contain(" at "), "no stack trace");
            Assert.That(report.RowsRead, Is.Zero);
        }

        Assert.That(result.Files[0].Findings[0].Message.En, Does.Contain("does not exist"));
        Assert.That(result.Files[2].Findings[0].Message.En, Does.Contain("not a readable Excel workbook"));
        Assert.That(result.Files[1].Findings, Is.Empty);
        Assert.That(result.Dataset.Observations.Single().Source.File, Is.EqualTo(good));
    }

    [Test]
    public void Import_UnterminatedQuote_CostsOnlyItsRow_ReadingGoesOnAtTheNextLine()
    {
        // Issue 16: the quote used to end reading, losing every row after it.
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0363;2024;931298\nGM0014;2024;\"243768\nGM0034;2024;226500\nGM0037;2024;32013\n");

        Assert.That(result.Findings(Rules.FileUnreadable), Is.Empty);
        var f = result.Findings(Rules.FieldCount).Single();
        Assert.That((f.Line, f.Column), Is.EqualTo((3, (string?)null)));
        Assert.That(f.Message.En, Does.Contain("line 3").And.Contain("never closed").And.Contain("went on at line 4"));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
        Assert.That(result.Value("GM0037", 2024, "inhabitants"), Is.EqualTo(32013));
        Assert.That((result.Report().RowsRead, result.Report().RowsAccepted, result.Report().RowsRejected), Is.EqualTo((4, 3, 1)));
    }

    [Test]
    public void Import_RunawayQuoteBeyondMaxRecordSize_SkipsThatRowAndReadsOn()
    {
        // The runaway quote opens on line 3 and the file goes on for 200,000 characters (beyond the 64 KiB buffer).
        var text = "gemeentecode;jaar;inwoners\nGM0363;2024;931298\nGM0014;2024;\"243768\n" + string.Concat(Enumerable.Repeat("GM0034;2024;226500\n", 10_000));
        var options = ImportOptions.Default with { MaxRecordSize = 4096 };

        var result = ImportHelper.Import(text, options);

        var f = result.Findings(Rules.FieldCount).Single();
        Assert.That(f.Line, Is.EqualTo(3));
        Assert.That(f.Message.En, Does.Contain("4096").Or.Contain("4,096"));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
        Assert.That(result.Value("GM0034", 2024, "inhabitants"), Is.EqualTo(226500));
        Assert.That((result.Report().RowsRead, result.Report().RowsRejected), Is.EqualTo((10_002, 1)));
    }

    [Test]
    public void Import_ManyOversizedRecordsInARow_EachCostsItsRow()
    {
        // Broken records one after another: skipped in a loop, not by recursion (which would exhaust the stack).
        var text = "gemeentecode;jaar;inwoners\n" + string.Concat(Enumerable.Repeat("GM0014;2024;" + new string('1', 100) + "\n", 5_000)) + "GM0034;2024;226500\n";

        var result = ImportHelper.Import(text, ImportOptions.Default with { MaxRecordSize = 64 });

        // CsvHelper checks the size when its buffer fills, so some of these pass as (rejected) rows; each broken one costs only itself.
        Assert.That(result.Findings(Rules.FieldCount), Is.Not.Empty);
        Assert.That(result.Findings(Rules.FileUnreadable), Is.Empty);
        Assert.That(result.Report().RowsRead, Is.EqualTo(5_001));
        Assert.That(result.Value("GM0034", 2024, "inhabitants"), Is.EqualTo(226500));
    }

    [Test]
    public void Import_InconsistentOptions_AreProgrammerErrors()
    {
        Assert.That(() => CsvImporter.Import([], ImportOptions.Default with { FirstYear = 2030, LastYear = 2020 }), Throws.ArgumentException);
        Assert.That(() => CsvImporter.Import([], ImportOptions.Default with { MaxRecordSize = 0 }), Throws.ArgumentException);
        Assert.That(() => CsvImporter.Import((IEnumerable<string>)null!, ImportOptions.Default), Throws.ArgumentNullException);
    }
}
