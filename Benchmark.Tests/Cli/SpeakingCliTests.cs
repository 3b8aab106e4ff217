using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary>Did-you-mean and one language for usage errors (issue 13).</summary>
public sealed class SpeakingCliTests
{
    private static readonly string Input = Path.Combine("samples", "benchmark-2024.csv");

    [TestCase(new[] { "compar", "GM0193" }, "Onbekende opdracht 'compar'. Bedoelt u 'compare'?")]
    [TestCase(new[] { "compare", "GM0193", "--yeer", "2024" }, "Onbekende optie '--yeer'. Bedoelt u '--year'?")]
    [TestCase(new[] { "compare", "GM0193", "--lang", "de" }, "'de' is geen geldige waarde; kies uit: nl, en.")]
    [TestCase(new[] { "compare" }, "Bij 'compare' ontbreekt het argument MUNICIPALITY.")]
    [TestCase(new[] { "compare", "GM0193", "Oost" }, "'Oost' hoort bij geen argument of optie.")]
    public void UsageError_IsDutchByDefault_WithTheNearestName(string[] args, string expected)
    {
        var run = CliRunner.Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain(expected));
        Assert.That(run.Error, Does.Contain("Zie 'benchmark --help'").And.Not.Contain("Run 'benchmark"));
    }

    [Test]
    public void EveryCommandInTheHelp_IsSuggestedForATypo()
    {
        // The names the help lists under COMMANDS (and under each group's COMMANDS), one letter added: each gets its
        // own name back as the suggestion ('serv' was answered without one while the list missed the newer commands).
        var groups = new[] { "datasets", "survey", "explain", "agenda", "users" };
        var names = groups.Select(g => CliRunner.Run(g, "--help", "--lang", "en").Console).Prepend(CliRunner.Run("--help", "--lang", "en").Console)
            .SelectMany(help => help[help.IndexOf("COMMANDS:", StringComparison.Ordinal)..].Split('\n').Skip(1))
            .TakeWhile(line => line.Length == 0 || line.StartsWith(' '))
            .Where(line => line.Length > 4 && line[..4] == "    " && char.IsAsciiLetterLower(line[4]))
            .Select(line => line.Trim().Split(' ')[0])
            .Distinct()
            .ToList();
        Assert.That(names, Does.Contain("serve").And.Contain("survey").And.Contain("reset-password"), "the help was read");

        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                var run = CliRunner.Run(name + "x", "--lang", "en");
                Assert.That(run.Error, Does.Contain($"Did you mean '{name}'?"), name);
            }
        });
    }

    [Test]
    public void UsageError_WithLangEn_IsEnglish()
    {
        var run = CliRunner.Run("compare", "GM0193", "--yeer", "2024", "--lang", "en");

        Assert.That(run.Error, Does.Contain("Unknown option '--yeer'. Did you mean '--year'?").And.Contain("Run 'benchmark --help'"));
    }

    [TestCase("overhaed_pct", "Bedoelt u 'overhead_pct'")]
    [TestCase("Ziekteverzium", "Bedoelt u 'sickness_absence_pct'")]
    public void UnknownIndicator_NamesTheNearestOneOnly(string typed, string expected)
    {
        var run = CliRunner.Run("rank", "--indicator", typed, "--input", Input);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain(expected).And.Not.Contain("ict_costs_per_fte"));
    }

    [Test]
    public void UnknownMunicipalityName_NamesTheNearestOne()
    {
        var run = CliRunner.Run("compare", "Zwole", "--input", Input, "--lang", "en");

        Assert.That(run.Error, Does.Contain("Did you mean 'Zwolle'?"));
    }

    [Test]
    public void YearWithoutData_IsDutchByDefault()
    {
        var run = CliRunner.Run("compare", "GM0193", "--year", "2030", "--input", Input);

        Assert.That(run.Error, Does.Contain("Geen gegevens voor 2030; de invoer bevat 2024."));
    }

    [Test]
    public void Validate_SummaryPerRuleComesFirst_ThenAtMostMaxFindingsDetails()
    {
        var run = CliRunner.Run("validate", Input, "--max-findings", "2");
        var text = run.Console;

        var summary = text.IndexOf("plausibility.survey-below-threshold", StringComparison.Ordinal);
        var details = text.IndexOf("Details", StringComparison.Ordinal);
        Assert.That(summary, Is.GreaterThan(0).And.LessThan(details));
        Assert.That(text, Does.Contain("Enquête onder de publicatiedrempel."));
        Assert.That(text.Split("GM0060 (Ameland)").Length - 1, Is.EqualTo(2), "two findings in detail, both about Ameland");
        Assert.That(text, Does.Contain("… en nog 101 bevindingen"));
    }

    [Test]
    public void Validate_ShowsValuesAsTheFileWritesThem_AndDerivedValuesWithTwoDecimals()
    {
        var text = CliRunner.Run("validate", Input, "--max-findings", "0").Console;

        Assert.That(text, Does.Contain("Interne klanttevredenheid = 6,5").And.Not.Contain("= 6.5"));
        Assert.That(text, Does.Contain("bezetting_per_1000 = 12,14").And.Not.Contain("12,139918"));
    }

    [Test]
    public void Validate_DoesNotRepeatTheColumnAsValue_AndCountsInTheSingular()
    {
        var text = CliRunner.Run("validate", Path.Combine("samples", "messy", "unknown-column.csv")).Console;

        Assert.That(text, Does.Not.Contain("Aantal koffieautomaten = Aantal koffieautomaten"));
        Assert.That(text, Does.Contain("1 waarschuwing").And.Not.Contain("1 waarschuwingen").And.Contain("1 bestand,"));
        Assert.That(text, Does.Not.Contain("info bestand ="));
    }

    [Test]
    public void Stats_CsvExcelNl_IsSemicolonDecimalCommaWithBom_AndWithoutNoise()
    {
        var run = CliRunner.Run("stats", "--input", Input, "--year", "2024", "--csv", "excel-nl");
        var lines = run.Out.Split('\n');

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(lines[0], Does.StartWith("\uFEFFindicator;year;group;"));
        Assert.That(lines[1], Does.Match(@"^sickness_absence_pct;2024;[^;]+;size-class;\d+;\d+;\d+,\d+;"));
        Assert.That(run.Out, Does.Not.Match(@"\d[,.]\d*(9{7,}|0{7,})\d"), "no arithmetic noise");
    }

    [Test]
    public void Compare_CsvInvariant_HasNoNoise()
    {
        var run = CliRunner.Run("compare", "GM0193", "--input", Input, "--format", "csv");

        Assert.That(run.Out, Does.StartWith("indicator,name,"));
        Assert.That(run.Out, Does.Not.Match(@"\d\.\d*(9{7,}|0{7,})\d"));
    }

    [Test]
    public void Compare_DifferenceToMedian_IsInTheIndicatorsUnitWithTheRelativeBeside()
    {
        var nl = CliRunner.Run("compare", "GM0193", "--input", Input).Console;
        var en = CliRunner.Run("compare", "GM0193", "--input", Input, "--lang", "en").Console;

        Assert.That(nl, Does.Contain("+1,3\u00A0%-punt (+13%)"), "overhead: percentage points, as the PDF says");
        Assert.That(nl, Does.Contain("\u2212€\u00A054 (\u22128%)"), "running costs per inhabitant: euros");
        Assert.That(en, Does.Contain("+1.3\u00A0pp (+13%)"));
    }

    [Test]
    public void StatusLine_WritesInPlaceOnATerminal_AndNothingElsewhere()
    {
        using var terminal = new StringWriter();
        using var pipe = new StringWriter();
        using (var status = new Benchmark.Cli.Infrastructure.StatusLine(terminal, enabled: true))
        {
            status.Show("Bezig: 1/2 a.csv");
            status.Show("Bezig: 2/2 b.csv");
        }

        using (var silent = new Benchmark.Cli.Infrastructure.StatusLine(pipe, enabled: false))
        {
            silent.Show("Bezig: 1/2 a.csv");
        }

        Assert.That(terminal.ToString(), Does.StartWith("\rBezig: 1/2 a.csv\rBezig: 2/2 b.csv").And.EndWith("\r"));
        Assert.That(pipe.ToString(), Is.Empty);
    }

    [Test]
    public void StatusLine_ShowsFileProgressInTheReadersLanguage_AndGivesNoReceiverWhenSilent()
    {
        using var terminal = new StringWriter();
        using (var status = new Benchmark.Cli.Infrastructure.StatusLine(terminal, enabled: true))
        {
            status.Files(Benchmark.Text.Language.Dutch, "2/6")!.Report(new Benchmark.Import.ImportProgress("data/benchmark-2020.csv", 450, 1000));
            status.Files(Benchmark.Text.Language.English)!.Report(new Benchmark.Import.ImportProgress("big.csv", 3 << 20, null));
            status.Count(Benchmark.Text.Language.Dutch, "rapporten 2024", 3, 12);
        }

        using var pipe = new StringWriter();
        using var silent = new Benchmark.Cli.Infrastructure.StatusLine(pipe, enabled: false);

        Assert.That(terminal.ToString(), Does.Contain("\rBezig: 2/6 benchmark-2020.csv lezen… 45 %")
            .And.Contain("\rWorking: reading big.csv… 3 MB")
            .And.Contain("\rBezig: rapporten 2024 3/12 (25 %)"));
        Assert.That(silent.Files(Benchmark.Text.Language.Dutch), Is.Null);
    }

    [Test]
    public void Validate_WhenStandardErrorIsNotATerminal_PrintsNoProgress()
    {
        var run = CliRunner.Run("validate", Input);

        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public void Peers_StructuralVariables_AreInWords()
    {
        var nl = CliRunner.Run("peers", "GM0193", "--peers", "nearest:5", "--input", Input).Console;

        Assert.That(nl, Does.Contain("log(inwoners) × 1, omgevingsadressendichtheid × 1").And.Not.Contain("None address_density"));
    }
}
