using System.Text;
using Benchmark.Tests.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: a NUL byte anywhere is one finding with its line; files without data rows say so.</summary>
public sealed class OddFileTests
{
    [TestCase(3)]
    [TestCase(2_000)]
    public void Import_NulByte_IsOneFindingWithItsLine_WhereverItIs(int line)
    {
        // Line 2,000 is far past the first 64 KB, where a NUL used to pass silently.
        var text = new StringBuilder("gemeentecode;gemeentenaam;jaar;Inwoners\n");
        for (var i = 2; i <= 2_500; i++)
        {
            text.Append("GM0014;").Append(i == line ? "Gron\0ingen" : "Groningen").Append(';').Append(1990 + (i % 100)).Append(";243768\n");
        }

        var report = ImportHelper.Import(text.ToString()).Report();

        var unreadable = report.Findings.Where(f => f.Rule == Rules.FileUnreadable).ToList();
        Assert.That(unreadable.Select(f => f.Line), Is.EqualTo(new[] { line }));
        Assert.That(unreadable[0].Message.En, Does.Contain("NUL"));
        Assert.That(report.RowsRead, Is.EqualTo(line - 1), "the rows before it are read, the line itself counts as rejected");
    }

    [Test]
    public void Import_ManyNulBytes_IsStillBinary()
    {
        var report = ImportHelper.Import(new byte[4096]).Report();

        Assert.That(report.Findings.Single().Message.En, Does.Contain("binary"));
    }

    [TestCase("\u2028", "U+2028")]
    [TestCase("\u0085", "NEL")]
    public void Import_LinesSeparatedByUnicodeSeparators_SaysSo(string separator, string named)
    {
        var lines = new[] { "gemeentecode;jaar;inwoners", "GM0014;2024;243768", "GM0034;2024;226500" };

        var report = ImportHelper.Import(string.Join(separator, lines) + "\n").Report();

        var finding = report.Findings.Single(f => f.Rule == Rules.FileUnreadable);
        Assert.That(finding.Message.En, Does.Contain(named).And.Contain("no data rows"));
    }
}
