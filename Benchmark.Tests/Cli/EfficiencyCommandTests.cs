using System.Text.Json;
using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary><c>benchmark efficiency</c> and <c>benchmark index</c> on the samples.</summary>
public sealed class EfficiencyCommandTests
{
    private const string Year2024 = "samples/benchmark-2024.csv";

    [Test]
    public void Efficiency_Json_HasEveryScoredMunicipalityWithMethodAndLeftOut()
    {
        var run = CliRunner.Run("efficiency", "--year", "2024", "--input", Year2024, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var leftOut = doc.RootElement.GetProperty("leftOut").GetString()!.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Count + leftOut.Length, Is.EqualTo(342));
            Assert.That(doc.RootElement.GetProperty("method").GetString(), Does.StartWith("BCC-I"));
            Assert.That(rows.Select(r => r.GetProperty("score").GetDouble()), Is.All.InRange(0.0, 1.0));
            Assert.That(rows[0].GetProperty("efficient").GetBoolean(), Is.True, "efficient first (by super-efficiency)");
            Assert.That(rows.First().EnumerateObject().Select(p => p.Name), Does.Contain("slack_overhead_costs").And.Contain("shortfall_addresses"));
        });
    }

    [TestCase("efficiency", "GM0193")]
    [TestCase("index", "GM0193")]
    [TestCase("efficiency", "GM0193", "--expected", "overhead_pct")]
    public void TextOutput_IsInOneLanguage(params string[] command)
    {
        var dutch = CliRunner.Run([.. command, "--input", Year2024]);
        var english = CliRunner.Run([.. command, "--input", Year2024, "--lang", "en"]);

        Assert.That(dutch.ExitCode, Is.EqualTo(ExitCodes.Ok), dutch.Error);
        Assert.That(english.ExitCode, Is.EqualTo(ExitCodes.Ok), english.Error);
        Assert.That(Flat(dutch.Console), Does.Contain("Methode").And.Not.Contain("envelopment").And.Not.Contain("is missing").And.Not.Contain("Size class")
            .And.Not.Contain("inhabitants)").And.Not.Contain("equal weights").And.Not.Contain("prediction interval"));
        Assert.That(Flat(english.Console), Does.Contain("Method").And.Not.Contain("omhullings").And.Not.Contain("ontbreekt").And.Not.Contain("Grootteklasse")
            .And.Not.Contain("gelijke gewichten").And.Not.Contain("voorspellingsinterval"));
    }

    /// <summary>The text with every run of white space (the console's line wrapping) as one space.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Test]
    public void Efficiency_OutputOrientedConstantReturns_IsNamedInTheMethod()
    {
        var run = CliRunner.Run("efficiency", "GM0193", "--orientation", "output", "--rts", "constant", "--input", Year2024, "--format", "csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Out.Split('\n')[0], Does.StartWith("municipality,name,score,efficiency,superEfficiency,efficient,peers"));
    }

    [Test]
    public void Efficiency_Expected_ListsActualExpectedAndInterval()
    {
        var run = CliRunner.Run("efficiency", "GM0193", "--expected", "overhead %", "--peers", "all", "--input", Year2024, "--format", "json", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var zwolle = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipality").GetString() == "GM0193");
        Assert.That(doc.RootElement.GetProperty("indicator").GetString(), Is.EqualTo("overhead_pct"));
        Assert.That(zwolle.GetProperty("expected").GetDouble(), Is.InRange(zwolle.GetProperty("lower").GetDouble(), zwolle.GetProperty("upper").GetDouble()));
        Assert.That(zwolle.GetProperty("residual").GetDouble(), Is.EqualTo(zwolle.GetProperty("actual").GetDouble() - zwolle.GetProperty("expected").GetDouble()).Within(1e-9));
    }

    [Test]
    public void Efficiency_ExpectedLeastSquares_SaysSoAndDiffersFromHuber()
    {
        var ls = CliRunner.Run("efficiency", "--expected", "overhead_pct", "--fit", "ls", "--input", Year2024, "--format", "json");
        var huber = CliRunner.Run("efficiency", "--expected", "overhead_pct", "--input", Year2024, "--format", "json");

        Assert.That(ls.ExitCode, Is.EqualTo(ExitCodes.Ok), ls.Error);
        using var lsDoc = JsonDocument.Parse(ls.Out);
        using var huberDoc = JsonDocument.Parse(huber.Out);
        Assert.That(lsDoc.RootElement.GetProperty("method").GetString(), Does.Contain("least squares"));
        Assert.That(lsDoc.RootElement.GetProperty("coefficients").GetString(), Is.Not.EqualTo(huberDoc.RootElement.GetProperty("coefficients").GetString()));
    }

    [Test]
    public void Index_SameSeed_GivesTheSameCsv()
    {
        string[] args = ["index", "--draws", "200", "--seed", "3", "--input", Year2024, "--format", "csv"];

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Ok), first.Error);
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(first.Out.Split('\n')[0], Is.EqualTo("rank,municipality,name,value,rankLow,rankMedian,rankHigh,coverage"));
    }

    [TestCase("--weights", "overhead_pct=abc", "is geen CODE=GEWICHT")]
    [TestCase("--indicators", "formatie_per_1000", "neutral")]
    [TestCase("--draws", "-1", "--draws moet tussen")]
    public void Index_BadOption_ExitsTwoWithAClearMessage(string option, string value, string message)
    {
        var run = CliRunner.Run("index", option, value, "--input", Year2024);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error + run.Console, Does.Contain(message));
    }

    [Test]
    public void Efficiency_ExpectedWithModel_ExitsTwo()
    {
        var run = CliRunner.Run("efficiency", "--expected", "overhead_pct", "--rts", "constant", "--input", Year2024, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error + run.Console, Does.Contain("--expected shows the structural regression"));
    }

    [Test]
    public void Efficiency_MissingModelFile_ExitsTwoNamingIt()
    {
        var run = CliRunner.Run("efficiency", "--model", "no-such-model.json", "--input", Year2024);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("no-such-model.json"));
    }
}
