using Benchmark.Derivation;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;
using Benchmark.Tests.Comparison;

namespace Benchmark.Tests.PeerGroups;

/// <summary>
/// The default peer group is one a director can accept: for every municipality the focus's inhabitants are within a
/// factor 3 of its group's median (the old default, the size class, put Amsterdam at 5.8 × the ≥ 100,000 median).
/// </summary>
public sealed class DefaultPeersTests
{
    private static readonly Lazy<BenchmarkEngine> Samples = new(() =>
        new BenchmarkEngine(DatasetLoader.Load([Path.Combine(TestPaths.Samples, "benchmark-2024.csv")]).Dataset, BuiltInMunicipalities.Registry));

    private static IEnumerable<TestCaseData> Engines()
    {
        yield return new TestCaseData("samples").SetName("Default_Every342Municipalities_WithinAFactor3OfTheGroupMedian(samples)");
        yield return new TestCaseData("generated").SetName("Default_Every342Municipalities_WithinAFactor3OfTheGroupMedian(generated)").SetCategory(TestCategories.Generated);
    }

    [TestCaseSource(nameof(Engines))]
    public void Default_Every342Municipalities_WithinAFactor3OfTheGroupMedian(string data)
    {
        var engine = data == "samples" ? Samples.Value : GeneratedBenchmark.Engine;
        var year = engine.LatestYear;
        var focuses = engine.Municipalities.All.Where(m => m.ExistsIn(year)).ToList();
        var failures = new List<string>();
        foreach (var m in focuses)
        {
            var group = engine.Peers(year, m.Code);
            var inhabitants = Inhabitants(engine, group.Members, year);
            var own = Inhabitants(engine, [m.Code], year)[0];
            var ratio = own / Quantiles.Compute(inhabitants, 0.5);
            if (ratio is > DefaultPeers.MaxSizeRatio or < 1 / DefaultPeers.MaxSizeRatio)
            {
                failures.Add($"{m.Name} ({m.Code}): {ratio:N2} × the median of {group.Name.En}");
            }

            if (group.Reason is null || group.Count < PeerGroup.DefaultMinimumSize)
            {
                failures.Add($"{m.Name}: no reason, or {group.Count} members");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(focuses, Has.Count.EqualTo(342));
            Assert.That(failures, Is.Empty);
        });
    }

    [Test]
    public void Default_Amsterdam_TheG4AndTheNextLargestWithTheReason()
    {
        // Inhabitants 2024 (samples/municipalities.csv, CBS): Amsterdam 931,298; within a factor 3 (≥ 310,433) only
        // Rotterdam, 's-Gravenhage and Utrecht, so the 6 nearest in inhabitants: with Eindhoven and Groningen.
        var engine = Samples.Value;
        var amsterdam = MunicipalityCode.Parse("GM0363");

        var group = engine.Peers(2024, amsterdam);
        var sizeClass = engine.Peers(2024, PeerGroupSpec.BySizeClass, amsterdam);

        Assert.Multiple(() =>
        {
            Assert.That(group.Members.Select(c => engine.Municipality(c).Name), Is.EquivalentTo(new[]
            {
                "Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen",
            }));
            Assert.That(group.Spec, Is.EqualTo(PeerGroupSpec.Default));
            Assert.That(group.Reason!.Nl, Does.Contain("931.298 inwoners").And.Contain("factor 3"));
            Assert.That(group.Reason.En, Does.Contain("931,298 inhabitants"));
            Assert.That(sizeClass.Count, Is.EqualTo(32), "the size class a user may still choose");
        });
    }

    [Test]
    public void Default_Zwolle_ItsSizeClass()
    {
        var engine = Samples.Value;
        var zwolle = MunicipalityCode.Parse("GM0193");

        var group = engine.Peers(2024, zwolle);

        Assert.Multiple(() =>
        {
            Assert.That(group.Members, Is.EqualTo(engine.Peers(2024, PeerGroupSpec.BySizeClass, zwolle).Members));
            Assert.That(group.Reason!.En, Does.StartWith("Default: the own size class"));
        });
    }

    [Test]
    public void Default_LearningCircleChosenByTheUser_NeverReplaced()
    {
        var amsterdam = MunicipalityCode.Parse("GM0363");
        var engine = Samples.Value;

        var sizeClass = engine.Peers(2024, PeerGroupSpec.BySizeClass, amsterdam);

        Assert.That(sizeClass.Reason, Is.Null);
    }

    /// <summary>Inhabitants as the size classes count them: the data's figure, else the reference's.</summary>
    private static double[] Inhabitants(BenchmarkEngine engine, IEnumerable<MunicipalityCode> codes, int year) =>
        [.. codes.Select(c => DerivedValues.InhabitantsOf(engine.Data, c, year, engine.Municipalities, out _))];
}
