using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

public sealed class DemoCommandTests
{
    [Test]
    public void Demo_OnTheSamples_ValidatesEveryYearWithoutErrors()
    {
        var run = CliRunner.Run("demo", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Console + run.Error);
        foreach (var year in Enumerable.Range(2019, 6))
        {
            Assert.That(run.Console, Does.Contain($"benchmark-{year}.csv"));
        }

        Assert.That(run.Console, Does.Contain("342 municipalities in 6 years"));
    }

    [Test]
    public void Demo_WithAFolderThatDoesNotExist_ExitsTwo()
    {
        var run = CliRunner.Run("demo", "--samples", "no/such/folder");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("no/such/folder"));
    }
}
