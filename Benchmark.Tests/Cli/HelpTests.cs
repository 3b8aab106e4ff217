using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary>Every command's help renders (option descriptions are Spectre markup: a stray bracket breaks them).</summary>
public sealed class HelpTests
{
    [TestCase]
    [TestCase("demo")]
    [TestCase("validate")]
    [TestCase("import")]
    [TestCase("datasets")]
    [TestCase("datasets", "show")]
    [TestCase("datasets", "delete")]
    [TestCase("export")]
    [TestCase("compare")]
    [TestCase("rank")]
    [TestCase("stats")]
    [TestCase("peers")]
    [TestCase("partners")]
    [TestCase("report")]
    [TestCase("chart")]
    [TestCase("samples")]
    [TestCase("generate")]
    [TestCase("template")]
    [TestCase("survey")]
    [TestCase("survey", "validate")]
    [TestCase("survey", "import")]
    [TestCase("survey", "show")]
    [TestCase("survey", "purge")]
    [TestCase("explain")]
    [TestCase("explain", "list")]
    [TestCase("explain", "export")]
    [TestCase("explain", "import")]
    [TestCase("agenda")]
    [TestCase("agenda", "add")]
    [TestCase("agenda", "list")]
    [TestCase("agenda", "export")]
    public void Help_RendersWithoutError(params string[] command)
    {
        var run = CliRunner.Run([.. command, "--help"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Console, Does.Contain("GEBRUIK:"));
        Assert.That(run.Error, Is.Empty);

        // An example is pasted into a shell as shown: a group name with a space must be quoted there.
        Assert.That(run.Console, Does.Not.Match("Leerkring Oost(?!\")"), "an unquoted group name in an example");
    }

    [TestCase("--version")]
    [TestCase("-v")]
    public void Version_PrintsTheToolsVersion(string option)
    {
        var run = CliRunner.Run(option);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Console.Trim(), Is.EqualTo("0.6.0"), "Directory.Build.props sets the version");
    }

    [Test]
    public void Help_IsDutchByDefault_AndEnglishWithLangEn()
    {
        var nl = CliRunner.Run("compare", "--help").Console;
        var en = CliRunner.Run("compare", "--help", "--lang", "en").Console;

        Assert.That(nl, Does.Contain("Positie van een gemeente in haar vergelijkingsgroep").And.Contain("De gemeente: CBS-code (GM0193)"));
        Assert.That(nl, Does.Not.Contain("The municipality: CBS code").And.Not.Contain("USAGE").And.Not.Contain("Prints help"));
        Assert.That(nl, Does.Contain("GEBRUIK:").And.Contain("OPTIES:").And.Contain("Toont hulpinformatie"));
        Assert.That(en, Does.Contain("USAGE:").And.Contain("Prints help information"));
        Assert.That(en, Does.Contain("Position of one municipality in its peer group").And.Contain("The municipality: CBS code (GM0193)"));
    }

    [TestCase("survey", "Belevingsonderzoek (MTO, KTV) uit respondentdata", "Experience survey (MTO, KTV)")]
    [TestCase("explain", "Duiding bij een waarde", "Explanations kept with a value")]
    [TestCase("agenda", "De leeragenda: afgesproken acties", "The learning agenda: agreed actions")]
    public void ConversationCommandHelp_IsDutchByDefault(string command, string dutch, string english)
    {
        // Issue 13: the descriptions of survey, explain and agenda (and their sub-commands) were English in Dutch help.
        var nl = CliRunner.Run(command, "--help").Console;

        Assert.That(nl, Does.Contain(dutch).And.Not.Contain(english));
    }

    [Test]
    public void ConversationSubCommandHelp_IsDutchByDefault_AndEnglishWithLangEn()
    {
        var nl = CliRunner.Run("survey", "validate", "--help").Console;
        var en = CliRunner.Run("survey", "validate", "--help", "--lang", "en").Console;

        Assert.That(nl, Does.Contain("Controleer een respondentbestand per regel en kolom").And.Not.Contain("Check a respondent file"));
        Assert.That(en, Does.Contain("Check a respondent file by line and column").And.Not.Contain("Controleer een respondentbestand"));
    }

    [TestCase("survey")]
    [TestCase("explain")]
    [TestCase("agenda")]
    [TestCase("datasets")]
    [TestCase("users")]
    [TestCase("survey", "show")]
    public void GroupCommandHelp_InEnglish_PrintsHelpAndNoError(params string[] command)
    {
        // Issue 13 leftover: `survey --help --lang en` printed nothing (exit 2) and `datasets --help --lang en` printed
        // help followed by "The option '--lang' does not belong to this command" — a group command has no --lang.
        foreach (var lang in new[] { new[] { "--lang", "en" }, ["--lang=en"] })
        {
            var run = CliRunner.Run([.. command, "--help", .. lang]);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Console, Does.Contain("USAGE:").And.Not.Contain("GEBRUIK:"));
        }
    }

    [Test]
    public void EveryOptionDescription_HasItsDutch()
    {
        var english = typeof(BenchmarkApp).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .SelectMany(p => p.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), inherit: false))
            .Select(a => ((System.ComponentModel.DescriptionAttribute)a).GetType().GetProperty("DescriptionValue", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(a) as string)
            .Distinct()
            .ToList();

        Assert.That(english, Is.Not.Empty);
        Assert.That(english.Where(e => !Benchmark.Cli.Help.DutchHelp.Texts.ContainsKey(e!)), Is.Empty);
    }

    [Test]
    public void ReportHelp_QuotesTheGroupNameWithASpace()
    {
        var help = CliRunner.Run("report", "--help").Console;

        Assert.That(help, Does.Contain("--group \"Leerkring Oost\""));
    }
}
