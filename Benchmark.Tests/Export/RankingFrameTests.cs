using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Export;
using Benchmark.Text;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

public sealed class RankingFrameTests
{
    [Test]
    public void ToDataFrame_LeagueTable_HasTheDocumentedColumnsWithExplicitTypes()
    {
        var frame = SampleEngine.Rank(IndicatorCode.Parse("overhead_pct"), Year, Zwolle).ToDataFrame();

        Assert.That(Names(frame), Is.EqualTo(new[] { "indicator", "year", "group", "rank", "municipality", "name", "value", "percentRank", "quartile", "focus" }));
        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["year"], Is.TypeOf<Int32DataFrameColumn>());
            Assert.That(frame.Columns["rank"], Is.TypeOf<Int32DataFrameColumn>());
            Assert.That(frame.Columns["quartile"], Is.TypeOf<Int32DataFrameColumn>());
            Assert.That(frame.Columns["value"], Is.TypeOf<DoubleDataFrameColumn>());
            Assert.That(frame.Columns["percentRank"], Is.TypeOf<DoubleDataFrameColumn>());
            Assert.That(frame.Columns["focus"], Is.TypeOf<BooleanDataFrameColumn>());
            foreach (var name in new[] { "indicator", "group", "municipality", "name" })
            {
                Assert.That(frame.Columns[name], Is.TypeOf<StringDataFrameColumn>(), name);
            }
        });
    }

    [Test]
    public void ToDataFrame_LeagueTable_OneRowPerEntryEqualToTheRecords()
    {
        var table = SampleEngine.Rank(IndicatorCode.Parse("overhead_pct"), Year, Zwolle);

        var frame = table.ToDataFrame(Language.English);

        Assert.That(frame.Rows, Has.Count.EqualTo(table.Entries.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < table.Entries.Count; i++)
            {
                var e = table.Entries[i];
                var row = $"{e.Municipality} (row {i})";
                Assert.That(frame["indicator"][i], Is.EqualTo("overhead_pct"), row);
                Assert.That(frame["year"][i], Is.EqualTo(Year), row);
                Assert.That(frame["group"][i], Is.EqualTo($"{table.Statistics.Group.Name.En} (n = {table.Statistics.ValueCount})"), row);
                Assert.That(frame["rank"][i], Is.EqualTo(e.Rank), row);
                Assert.That(frame["municipality"][i], Is.EqualTo(e.Municipality.ToString()), row);
                Assert.That(frame["name"][i], Is.EqualTo(e.Name), row);
                Assert.That(frame["value"][i], Is.EqualTo(e.Value), row);
                Assert.That(frame["percentRank"][i], Is.EqualTo(e.PercentRank), row);
                Assert.That(frame["quartile"][i], Is.EqualTo(e.Quartile), row);
                Assert.That(frame["focus"][i], Is.EqualTo(e.IsFocus), row);
            }
        });
        Assert.That(((BooleanDataFrameColumn)frame["focus"]).Count(f => f == true), Is.EqualTo(1));
        Assert.That(frame["rank"][0], Is.EqualTo(1), "best first");
    }

    [Test]
    public void ToDataFrame_LeagueTable_MissingValueIsNullAndUnranked()
    {
        var table = SmallEngine().Rank(IndicatorCode.Parse("overhead_pct"), 2024, Gap);

        var frame = table.ToDataFrame();
        var last = (int)frame.Rows.Count - 1;

        Assert.That(frame.Rows, Has.Count.EqualTo(6));
        Assert.Multiple(() =>
        {
            Assert.That(frame["municipality"][last], Is.EqualTo(Gap.ToString()), "missing values are listed last");
            Assert.That(frame["value"][last], Is.Null);
            Assert.That(frame["rank"][last], Is.Null);
            Assert.That(frame["percentRank"][last], Is.Null);
            Assert.That(frame["quartile"][last], Is.Null);
            Assert.That(frame["focus"][last], Is.True);
            Assert.That(((DoubleDataFrameColumn)frame["value"]).NullCount, Is.EqualTo(1));
            Assert.That(((Int32DataFrameColumn)frame["rank"]).NullCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void ToDataFrame_Partners_OneRowPerPartnerEqualToTheRecords()
    {
        var partners = SampleEngine.Partners(Year, Zwolle);

        var frame = partners.ToDataFrame();

        Assert.That(partners, Is.Not.Empty, "Zwolle has learning partners in the samples");
        Assert.That(Names(frame), Is.EqualTo(new[] { "indicator", "municipality", "name", "value", "rank", "distance" }));
        Assert.That(frame.Rows, Has.Count.EqualTo(partners.Count));
        Assert.That(frame.Columns["value"], Is.TypeOf<DoubleDataFrameColumn>());
        Assert.That(frame.Columns["distance"], Is.TypeOf<DoubleDataFrameColumn>());
        Assert.That(frame.Columns["rank"], Is.TypeOf<Int32DataFrameColumn>());
        Assert.Multiple(() =>
        {
            for (var i = 0; i < partners.Count; i++)
            {
                var p = partners[i];
                Assert.That(frame["indicator"][i], Is.EqualTo(p.Indicator.Value));
                Assert.That(frame["municipality"][i], Is.EqualTo(p.Municipality.ToString()));
                Assert.That(frame["name"][i], Is.EqualTo(p.Name));
                Assert.That(frame["value"][i], Is.EqualTo(p.Value));
                Assert.That(frame["rank"][i], Is.EqualTo(p.Rank));
                Assert.That(frame["distance"][i], Is.EqualTo(Expected(p.Distance)));
            }
        });
    }

    [Test]
    public void ToDataFrame_NoPartners_HasTheColumnsAndNoRows()
    {
        var frame = Array.Empty<LearningPartner>().ToDataFrame();

        Assert.That(frame.Rows, Has.Count.EqualTo(0));
        Assert.That(frame.Columns, Has.Count.EqualTo(6));
    }
}
