using Benchmark.Cli.Commands;
using Benchmark.Reports.Rendering;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: long names without spaces are laid out in linear work; file names from any script stay meaningful.</summary>
public sealed class LongTextTests
{
    [Test]
    [Category(TestCategories.Slow)]
    public void Wrap_LongWordWithoutSpaces_IsCutIntoLinesThatFitAndKeepEveryCharacter()
    {
        // The old cutting measured every prefix of the word for every line: a 10,000-character name took minutes.
        // The line count and content are the contract; that the cut is linear is what makes 200,000 characters possible here.
        var word = string.Concat(Enumerable.Repeat("Leerkring\u00E9\U0001F600", 20_000));
        using var flow = new PageFlow();

        var lines = flow.Wrap(word, TextStyle.Body, 200);

        Assert.That(string.Concat(lines), Is.EqualTo(word));
        Assert.That(lines, Has.Count.GreaterThan(1000));
        Assert.That(lines.Take(lines.Count - 1), Has.All.Matches<string>(l => flow.Measure(l!, TextStyle.Body) <= 200.5f));
        Assert.That(lines, Has.None.Matches<string>(l => char.IsLowSurrogate(l![0])), "a surrogate pair is never split");
    }

    [Test]
    public void Wrap_CombiningMarks_DoesNotHang()
    {
        using var flow = new PageFlow();

        var lines = flow.Wrap("e" + new string('\u0301', 50_000), TextStyle.Body, 200);

        Assert.That(string.Concat(lines), Has.Length.EqualTo(50_001));
    }

    [TestCase("Leerkring Oost", "leerkring-oost")]
    [TestCase("Fryslân", "fryslan")]
    [TestCase("Группа Север", "группа-север")]
    [TestCase("東京", "東京")]
    [TestCase("!!!", "group-")]
    public void Slug_AnyScript_GivesANonEmptyName(string name, string expected)
    {
        Assert.That(ReportCommand.Slug(name), Does.StartWith(expected));
        Assert.That(ReportCommand.Slug(new string('x', 5000)), Has.Length.EqualTo(69), "60 characters and a fingerprint");
    }

    [Test]
    public void Slug_NamesThatFoldTogether_GetDifferentFileNames()
    {
        // Before: "Oost" and "Oost!" (and every non-ASCII name) wrote the same default file.
        Assert.That(ReportCommand.Slug("Leerkring Oost"), Is.EqualTo("leerkring-oost"));
        Assert.That(ReportCommand.Slug("Oost!"), Is.Not.EqualTo(ReportCommand.Slug("Oost")));
        Assert.That(ReportCommand.Slug("東京"), Is.Not.EqualTo(ReportCommand.Slug("大阪")));
    }
}
