using System.Globalization;
using Benchmark.PeerGroups;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using MathNet.Numerics.Statistics;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>
/// Anonymized reports cannot be reversed from what they print: no name, code, province or inhabitants figure of another
/// municipality anywhere in the PDF (text, chart labels, metadata), and labels that follow no public order.
/// </summary>
public sealed class AnonymizationTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Category(TestCategories.Slow)]
    [TestCase("GM0193")]
    [TestCase("GM0363")]
    [TestCase("GM0088")]
    public void AnonymizedPdf_NoPeerNameCodeInhabitantsOrProvince(string focusCode)
    {
        var engine = ReportTestData.Engine;
        var focus = MunicipalityCode.Parse(focusCode);
        var own = engine.Municipality(focus);
        var pdf = PdfReportWriter.ToBytes(MunicipalityReportComposer.Compose(engine, focus, ReportTestData.Year, ReportTestData.Options(anonymize: true) with { AnonymizationKey = "test" }));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", ReportTestData.PageTexts(pdf)) + "\n" + document.Information.Title + "\n" + document.Information.Subject
            + "\n" + document.Information.Keywords + "\n" + document.Information.Author + "\n" + document.Information.Creator;
        var peers = engine.Peers(ReportTestData.Year, focus).Peers.Select(engine.Municipality).ToList();

        var leaks = new List<string>();
        foreach (var peer in peers)
        {
            leaks.AddRange(new[] { peer.Name, peer.Code.ToString() }.Where(t => ReportTestData.ContainsWord(text, t)));
            if (peer.InhabitantsIn(ReportTestData.Year) is { } n && n >= 1000
                && (ReportTestData.ContainsWord(text, n.ToString("N0", Dutch)) || ReportTestData.ContainsWord(text, n.ToString(CultureInfo.InvariantCulture))))
            {
                leaks.Add($"{peer.Name}'s inhabitants {n}");
            }

            if (peer.Province != own.Province && ReportTestData.ContainsWord(text, peer.Province))
            {
                leaks.Add($"{peer.Name}'s province {peer.Province}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(peers, Has.Count.GreaterThanOrEqualTo(5));
            Assert.That(leaks, Is.Empty);
            Assert.That(text, Does.Contain(own.Name).And.Contain("Gemeente "));
            Assert.That(text, Does.Not.Contain("volgorde van CBS-code").And.Not.Contain("alfabetisch"), "never say how the labels were assigned");
            Assert.That(text, Does.Contain("namen zijn verborgen, cijfers niet"), "the limit is stated");
        });
    }

    [Test]
    public void Labels_ManyKeysAndGroups_UncorrelatedWithCodeOrder()
    {
        // Spearman's rho between code order and label order, within every size class of 2024, for 100 keys. The old
        // labels followed code order (rho = 1 in every group).
        var engine = ReportTestData.Engine;
        var groups = engine.Groups(ReportTestData.Year, PeerGroupSpec.BySizeClass);
        var words = Text.Language.Dutch;
        var rhos = new List<double>();
        for (var k = 0; k < 100; k++)
        {
            var mask = NameMask.Create(engine.Municipalities, words, null, [], anonymize: true, key: "key-" + k.ToString(CultureInfo.InvariantCulture));
            foreach (var group in groups)
            {
                var codes = group.Members.Order().ToList();
                var labels = codes.Select(c => LabelIndex(mask.Name(c))).ToList();
                rhos.Add(Correlation.Spearman(codes.Select(c => (double)c.Number), labels.Select(l => (double)l)));
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(rhos, Has.Count.EqualTo(500));
            Assert.That(rhos.Average(), Is.InRange(-0.03, 0.03), "no order on average");
            Assert.That(rhos.Count(r => Math.Abs(r) > 0.5), Is.LessThan(10), "and hardly ever a strong one");
        });
    }

    [Test]
    public void Labels_SameKey_SameLabelInEveryReport_OtherKey_Others()
    {
        var engine = ReportTestData.Engine;
        var words = Text.Language.Dutch;
        var amsterdam = MunicipalityCode.Parse("GM0363");
        var a = NameMask.Create(engine.Municipalities, words, MunicipalityCode.Parse("GM0193"), [], true, "secret");
        var b = NameMask.Create(engine.Municipalities, words, MunicipalityCode.Parse("GM0599"), [], true, "secret");
        var others = Enumerable.Range(0, 20).Select(k => NameMask.Create(engine.Municipalities, words, null, [], true, "other-" + k.ToString(CultureInfo.InvariantCulture)).Name(amsterdam)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(a.Name(amsterdam), Is.EqualTo(b.Name(amsterdam)), "stable across the reports of one batch");
            Assert.That(others.Distinct().Count(), Is.GreaterThan(15), "another key, another label");
            Assert.That(a.Name(MunicipalityCode.Parse("GM0193")), Is.EqualTo("Zwolle"));
        });
    }

    /// <summary>The 0-based index of a label "Gemeente AB" (A = 0, Z = 25, AA = 26).</summary>
    private static int LabelIndex(string name)
    {
        var letters = name[(name.LastIndexOf(' ') + 1)..];
        var value = 0;
        foreach (var ch in letters)
        {
            value = (value * 26) + (ch - 'A' + 1);
        }

        return value - 1;
    }
}
