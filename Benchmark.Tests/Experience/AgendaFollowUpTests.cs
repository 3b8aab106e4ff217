using Benchmark.Conversation;
using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;

namespace Benchmark.Tests.Experience;

/// <summary>The learning agenda's follow-up on hand-made data: medians and movements worked out by hand in the comments.</summary>
public sealed class AgendaFollowUpTests
{
    private static readonly string[] Codes = ["GM0014", "GM0034", "GM0150", "GM0193", "GM0200"];

    [Test]
    public void FollowUp_LowerIsBetter_ImprovementAgainstThePeerMedian()
    {
        // sickness_absence_pct (lower is better). 2023: 5, 6, 7, 8 (Zwolle), 9 → median 7. 2024: 4, 6, 6.5, 6 (Zwolle), 9 → median 6.
        var engine = Engine("sickness_absence_pct", [5, 6, 7, 8, 9], [4, 6, 6.5, 6, 9]);
        var item = new AgendaItem(MunicipalityCode.Parse("GM0193"), "Verzuim omlaag", "HR", new DateOnly(2024, 12, 31), "sickness_absence_pct", 2023, 8);

        var f = AgendaFollowUp.Compute(item, engine, 2024, PeerGroupSpec.Parse("all"));

        Assert.That(f.Value, Is.EqualTo(6));
        Assert.That(f.Movement, Is.EqualTo(-2));
        Assert.That(f.Improvement, Is.EqualTo(2), "2 points lower is 2 points better");
        Assert.That((f.PeerMedianBaseline, f.PeerMedianNow), Is.EqualTo((7d, 6d)));
        Assert.That(f.PeerImprovement, Is.EqualTo(1));
        Assert.That(f.ImprovementBeyondPeers, Is.EqualTo(1), "one point more than the general trend");
        Assert.That(f.Improved, Is.True);
    }

    [Test]
    public void FollowUp_HigherIsBetter_FallingValueIsNotImproved_NeutralCannotBeJudged()
    {
        var engine = Engine("employee_satisfaction", [7, 7, 7, 7.5, 7], [7, 7, 7, 7.1, 7]);
        var item = new AgendaItem(MunicipalityCode.Parse("GM0193"), "Tevredenheid", "HR", new DateOnly(2024, 12, 31), "employee_satisfaction", 2023, 7.5);

        var f = AgendaFollowUp.Compute(item, engine, 2024, PeerGroupSpec.Parse("all"));
        var neutral = AgendaFollowUp.Compute(item with { Indicator = "inhabitants", BaselineValue = 1 }, Engine("inhabitants", [1, 2, 3, 4, 5], [1, 2, 3, 5, 5]), 2024, PeerGroupSpec.Parse("all"));

        Assert.That(f.Improvement, Is.EqualTo(-0.4).Within(1e-12));
        Assert.That(f.Improved, Is.False);
        Assert.That(neutral.Improved, Is.Null);
        Assert.That(() => AgendaFollowUp.Compute(item, engine, 2023), Throws.ArgumentException);
    }

    private static BenchmarkEngine Engine(string indicator, double[] year2023, double[] year2024)
    {
        var builder = new DatasetBuilder();
        for (var i = 0; i < Codes.Length; i++)
        {
            builder.Add(MunicipalityCode.Parse(Codes[i]), 2023, indicator, year2023[i]);
            builder.Add(MunicipalityCode.Parse(Codes[i]), 2024, indicator, year2024[i]);
        }

        return new BenchmarkEngine(builder.Build(), BuiltInMunicipalities.Registry);
    }
}
