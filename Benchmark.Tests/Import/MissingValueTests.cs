namespace Benchmark.Tests.Import;

public sealed class MissingValueTests
{
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("-")]
    [TestCase("n.v.t.")]
    [TestCase("NVT")]
    [TestCase("NA")]
    [TestCase("N/A")]
    [TestCase("..")]
    [TestCase("?")]
    [TestCase(".")]
    public void Import_MissingMarker_IsNaNWithoutFinding(string marker)
    {
        var result = ImportHelper.Import($"gemeentecode;jaar;totale lasten;inwoners\nGM0363;2024;{marker};931298\n");

        Assert.That(result.Report().Findings, Is.Empty);
        var missing = result.Dataset.Observations.Single(o => o.Indicator == "total_expenditure");
        Assert.That(missing.IsMissing, Is.True);
        Assert.That(missing.Source.Line, Is.EqualTo(2));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
    }

    [Test]
    public void Import_MissingValueInLongFile_IsNaN()
    {
        var result = ImportHelper.Import("gemeentecode;jaar;indicator;waarde\nGM0363;2024;overhead_pct;n.v.t.\n");

        Assert.That(result.Report().Findings, Is.Empty);
        Assert.That(result.Dataset.Observations.Single().IsMissing, Is.True);
    }
}
