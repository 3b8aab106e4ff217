using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>Line numbers are physical: the line on which a record starts, whatever the line endings and quoted line breaks.</summary>
public sealed class LineTrackingTests
{
    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Import_LineEndings_GiveTheSameLines(string eol)
    {
        var text = string.Join(eol, "gemeentecode;jaar;inwoners", "GM0363;2024;931298", "GM0014;2024;abc", "GM0034;2024;226500") + eol;

        var result = ImportHelper.Import(text);

        Assert.That(result.Dataset.Observations.Select(o => o.Source.Line).Order(), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(result.Findings(Rules.NotANumber).Single().Line, Is.EqualTo(3));
        Assert.That(result.Report().RowsRead, Is.EqualTo(3));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Import_QuotedLineBreaksAndSeparators_LaterRecordsKeepTheirLine(string eol)
    {
        var text = "gemeentecode;gemeentenaam;jaar;inwoners" + eol
            + "GM0820;\"Nuenen;" + eol + "Gerwen en" + eol + "Nederwetten\";2024;24231" + eol
            + "GM0014;Groningen;2024;x" + eol
            + eol
            + "GM0034;\"Almere \"\"stad\"\"\";2024;226500" + eol;

        var result = ImportHelper.Import(text);

        Assert.That(result.Value("GM0820", 2024, "inhabitants"), Is.EqualTo(24231));
        Assert.That(result.Dataset.Observations.Single(o => o.Municipality.Number == 820).Source.Line, Is.EqualTo(2));
        Assert.That(result.Findings(Rules.NotANumber).Single().Line, Is.EqualTo(5));
        // The name with quoted line breaks still matches (punctuation and white space are ignored); Almere's does not.
        Assert.That(result.Findings(Rules.NameMismatch).Select(f => (f.Line, f.Value)), Is.EqualTo(new[] { (7, "Almere \"stad\"") }));
        Assert.That(result.Dataset.Observations.Single(o => o.Municipality.Number == 34).Source.Line, Is.EqualTo(7));
    }

    [Test]
    public void Import_SourceLocation_NamesFileLineAndHeaderAsWritten()
    {
        var result = ImportHelper.Import("GM-Code;Jaar;Aantal Inwoners\nGM0363;2024;931298\n");

        Assert.That(result.Dataset[0].Source, Is.EqualTo(new Benchmark.Data.SourceLocation("test.csv", 2, "Aantal Inwoners")));
    }
}
