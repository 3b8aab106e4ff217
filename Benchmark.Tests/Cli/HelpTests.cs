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
        Assert.That(run.Console, Does.Contain("USAGE"));
        Assert.That(run.Error, Is.Empty);
    }

    [TestCase("--version")]
    [TestCase("-v")]
    public void Version_PrintsTheToolsVersion(string option)
    {
        var run = CliRunner.Run(option);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Console.Trim(), Is.EqualTo("0.6.0"), "Directory.Build.props sets the version");
    }
}
