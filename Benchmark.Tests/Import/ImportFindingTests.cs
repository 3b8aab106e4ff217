using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>Every rule the importer emits, with its severity, line, column and value.</summary>
public sealed class ImportFindingTests
{
    [Test]
    public void Import_UnknownColumn_IsWarningNamingTheColumn()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;koffieautomaten;inwoners\nGM0363;2024;12;931298\n");

        var f = result.Findings(Rules.UnknownColumn).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Warning, 1, "koffieautomaten", "koffieautomaten")));
        Assert.That(f.Message.En, Does.Contain("'koffieautomaten'").And.Contain("ignored"));
        Assert.That(f.Message.Nl, Does.Contain("'koffieautomaten'").And.Contain("genegeerd"));
        Assert.That(result.Dataset.Count, Is.EqualTo(1));
    }

    [Test]
    public void Import_DuplicateFigureColumn_IsErrorAndFirstColumnIsKept()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;totale lasten;lasten\nGM0363;2024;100;200\n");

        var f = result.Findings(Rules.DuplicateColumn).Single();
        Assert.That((f.Severity, f.Line, f.Column), Is.EqualTo((Severity.Error, 1, "lasten")));
        Assert.That(f.Message.En, Does.Contain("'totale lasten'"));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(100));
        Assert.That(result.Dataset.Count, Is.EqualTo(1));
    }

    [Test]
    public void Import_DuplicateKeyColumn_IsErrorAndFirstColumnIsKept()
    {
        var result = ImportHelper.Import("gemeentecode;gm-code;jaar;inwoners\nGM0363;GM0014;2024;931298\n");

        var f = result.Findings(Rules.DuplicateColumn).Single();
        Assert.That((f.Line, f.Column), Is.EqualTo((1, "gm-code")));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
    }

    [TestCase("jaar;inwoners\n2024;5\n2024;6\n", "municipality code")]
    [TestCase("gemeentecode;inwoners\nGM0363;5\nGM0014;6\n", "year")]
    [TestCase("gemeentecode;jaar;indicator\nGM0363;2024;inhabitants\nGM0014;2024;inhabitants\n", "value")]
    [TestCase("gemeentecode;jaar;waarde\nGM0363;2024;5\nGM0014;2024;6\n", "indicator")]
    public void Import_MissingRequiredColumn_RejectsTheWholeFile(string text, string missing)
    {
        var result = ImportHelper.Import(text);

        var report = result.Report();
        var f = result.Findings(Rules.MissingColumn).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 1, (string?)null, (string?)null)));
        Assert.That(f.Message.En, Does.Contain(missing).And.Contain("2 rows"));
        Assert.That((report.RowsRead, report.RowsAccepted, report.RowsRejected), Is.EqualTo((2, 0, 2)));
        Assert.That(result.Dataset.Count, Is.Zero);
    }

    [Test]
    public void Import_WrongFieldCount_RejectsTheRow()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0363;2024;931298;x\nGM0014;2024\nGM0034;2024;226500\n");

        var findings = result.Findings(Rules.FieldCount);
        Assert.That(findings.Select(f => (f.Line, f.Column)), Is.EqualTo(new[] { (2, (string?)null), (3, (string?)null) }));
        Assert.That(findings[0].Message.En, Does.Contain("4 fields").And.Contain("3"));
        Assert.That((result.Report().RowsRead, result.Report().RowsAccepted, result.Report().RowsRejected), Is.EqualTo((3, 1, 2)));
    }

    [Test]
    public void Import_NotANumber_RejectsOnlyTheValue()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners;totale lasten\nGM0363;2024;veel;100\n");

        var f = result.Findings(Rules.NotANumber).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 2, "inwoners", "veel")));
        Assert.That(f.Message.En, Does.Contain("Inhabitants"));
        Assert.That(result.Report().RowsAccepted, Is.EqualTo(1));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(100));
    }

    [TestCase("20x4")]
    [TestCase("1980")]
    [TestCase("2024,5")]
    [TestCase("")]
    public void Import_InvalidYear_RejectsTheRow(string year)
    {
        var result = ImportHelper.Import($"gemeentecode;jaar;inwoners\nGM0363;{year};931298\n");

        var f = result.Findings(Rules.InvalidYear).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 2, "jaar", year)));
        Assert.That(f.Message.En, Does.Contain("1990").And.Contain("2100"));
        Assert.That(result.Report().RowsRejected, Is.EqualTo(1));
        Assert.That(result.Dataset.Count, Is.Zero);
    }

    [Test]
    public void Import_YearRange_ComesFromOptions()
    {
        var options = ImportOptions.Default with { FirstYear = 2020, LastYear = 2023 };

        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0363;2024;931298\nGM0363;2020;900000\n", options);

        Assert.That(result.Findings(Rules.InvalidYear).Single().Line, Is.EqualTo(2));
        Assert.That(result.Value("GM0363", 2020, "inhabitants"), Is.EqualTo(900000));
    }

    [TestCase("GM36")]
    [TestCase("Amsterdam")]
    [TestCase("GM03630")]
    public void Import_MalformedCode_RejectsTheRow(string code)
    {
        var result = ImportHelper.Import($"gemeentecode;jaar;inwoners\n{code};2024;931298\n");

        var f = result.Findings(Rules.MalformedCode).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 2, "gemeentecode", code)));
        Assert.That(f.Message.En, Does.Contain("GM0363"));
        Assert.That(result.Report().RowsRejected, Is.EqualTo(1));
    }

    [Test]
    public void Import_CodeNotInReference_RejectsTheRow()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM9999;2024;5\n");

        var f = result.Findings(Rules.UnknownCode).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 2, "gemeentecode", "GM9999")));
        Assert.That(result.Report().RowsRejected, Is.EqualTo(1));
    }

    [Test]
    public void Import_CodeNotExistingThatYear_RejectsTheRow()
    {
        // A municipality dissolved after 2018 (valid_to), as a reference file would say.
        var registry = new MunicipalityRegistry([new Municipality(MunicipalityCode.Parse("GM0007"), "Bellingwedde", "Groningen", new Dictionary<int, long>(), ValidTo: 2017)]);
        var options = ImportOptions.Default with { Municipalities = registry };

        var result = ImportHelper.Import("gemeentecode;jaar;inwoners\nGM0007;2018;8900\nGM0007;2017;8950\n", options);

        var f = result.Findings(Rules.UnknownCode).Single();
        Assert.That((f.Line, f.Column, f.Value), Is.EqualTo((2, "gemeentecode", "GM0007")));
        Assert.That(f.Message.En, Does.Contain("2018").And.Contain("2017"));
        Assert.That(result.Value("GM0007", 2017, "inhabitants"), Is.EqualTo(8950));
    }

    [Test]
    public void Import_NameMismatch_IsWarningNamingTheExpectedNameAndKeepsTheRow()
    {
        var result = ImportHelper.Import("gemeentecode;gemeentenaam;jaar;inwoners\nGM0363;Rotterdam;2024;931298\nGM0518;Den Haag;2024;566221\n");

        var f = result.Findings(Rules.NameMismatch).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Warning, 2, "gemeentenaam", "Rotterdam")));
        Assert.That(f.Message.En, Does.Contain("'Amsterdam'"));
        Assert.That(f.Message.Nl, Does.Contain("'Amsterdam'"));
        Assert.That(result.Report().RowsAccepted, Is.EqualTo(2));
    }

    [Test]
    public void Import_UnknownIndicatorInLongFile_IsErrorForThatValue()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;indicator;waarde\nGM0363;2024;koffie;5\nGM0363;2024;overhead %;7,5\n");

        var f = result.Findings(Rules.UnknownIndicator).Single();
        Assert.That((f.Severity, f.Line, f.Column, f.Value), Is.EqualTo((Severity.Error, 2, "indicator", "koffie")));
        Assert.That(f.Message.En, Does.Contain("nknown indicator"));
        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(7.5));
        Assert.That(result.Report().RowsAccepted, Is.EqualTo(2));
    }

    [Test]
    public void Import_SeveralProblemsInOneRow_AreOrderedByLineThenColumn()
    {
        var result = ImportHelper.Import("onbekend;gemeentecode;jaar;inwoners\nx;GM36;20x4;abc\ny;GM0363;2024;abc\n");

        var order = result.Report().Findings.Select(f => (f.Line, f.Rule)).ToList();
        Assert.That(order, Is.EqualTo(new[]
        {
            (1, Rules.UnknownColumn),
            (2, Rules.MalformedCode),
            (2, Rules.InvalidYear),
            (3, Rules.NotANumber),
        }));
    }

    [Test]
    public void Import_EveryFinding_HasDutchAndEnglishMessageAndHint()
    {
        var result = ImportHelper.Import("onbekend;gemeentecode;gemeentenaam;jaar;inwoners;totale lasten;lasten\nx;GM36;A;20x4;abc;1;2\ny;GM0363;Rotterdam;2024;1.234;1;2\nz;GM9999;;2024;1;1;1\n");

        Assert.That(result.Report().Findings, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(result.Report().Findings, Has.All.Matches<Finding>(f =>
            f!.File == ImportHelper.FileName && f.Message.Nl.Length > 0 && f.Message.En.Length > 0 && f.Hint.Nl.Length > 0 && f.Hint.En.Length > 0 && f.Message.Nl != f.Message.En));
    }

    [Test]
    public void Import_KeyProblemsRepeatedOnConsecutiveRows_AreReportedOnEveryRow()
    {
        // Consecutive rows repeat their code, year and name texts (the reader pools them): each row still gets its own
        // finding, and a good key after bad ones is read again.
        var result = ImportHelper.Import(
            "gemeentecode;gemeentenaam;jaar;inwoners\n" +
            "GM03X3;Amsterdam;2024;1\nGM03X3;Amsterdam;2024;2\n" +
            "GM9998;Nergens;2024;3\nGM9998;Nergens;2024;4\n" +
            "GM0363;Rotterdam;2024;5\nGM0363;Rotterdam;2023;6\n" +
            "GM0363;Amsterdam;1800;7\nGM0363;Amsterdam;1800;8\n" +
            "GM0363;Amsterdam;2022;9\n");

        Assert.That(result.Findings(Rules.MalformedCode).Select(f => f.Line), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(result.Findings(Rules.UnknownCode).Select(f => f.Line), Is.EqualTo(new[] { 4, 5 }));
        Assert.That(result.Findings(Rules.NameMismatch).Select(f => f.Line), Is.EqualTo(new[] { 6, 7 }));
        Assert.That(result.Findings(Rules.InvalidYear).Select(f => f.Line), Is.EqualTo(new[] { 8, 9 }));
        Assert.That(result.Dataset.Observations.Select(o => (o.Year, o.Value)), Is.EqualTo(new[] { (2022, 9.0), (2023, 6.0), (2024, 5.0) }));
    }
}
