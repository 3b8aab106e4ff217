using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Efficiency;
using Benchmark.Efficiency.Dea;
using Benchmark.Efficiency.Index;
using Benchmark.Efficiency.Structure;
using Benchmark.Tests.Reports;

namespace Benchmark.Tests.Efficiency;

/// <summary>The efficiency methods over the bundled samples (2019–2024, 342 municipalities).</summary>
public sealed class EfficiencyEngineTests
{
    private const int Year = ReportTestData.Year;

    private static EfficiencyEngine Engine => new(ReportTestData.Engine);

    [Test]
    public void Dea_AllMunicipalities_ScoresEveryoneOnTheFrontierOrBelow()
    {
        var analysis = Engine.Dea(Year);

        var scores = analysis.Result.Scores;
        Assert.Multiple(() =>
        {
            Assert.That(scores.Count + analysis.Findings.Count(f => f.Rule == EfficiencyRules.DeaUnitLeftOut), Is.EqualTo(342));
            Assert.That(scores.Count, Is.GreaterThan(300));
            Assert.That(scores.Select(s => s.Score), Is.All.InRange(0.0, 1.0));
            Assert.That(scores.Count(s => s.IsEfficient), Is.InRange(1, scores.Count - 1));
            Assert.That(scores.Where(s => !s.IsEfficient).SelectMany(s => s.Peers.Select(p => p.Id)).Distinct(), Is.SubsetOf(scores.Where(s => s.IsEfficient).Select(s => s.Id)));
            Assert.That(analysis.Method, Does.Contain("BCC-I").And.Contain("overhead_costs").And.Contain("addresses"));
        });
    }

