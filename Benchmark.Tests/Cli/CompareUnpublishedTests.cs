using System.Text.Json;

namespace Benchmark.Tests.Cli;

/// <summary>Issue 10: the text of <c>compare</c> gives the number of respondents of a score it does not publish, as the PDF does.</summary>
public sealed class CompareUnpublishedTests
{
    private static readonly string Input = Path.Combine("samples", "benchmark-2024.csv");

    [Test]
    public void Compare_NamesTheRespondentsOfAnUnpublishedScore_InTextButNotInMachineOutput()
    {
        // Schiermonnikoog: employee satisfaction on 7 respondents, internal customer satisfaction on 5.
        var nl = CliRunner.Run("compare", "GM0088", "--input", Input);
        var en = CliRunner.Run("compare", "GM0088", "--input", Input, "--lang", "en");
        var json = CliRunner.Run("compare", "GM0088", "--input", Input, "--format", "json");

        Assert.That(nl.Console, Does.Contain("(n=7)").And.Contain("(n=5)").And.Contain("gepubliceerd"));
        Assert.That(en.Console, Does.Contain("(n=7)").And.Contain("(n=5)").And.Contain("published").And.Not.Contain("gepubliceerd"));
        using var doc = JsonDocument.Parse(json.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var employee = rows.Single(r => r.GetProperty("indicator").GetString() == "employee_satisfaction");
        Assert.That(employee.GetProperty("flags").GetString(), Does.Contain("below-threshold").And.Not.Contain("n="));
        Assert.That(employee.TryGetProperty("flagsText", out _), Is.False);
    }
}
