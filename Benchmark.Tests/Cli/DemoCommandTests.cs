using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

public sealed class DemoCommandTests
{
    [Test]
    [Category(TestCategories.Slow)]
    public void Demo_OnTheSamples_ImportsEveryYearIntoAFreshStoreAndCompares()
    {
        var folder = Directory.CreateTempSubdirectory("benchmark-demo-test").FullName;
        try
        {
            var run = CliRunner.RunIn(folder, "demo", "--samples", TestPaths.Samples, "--lang", "en");
            var again = CliRunner.RunIn(folder, "demo", "--samples", TestPaths.Samples, "--lang", "en");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Console + run.Error);
            foreach (var year in Enumerable.Range(2019, 6))
            {
                Assert.That(run.Console, Does.Contain($"benchmark-{year}.csv"));
            }

            Assert.That(run.Console, Does.Contain("342 municipalities in 6 years"));
            Assert.That(run.Console, Does.Contain("Zwolle in 2024: position in the peer group"));
            Assert.That(File.Exists(Path.Combine(folder, "benchmark-demo", "benchmark.db")), Is.True);
            Assert.That(new FileInfo(Path.Combine(folder, "benchmark-demo", "benchmark-GM0193-2024.pdf")).Length, Is.GreaterThan(10_000));
            Assert.That(run.Console, Does.Contain("Report for the director: benchmark-demo/benchmark-GM0193-2024.pdf"));

            // Issue 14: the bundled respondent sample is imported, so the director's report has its experience-survey page.
            Assert.That(run.Console, Does.Contain("Experience survey respondenten-2024.csv:").And.Contain("respondents"));
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder, "benchmark-demo", "benchmark-GM0193-2024.pdf")))
            {
                Assert.That(pdf.GetPages().Any(p => p.Text.Contains("Employee survey (MTO)", StringComparison.Ordinal)), Is.True);
            }

            Assert.That(again.Console, Is.EqualTo(run.Console), "a fresh store every time: the same versions and figures");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Demo_WithAFolderThatDoesNotExist_ExitsTwo()
    {
        var run = CliRunner.Run("demo", "--samples", "no/such/folder");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("no/such/folder"));
    }
}
