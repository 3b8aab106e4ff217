using Benchmark.Catalog;
using Benchmark.Export;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

public sealed class TrendFrameTests
{
    [Test]
    public void ToDataFrame_Trend_HasTheDocumentedColumnsWithExplicitTypes()
    {
        var frame = SampleEngine.Trend(IndicatorCode.Parse("overhead_pct"), Zwolle).ToDataFrame();

        Assert.That(Names(frame), Is.EqualTo(new[] { "municipality", "indicator", "year", "value", "peerMedian", "peerQ1", "peerQ3", "yearOnYearChange", "seriesBreak" }));
        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["municipality"], Is.TypeOf<StringDataFrameColumn>());
            Assert.That(frame.Columns["indicator"], Is.TypeOf<StringDataFrameColumn>());
            Assert.That(frame.Columns["year"], Is.TypeOf<Int32DataFrameColumn>());
            foreach (var name in new[] { "value", "peerMedian", "peerQ1", "peerQ3", "yearOnYearChange" })
            {
                Assert.That(frame.Columns[name], Is.TypeOf<DoubleDataFrameColumn>(), name);
            }

            Assert.That(frame.Columns["seriesBreak"], Is.TypeOf<BooleanDataFrameColumn>());
        });
    }

    [Test]
    public void ToDataFrame_Trend_OneRowPerYearEqualToThePoints()
    {
        var trend = SampleEngine.Trend(IndicatorCode.Parse("overhead_pct"), Zwolle);

        var frame = trend.ToDataFrame();

        // samples/benchmark-2019.csv … benchmark-2024.csv: six years.
        Assert.That(frame.Rows, Has.Count.EqualTo(6));
        Assert.That(Cells(frame, "year"), Is.EqualTo(new object[] { 2019, 2020, 2021, 2022, 2023, 2024 }));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < trend.Points.Count; i++)
            {
                var p = trend.Points[i];
                Assert.That(frame["municipality"][i], Is.EqualTo("GM0193"));
                Assert.That(frame["indicator"][i], Is.EqualTo("overhead_pct"));
                Assert.That(frame["value"][i], Is.EqualTo(p.Value));
                Assert.That(frame["peerMedian"][i], Is.EqualTo(p.PeerMedian));
                Assert.That(frame["peerQ1"][i], Is.EqualTo(p.PeerQ1));
                Assert.That(frame["peerQ3"][i], Is.EqualTo(p.PeerQ3));
                Assert.That(frame["yearOnYearChange"][i], Is.EqualTo(Expected(p.YearOnYearChange)));
                Assert.That(frame["seriesBreak"][i], Is.EqualTo(p.SeriesBreak));
            }
        });
        Assert.That(frame["yearOnYearChange"][0], Is.Null, "2019 has no previous year");
    }

    [Test]
    public void ToDataFrame_TrendWithAGap_HasNullForTheMissingYear()
    {
        var frame = SmallEngine().Trend(IndicatorCode.Parse("overhead_pct"), Gap).ToDataFrame();

        Assert.That(Cells(frame, "year"), Is.EqualTo(new object[] { 2023, 2024 }));
        Assert.Multiple(() =>
        {
            Assert.That(frame["value"][0], Is.EqualTo(11.0), "2023: 8 + 3");
            Assert.That(frame["value"][1], Is.Null);
            Assert.That(frame["yearOnYearChange"][1], Is.Null);
            Assert.That(frame["peerMedian"][1], Is.EqualTo(13.0), "2024 group of 10, 11, 13, 14, 15");
        });
    }
}
