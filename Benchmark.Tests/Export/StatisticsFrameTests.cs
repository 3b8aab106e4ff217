using Benchmark.Comparison;
using Benchmark.Export;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

public sealed class StatisticsFrameTests
{
    private static readonly string[] Columns =
    [
        "indicator", "year", "group", "method", "members", "n", "mean", "median", "q1", "q3", "p10", "p90", "iqr", "min",
        "max", "sd", "mad", "groupRatio", "groupRatioN", "suppressed", "suppressionReason", "quantileMethod",
    ];

    [Test]
    public void ToDataFrame_Statistics_HasTheDocumentedColumnsWithExplicitTypes()
    {
        var frame = SampleEngine.AllStatistics(Year, PeerGroupSpec.BySizeClass).ToDataFrame();

        Assert.That(Names(frame), Is.EqualTo(Columns));
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "mean", "median", "q1", "q3", "p10", "p90", "iqr", "min", "max", "sd", "mad", "groupRatio" })
            {
                Assert.That(frame.Columns[name], Is.TypeOf<DoubleDataFrameColumn>(), name);
            }

            foreach (var name in new[] { "year", "members", "n", "groupRatioN" })
            {
                Assert.That(frame.Columns[name], Is.TypeOf<Int32DataFrameColumn>(), name);
            }

            foreach (var name in new[] { "indicator", "group", "method", "suppressionReason", "quantileMethod" })
            {
                Assert.That(frame.Columns[name], Is.TypeOf<StringDataFrameColumn>(), name);
            }

            Assert.That(frame.Columns["suppressed"], Is.TypeOf<BooleanDataFrameColumn>());
        });
    }

    [Test]
    public void ToDataFrame_SizeClassStatistics_OneRowPerGroupStatisticEqualToTheRecords()
    {
        var all = SampleEngine.AllStatistics(Year, PeerGroupSpec.BySizeClass);

        var frame = all.ToDataFrame(Language.English);

        // Five CBS size classes (< 10,000 … ≥ 100,000) per comparable indicator.
        Assert.That(frame.Rows, Has.Count.EqualTo(all.Count));
        Assert.That(all.Count, Is.EqualTo(5 * SampleEngine.ComparableIndicators.Count()));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < all.Count; i++)
            {
                var s = all[i];
                var row = $"{s.Indicator} {s.Group.Name.En} (row {i})";
                if (s.Values is not { } v)
                {
                    // Survey scores below the publication threshold leave some small-class groups too small.
                    Assert.That(frame["suppressed"][i], Is.EqualTo(true), row);
                    continue;
                }

                Assert.That(frame["indicator"][i], Is.EqualTo(s.Indicator.Value), row);
                Assert.That(frame["year"][i], Is.EqualTo(Year), row);
                Assert.That(frame["group"][i], Is.EqualTo(s.Group.Name.En), row);
                Assert.That(frame["method"][i], Is.EqualTo("size-class"), row);
                Assert.That(frame["members"][i], Is.EqualTo(s.Group.Count), row);
                Assert.That(frame["n"][i], Is.EqualTo(s.ValueCount), row);
                Assert.That(frame["mean"][i], Is.EqualTo(v.Mean), row);
                Assert.That(frame["median"][i], Is.EqualTo(v.Median), row);
                Assert.That(frame["q1"][i], Is.EqualTo(v.Q1), row);
                Assert.That(frame["q3"][i], Is.EqualTo(v.Q3), row);
                Assert.That(frame["p10"][i], Is.EqualTo(v.P10), row);
                Assert.That(frame["p90"][i], Is.EqualTo(v.P90), row);
                Assert.That(frame["iqr"][i], Is.EqualTo(v.Iqr), row);
                Assert.That(frame["min"][i], Is.EqualTo(v.Min), row);
                Assert.That(frame["max"][i], Is.EqualTo(v.Max), row);
                Assert.That(frame["sd"][i], Is.EqualTo(v.StandardDeviation), row);
                Assert.That(frame["mad"][i], Is.EqualTo(Expected(v.ScaledMad)), row);
                Assert.That(frame["groupRatio"][i], Is.EqualTo(Expected(s.GroupRatio)), row);
                Assert.That(frame["groupRatioN"][i], Is.EqualTo(s.GroupRatioCount), row);
                Assert.That(frame["suppressed"][i], Is.False, row);
                Assert.That(frame["suppressionReason"][i], Is.Null, row);
                Assert.That(frame["quantileMethod"][i], Is.EqualTo("R7"), row);
            }
        });
    }

    [Test]
    public void ToDataFrame_Statistics_GroupRatioIsNullForIndicatorsThatAreNotRatios()
    {
        var all = SampleEngine.AllStatistics(Year, PeerGroupSpec.All);
        var frame = all.ToDataFrame();
        var survey = all.ToList().FindIndex(s => s.Indicator == "employee_satisfaction");
        var overhead = all.ToList().FindIndex(s => s.Indicator == "overhead_pct");

        Assert.That(frame["groupRatio"][survey], Is.Null);
        Assert.That(frame["groupRatio"][overhead], Is.EqualTo(all[overhead].GroupRatio).And.InRange(0.0, 100.0));
    }

    [Test]
    public void ToDataFrame_SuppressedGroup_HasNullFiguresAndTheReason()
    {
        var engine = SmallEngine(BenchmarkOptions.Default with { MinimumGroupSize = 10 });
        var all = engine.AllStatistics(2024, PeerGroupSpec.BySizeClass);

        var frame = all.ToDataFrame(Language.English);

        Assert.That(frame.Rows, Has.Count.EqualTo(1), "one size class, one indicator");
        Assert.Multiple(() =>
        {
            Assert.That(frame["n"][0], Is.EqualTo(5));
            Assert.That(frame["suppressed"][0], Is.True);
            Assert.That(frame["suppressionReason"][0], Is.EqualTo(all[0].SuppressionReason!.En).And.Contains("n = 5"));
            foreach (var name in new[] { "mean", "median", "q1", "q3", "p10", "p90", "iqr", "min", "max", "sd", "mad", "groupRatio", "quantileMethod" })
            {
                Assert.That(frame[name][0], Is.Null, name);
            }
        });
    }

    [Test]
    public void ToDataFrame_NoStatistics_HasTheColumnsAndNoRows()
    {
        var frame = Array.Empty<GroupStatistics>().ToDataFrame();

        Assert.That(frame.Rows, Has.Count.EqualTo(0));
        Assert.That(Names(frame), Is.EqualTo(Columns));
    }
}
