using System.Runtime.InteropServices;
using System.Text;
using Benchmark.Data;
using Benchmark.Tests.Import;
using Benchmark.Text;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: text that is not valid Unicode and keys repeated thousands of times stay findings, linear in size.</summary>
public sealed class HostileTextTests
{
    private const string Header = "gemeentecode;gemeentenaam;jaar;Inwoners\n";

    [TestCase("Stadskanaal\uFFFE", "U+FFFE", false)]
    [TestCase("Stadskanaal\uFDD0", "U+FDD0", false)]
    [TestCase("Stadskanaal\U0001FFFE", "U+D83F U+DFFE", false)]
    [TestCase("Stadskanaal\uD800", "U+FFFD", true)]
    [TestCase("\uDC00Stadskanaal", "U+FFFD", true)]
    public void Import_InvalidCodePointInName_IsAFindingAtLineAndColumn_NotAFileFailure(string name, string described, bool utf16)
    {
        var text = Header + "GM0014;Groningen;2024;243768\nGM0037;" + name + ";2024;31500\n";
        var result = utf16
            ? ImportHelper.Import([0xFF, 0xFE, .. MemoryMarshal.AsBytes(text.AsSpan()).ToArray()])
            : ImportHelper.Import(text);

        var report = result.Report();
        Assert.That(report.Findings.Where(f => f.Rule == Rules.FileUnreadable), Is.Empty);
        var finding = report.Findings.Single(f => f.Line == 3);
        Assert.That((finding.Rule, finding.Column, finding.Severity), Is.EqualTo((Rules.NameMismatch, "gemeentenaam", Severity.Warning)));
        Assert.That(finding.Message.En, Does.Contain(described));
        Assert.That(result.Value("GM0037", 2024, "inhabitants"), Is.EqualTo(31500));
    }

    [Test]
    public void Import_NoncharacterInHeaderAndNumber_IsAFindingNotAnException()
    {
        var result = ImportHelper.Import("gemeentecode;gemeentenaam;jaar;Inwoners\uFFFF\nGM0014;Groningen;2024;24\uFFFE3768\n");

        Assert.That(result.Report().Findings.Select(f => f.Rule), Does.Not.Contain(Rules.FileUnreadable));
        Assert.That(result.Report().Findings, Is.Not.Empty);
    }

    [Test]
    public void Import_ReferenceFile_LongAndInvalidNames_AreFindingsAndShortened()
    {
        var longName = new string('x', 5_000);
        var text = "gemeentecode;gemeentenaam;provincie;inwoners\nGM0014;" + longName + ";Groningen;243768\nGM0034;Alm\uFFFEere;Flevoland;226500\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var result = Benchmark.Import.MunicipalityFileReader.Read(stream, "ref.csv", Benchmark.Import.ImportOptions.Default);

        var findings = result.Report.Findings.Where(f => f.Rule == Rules.NameMismatch).ToList();
        Assert.That(findings.Select(f => f.Line), Is.EqualTo(new[] { 2, 3 }), string.Join("\n", result.Report.Findings.Select(f => f.Message.En)));
        Assert.That(findings[0].Message.En, Does.Contain("5000 characters"));
        var registry = result.Registry;
        Assert.That(registry.Find(Benchmark.Municipalities.MunicipalityCode.Parse("GM0014"))!.Name, Has.Length.EqualTo(200));
        Assert.That(registry.Find(Benchmark.Municipalities.MunicipalityCode.Parse("GM0034"))!.Name, Is.EqualTo("Alm\uFFFDere"));
    }

    [TestCase("Gem\uFFFEeente")]
    [TestCase("\uD800x")]
    public void NameFolding_InvalidText_DoesNotThrow(string text)
    {
        Assert.That(() => Benchmark.Catalog.HeaderName.Normalize(text), Throws.Nothing);
        Assert.That(() => Benchmark.Municipalities.MunicipalityRegistry.NormalizeName(text), Throws.Nothing);
        Assert.That(UnicodeText.IsValid(UnicodeText.Repair(text)), Is.True);
    }

    [Test]
    public void DuplicateConflict_ManyCopiesOfOneKey_FindingsGrowLinearly()
    {
        // 2,000 conflicting copies: the old messages listed every other copy (4 million line references, ~200 MB).
        const int copies = 2_000;
        var builder = new DatasetBuilder();
        for (var i = 0; i < copies; i++)
        {
            builder.Put(A, 2023, "wage_bill", 1_000_000 + i, line: i + 2);
        }

        var findings = Validate(builder).Of(Rules.DuplicateConflict);

        Assert.That(findings, Has.Count.EqualTo(copies));
        var characters = findings.Sum(f => (long)f.Message.En.Length + f.Message.Nl.Length);
        Assert.That(characters, Is.LessThan(copies * 600L), "messages must not list every other copy");
        Assert.That(findings[0].Message.En, Does.Contain("2000 times").And.Contain("line 3").And.Contain("and 1994 more"));
        Assert.That(findings[^1].Message.En, Does.Contain("first line 2"));
    }
}
