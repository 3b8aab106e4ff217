using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary>
/// One language at a time for the messages that used to pass the system's English text through (issue 13): an output
/// folder that does not exist, a missing input file, generate's option ranges, counts in singular and plural.
/// </summary>
public sealed class OneLanguageMessagesTests
{
    private static readonly string Input = Path.Combine("samples", "benchmark-2024.csv");

    [TestCase("compare", "GM0193")]
    [TestCase("stats")]
    [TestCase("report", "GM0193")]
    public void OutputInAMissingFolder_CreatesTheFolder_AsEveryCommandDoes(params string[] command)
    {
        // Issue 13: report created a missing folder while compare, stats and export refused; now every command creates it.
        var root = Path.Combine(Path.GetTempPath(), $"benchmark-missing-{Guid.NewGuid():N}");
        var target = Path.Combine(root, "sub", command[0] == "report" ? "x.pdf" : "x.csv");
        try
        {
            var run = CliRunner.Run([.. command, "--input", Input, "--out", target]);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
            Assert.That(File.Exists(target), Is.True);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Test]
    public void OutputInAFolderThatCannotBeCreated_IsToldInDutch_AndInEnglishWithLangEn()
    {
        var file = Path.GetTempFileName();
        try
        {
            var target = Path.Combine(file, "sub", "x.csv");

            var nl = CliRunner.Run("compare", "GM0193", "--input", Input, "--out", target);
            var en = CliRunner.Run("compare", "GM0193", "--input", Input, "--out", target, "--lang", "en");

            Assert.That(nl.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
            Assert.That(nl.Error, Does.Contain("niet schrijven").And.Contain("kan niet worden aangemaakt").And.Contain("er is niets geschreven"));
            Assert.That(nl.Error, Does.Not.Contain("cannot write").And.Not.Contain("cannot be created").And.Not.Contain("nothing was written"));
            Assert.That(en.Error, Does.Contain("cannot write").And.Contain("cannot be created").And.Contain("nothing was written").And.Not.Contain("niet schrijven"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void OutputToAFolder_IsToldInDutch()
    {
        var run = CliRunner.Run("stats", "--input", Input, "--out", Path.GetTempPath());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("dit is een map; geef een bestandsnaam").And.Not.Contain("this is a folder"));
    }

    [Test]
    public void ImportOfAMissingFile_IsToldInDutch_WithoutTheSystemText()
    {
        var db = Path.Combine(Path.GetTempPath(), $"benchmark-{Guid.NewGuid():N}.db");
        try
        {
            var run = CliRunner.Run("import", "does-not-exist.csv", "--db", db);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
            Assert.That(run.Error, Does.Contain("bestand niet gevonden").And.Not.Contain("Could not find file"));
        }
        finally
        {
            File.Delete(db);
        }
    }

    [TestCase(new[] { "--units", "0" }, "--units 0: het aantal eenheden moet tussen 1 en 100.000 liggen", "Units (0) must lie")]
    [TestCase(new[] { "--years", "0" }, "--years 0: het aantal jaren moet tussen 1 en 100 liggen", "Years (0) must lie")]
    [TestCase(new[] { "--missing", "0.9" }, "--missing 0.9: het aandeel ontbrekende waarden moet tussen 0 en 0.5 liggen", "MissingRate")]
    [TestCase(new[] { "--outliers", "-1" }, "--outliers -1: het aantal uitschieters mag niet negatief zijn", "must not be negative")]
    public void GenerateOutOfRange_IsToldInDutch(string[] option, string dutch, string english)
    {
        var run = CliRunner.Run(["generate", "--out", "x.csv", .. option]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain(dutch).And.Not.Contain(english));
    }

    [Test]
    public void GenerateOutOfRange_WithLangEn_IsEnglish()
    {
        var run = CliRunner.Run("generate", "--out", "x.csv", "--units", "0", "--lang", "en");

        Assert.That(run.Error, Does.Contain("--units 0: the number of units must lie within 1–100000").And.Not.Contain("eenheden"));
    }

    [Test]
    public void GenerateWithoutOut_IsToldInDutch()
    {
        var run = CliRunner.Run("generate");

        Assert.That(run.Error, Does.Contain("Geef het bestand om te schrijven: --out").And.Not.Contain("Give the file"));
    }

    [Test]
    public void ValidateSummary_CountsInSingularAndPlural()
    {
        var file = Path.Combine(Path.GetTempPath(), $"benchmark-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(file, [File.ReadLines(Path.Combine(TestPaths.RepositoryRoot(), Input)).First(), File.ReadLines(Path.Combine(TestPaths.RepositoryRoot(), Input)).Skip(1).First()]);
        try
        {
            var run = CliRunner.Run("validate", file, "--max-findings", "0");

            Assert.That(run.Console, Does.Contain("1 bestand, 1 rij,").And.Not.Contain("1 rijen"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void OptionOfAnotherCommand_IsNotSuggestedAsItself()
    {
        var run = CliRunner.Run("report", "--municipality", "Zwolle");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("De optie '--municipality' hoort niet bij deze opdracht").And.Not.Contain("Bedoelt u '--municipality'"));
    }

    [Test]
    public void RanksIntoAFolderThatCannotBeMade_IsToldInDutch()
    {
        var file = Path.GetTempFileName();
        try
        {
            var missing = Path.Combine(file, "r.csv");

            var run = CliRunner.Run("stats", "--input", Input, "--ranks", missing);

            Assert.That(run.Error, Does.Contain($"--ranks {missing}: kan {missing} niet schrijven").And.Not.Contain("cannot write"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AgendaExportWithoutAStore_IsToldInDutch()
    {
        var db = Path.Combine(Path.GetTempPath(), $"benchmark-{Guid.NewGuid():N}.db");

        var run = CliRunner.Run("agenda", "export", "--db", db);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain($"Er is nog geen opslag in {db}").And.Not.Contain("There is no store"));
    }

    [Test]
    public void SurveyImportWithoutAStore_IsToldInDutch()
    {
        var db = Path.Combine(Path.GetTempPath(), $"benchmark-{Guid.NewGuid():N}.db");

        var run = CliRunner.Run("survey", "import", Path.Combine("samples", "survey", "respondenten-2024.csv"), "--db", db);

        Assert.That(run.Error, Does.Contain("antwoorden van respondenten worden getoetst").And.Not.Contain("respondent answers"));
    }

    [TestCase(new[] { "explain", "GM0193" }, "explain heeft nog --indicator", "explain needs")]
    [TestCase(new[] { "survey", "purge" }, "Geef het jaar waarvan de antwoorden weg moeten", "Give the year")]
    [TestCase(new[] { "index", "--draws", "-1" }, "--draws moet tussen 0 en 1000000 liggen", "must be between")]
    public void SettingsErrors_AreToldInDutch(string[] args, string dutch, string english)
    {
        var run = CliRunner.Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain(dutch).And.Not.Contain(english));
    }

    [TestCase("nl", "Onbekende indicator 'nope'", "Unknown indicator")]
    [TestCase("en", "Unknown indicator 'nope'", "Onbekende indicator")]
    public void ExplainUnknownIndicator_IsToldInOneLanguage(string lang, string expected, string other)
    {
        var db = Path.Combine(Path.GetTempPath(), $"benchmark-{Guid.NewGuid():N}.db");
        try
        {
            Assert.That(CliRunner.Run("import", Input, "--db", db).ExitCode, Is.EqualTo(ExitCodes.Ok));

            var run = CliRunner.Run("explain", "GM0193", "--indicator", "nope", "--year", "2024", "--category", "onbekend", "--text", "x", "--db", db, "--lang", lang);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
            Assert.That(run.Error, Does.Contain(expected).And.Not.Contain(other));
        }
        finally
        {
            File.Delete(db);
        }
    }

    [Test]
    public void ImportError_WithoutAColumn_HasNoSpaceBeforeTheColon()
    {
        var folder = Directory.CreateTempSubdirectory("benchmark-import-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad.csv"), "a;b\n");

            var run = CliRunner.RunIn(folder, "import", "bad.csv", "--db", "t.db");

            Assert.That(run.Console, Does.Contain("regel 1: Verplichte kolom ontbreekt").And.Not.Contain("regel 1 :"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