    [Test]
    public void Dea_MissingInput_LeavesTheMunicipalityOutWithAFinding()
    {
        var zwolle = ReportTestData.Zwolle;
        var source = ReportTestData.Engine;
        var data = new DatasetBuilder().AddRange(source.Data.Observations.Where(o => !(o.Municipality == zwolle && o.Year == Year && o.Indicator == "ict_costs"))).Build();
        var engine = new EfficiencyEngine(new BenchmarkEngine(data, source.Municipalities));

        var analysis = engine.Dea(Year);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Result["GM0193"], Is.Null);
            var finding = analysis.Findings.Single(f => f.Value!.StartsWith("GM0193", StringComparison.Ordinal));
            Assert.That(finding.Rule, Is.EqualTo(EfficiencyRules.DeaUnitLeftOut));
            Assert.That(finding.Message.En, Does.Contain("ict_costs is missing"));
        });
    }

    [Test]
    public void Dea_UnknownFigureInModel_IsMisuse()
    {
        var model = DeaModel.Load("""{"inputs": ["overhead_costs", "no_such_thing"]}""");

        Assert.That(() => Engine.Dea(Year, model), Throws.ArgumentException.With.Message.Contains("no_such_thing"));
    }

    [Test]
    public void DeaModel_File_OverridesOnlyWhatItSays()
    {
        var model = DeaModel.Load("""{"outputs": ["inhabitants"], "orientation": "output", "returns": "constant"}""");

        Assert.Multiple(() =>
        {
            Assert.That(model.Inputs, Is.EqualTo(DeaModel.Default.Inputs));
            Assert.That(model.Outputs, Is.EqualTo(new[] { "inhabitants" }));
            Assert.That(model.Options.Name, Is.EqualTo("CCR-O"));
        });
    }

    [Test]
    public void DeaModel_DocumentedFile_IsTheDefault()
    {
        var model = DeaModel.Load(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "docs", "dea-model.json")));

        Assert.Multiple(() =>
        {
            Assert.That(model.Inputs, Is.EqualTo(DeaModel.Default.Inputs));
            Assert.That(model.Outputs, Is.EqualTo(DeaModel.Default.Outputs));
            Assert.That(model.Options, Is.EqualTo(DeaModel.Default.Options));
        });
    }

    [Test]
    public void Expected_OverheadPct_GivesIntervalsAroundTheFitAndResiduals()
    {
        var analysis = Engine.Expected(IndicatorCode.Parse("overhead_pct"), Year);

        Assert.Multiple(() =>
        {
            Assert.That(analysis.Fit, Is.Not.Null);
            Assert.That(analysis.Values, Has.Count.GreaterThan(300));
            Assert.That(analysis.Values, Has.All.Matches<ExpectedValue>(v => v != null && v.Lower < v.Expected && v.Expected < v.Upper));
            Assert.That(analysis.Values, Has.All.Matches<ExpectedValue>(v => v != null && Math.Abs(v.Residual - (v.Actual - v.Expected)) < 1e-12));
            // A 95 % prediction interval should hold most values but not all (Huber keeps outliers outside).
            Assert.That(analysis.Values.Count(v => v.Outside == 0) / (double)analysis.Values.Count, Is.InRange(0.85, 0.995));
            Assert.That(analysis.Method, Does.Contain("Huber"));
        });
    }

    [Test]
    public void Index_SameSeed_IsReproducibleAndDifferentSeedIsNot()
    {
        var options = IndexOptions.Default with { Draws = 200, Seed = 7 };

        var first = Engine.Index(Year, options);
        var second = Engine.Index(Year, options);
        var other = Engine.Index(Year, options with { Seed = 8 });

        Assert.Multiple(() =>
        {
            Assert.That(second.Scores, Is.EqualTo(first.Scores));
            Assert.That(other.Scores.Select(s => (s.RankLow, s.RankHigh)), Is.Not.EqualTo(first.Scores.Select(s => (s.RankLow, s.RankHigh))));
            Assert.That(first.Scores, Has.All.Matches<IndexScore>(s => s != null && s.RankLow >= 1 && s.RankLow <= s.RankMedian && s.RankMedian <= s.RankHigh));
            Assert.That(first.Scores.Select(s => s.Rank), Is.Ordered);
            Assert.That(first.Sensitivity.Select(r => r.MeanShift), Is.Ordered.Descending);
            Assert.That(first.Sensitivity.Select(r => r.Choice), Is.EquivalentTo(new[] { "normalisation = z-score", "normalisation = rank", "aggregation = geometric", "weights ± 25% (100 draws)" }));
        });
    }

    [Test]
    public void Index_Direction_LowerIsBetterRanksTheLowestFirst()
    {
        var options = IndexOptions.Default with { Indicators = ["overhead_pct"], Draws = 0 };

        var index = Engine.Index(Year, options);

        var data = ReportTestData.Engine.Data;
        var lowest = index.Scores.Select(s => s.Municipality).MinBy(m => data.ValueOrNaN(m, Year, "overhead_pct"));
        Assert.That(index.Scores[0].Municipality, Is.EqualTo(lowest));
    }

    [Test]
    public void Index_MinMax_TakesItsBoundsFromAllYears()
    {
        // One lower-is-better indicator, min–max: value = (max − x) / (max − min) × 100 with max and min over every year of
        // the data (2019–2024), so the 2024 index is on the same scale as the other years'.
        var index = Engine.Index(Year, IndexOptions.Default with { Indicators = ["overhead_pct"], Draws = 0 });

        var engine = ReportTestData.Engine;
        var all = engine.Years.SelectMany(y => engine.Data.Municipalities.Select(m => engine.Data.ValueOrNaN(m, y, "overhead_pct"))).Where(double.IsFinite).ToList();
        var thisYear = engine.Data.Municipalities.Select(m => engine.Data.ValueOrNaN(m, Year, "overhead_pct")).Where(double.IsFinite).ToList();
        var first = index.Scores[0];
        var x = engine.Data.ValueOrNaN(first.Municipality, Year, "overhead_pct");
        Assert.Multiple(() =>
        {
            Assert.That(all.Max() - all.Min(), Is.GreaterThan(thisYear.Max() - thisYear.Min()), "the years widen the bounds");
            Assert.That(first.Value, Is.EqualTo((all.Max() - x) / (all.Max() - all.Min()) * 100).Within(1e-9));
        });
    }

    [Test]
    public void Index_NeutralIndicator_IsMisuse() =>
        Assert.That(() => Engine.Index(Year, IndexOptions.Default with { Indicators = ["formatie_per_1000"] }), Throws.ArgumentException.With.Message.Contains("neutral"));

    [Test]
    public void Index_ThemeWeights_ShareTheThemesWeightAmongItsIndicators()
    {
        // staff 2, costs 1, ict 1, service 0 over the ten default indicators: staff's three get 2/3 each, costs' and
        // ict's three 1/3 each, internal customer satisfaction 0; total 4, so staff indicators weigh (2/3)/4 = 1/6.
        var options = IndexOptions.Default with { Draws = 0, ThemeWeights = new Dictionary<string, double> { ["staff"] = 2, ["service"] = 0 } };

        var index = Engine.Index(Year, options);

        var weights = index.Indicators.ToDictionary(i => i.Code, i => i.Weight);
        Assert.Multiple(() =>
        {
            Assert.That(weights["sickness_absence_pct"], Is.EqualTo(1.0 / 6).Within(1e-12));
            Assert.That(weights["overhead_pct"], Is.EqualTo(1.0 / 12).Within(1e-12));
            Assert.That(weights["internal_customer_satisfaction"], Is.Zero);
            Assert.That(index.Method, Does.Contain("user-given theme weights"));
        });
    }

    [Test]
    public void Index_UnknownTheme_IsMisuse() =>
        Assert.That(() => Engine.Index(Year, IndexOptions.Default with { ThemeWeights = new Dictionary<string, double> { ["fun"] = 1 } }), Throws.ArgumentException.With.Message.Contains("fun"));
}
