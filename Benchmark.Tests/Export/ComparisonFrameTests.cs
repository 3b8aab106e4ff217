using Benchmark.Comparison;
using Benchmark.Export;
using Benchmark.Text;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

public sealed class ComparisonFrameTests
{
    private static readonly string[] DoubleColumns =
    [
        "value", "percentRank", "median", "q1", "q3", "groupRatio", "differenceToMedian", "differenceToMedianPercent",
        "differenceToMedianEuros", "robustZ", "gapToBestQuartile", "gapToBestQuartileEuros", "previousValue",
        "yearOnYearChange", "standardError", "ciLower", "ciUpper", "differenceToMedianT",
    ];

    private static readonly string[] IntColumns = ["year", "n", "groupN", "rank", "quartile", "respondents"];

    private static readonly string[] TextColumns = ["municipality", "indicator", "name", "unit", "direction", "flags"];

    private static readonly string[] FlagColumns =
    [
        "computed", "significant", "missing", "suppressed", "seriesBreak", "outlier", "notSignificant",
        "belowPublicationThreshold", "notInGroup",
    ];

    [Test]
    public void ToDataFrame_Comparison_EveryColumnHasItsExplicitType()
    {
        var frame = SampleEngine.Compare(Year, Zwolle).ToDataFrame();

        Assert.That(Names(frame), Is.EquivalentTo(DoubleColumns.Concat(IntColumns).Concat(TextColumns).Concat(FlagColumns)));
        Assert.Multiple(() =>
        {
            foreach (var name in DoubleColumns)
            {
                Assert.That(frame.Columns[name], Is.TypeOf<DoubleDataFrameColumn>(), name);
            }

            foreach (var name in IntColumns)
            {
                Assert.That(frame.Columns[name], Is.TypeOf<Int32DataFrameColumn>(), name);
            }

            foreach (var name in TextColumns)
            {
                Assert.That(frame.Columns[name], Is.TypeOf<StringDataFrameColumn>(), name);
            }

            foreach (var name in FlagColumns)
            {
                Assert.That(frame.Columns[name], Is.TypeOf<BooleanDataFrameColumn>(), name);
            }
        });
    }

    [Test]
    public void ToDataFrame_Comparison_OneRowPerIndicatorEqualToThePositions()
    {
        var comparison = SampleEngine.Compare(Year, Zwolle);

        var frame = comparison.ToDataFrame(Language.English);

        Assert.That(frame.Rows, Has.Count.EqualTo(comparison.Positions.Count));
        Assert.That(comparison.Positions, Has.Count.GreaterThan(5), "the samples have every comparable indicator");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < comparison.Positions.Count; i++)
            {
                var p = comparison.Positions[i];
                var row = $"{p.Indicator.Code} (row {i})";
                Assert.That(frame["municipality"][i], Is.EqualTo("GM0193"), row);
                Assert.That(frame["indicator"][i], Is.EqualTo(p.Indicator.Code.Value), row);
                Assert.That(frame["name"][i], Is.EqualTo(p.Indicator.Name.En), row);
                Assert.That(frame["year"][i], Is.EqualTo(Year), row);
                Assert.That(frame["value"][i], Is.EqualTo(Expected(p.Value)), row);
                Assert.That(frame["n"][i], Is.EqualTo(p.RankedCount), row);
                Assert.That(frame["groupN"][i], Is.EqualTo(p.Group.ValueCount), row);
                Assert.That(frame["rank"][i], Is.EqualTo(p.Rank > 0 ? p.Rank : null), row);
                Assert.That(frame["percentRank"][i], Is.EqualTo(Expected(p.PercentRank)), row);
                Assert.That(frame["quartile"][i], Is.EqualTo(p.Quartile > 0 ? p.Quartile : null), row);
                Assert.That(frame["median"][i], Is.EqualTo(Expected(p.Group.Values!.Median)), row);
                Assert.That(frame["q1"][i], Is.EqualTo(Expected(p.Group.Values!.Q1)), row);
                Assert.That(frame["q3"][i], Is.EqualTo(Expected(p.Group.Values!.Q3)), row);
                Assert.That(frame["differenceToMedian"][i], Is.EqualTo(Expected(p.DifferenceToMedian)), row);
                Assert.That(frame["differenceToMedianEuros"][i], Is.EqualTo(Expected(p.DifferenceToMedianEuros)), row);
                Assert.That(frame["robustZ"][i], Is.EqualTo(Expected(p.RobustZ)), row);
                Assert.That(frame["gapToBestQuartile"][i], Is.EqualTo(Expected(p.GapToBestQuartile)), row);
                Assert.That(frame["yearOnYearChange"][i], Is.EqualTo(Expected(p.YearOnYearChange)), row);
                Assert.That(frame["respondents"][i], Is.EqualTo(p.Survey?.Respondents), row);
                Assert.That(frame["ciLower"][i], Is.EqualTo(p.Survey is { } s ? Expected(s.Lower) : null), row);
                Assert.That(frame["outlier"][i], Is.EqualTo(p.Has(PositionFlags.Outlier)), row);
                Assert.That(frame["missing"][i], Is.False, row);
            }
        });
    }

    [Test]
    public void ToDataFrame_Comparison_SurveyColumnsAreNullForOtherIndicators()
    {
        var comparison = SampleEngine.Compare(Year, Zwolle);
        var frame = comparison.ToDataFrame();
        var overhead = comparison.Positions.ToList().FindIndex(p => p.Indicator.Code == "overhead_pct");
        var satisfaction = comparison.Positions.ToList().FindIndex(p => p.Indicator.Code == "employee_satisfaction");

        Assert.That((overhead, satisfaction), Is.Not.EqualTo((-1, -1)));
        Assert.Multiple(() =>
        {
            Assert.That(frame["respondents"][overhead], Is.Null);
            Assert.That(frame["ciLower"][overhead], Is.Null);
            Assert.That(frame["significant"][overhead], Is.Null);
            Assert.That(frame["respondents"][satisfaction], Is.TypeOf<int>().And.GreaterThan(0));
            Assert.That(frame["ciLower"][satisfaction], Is.TypeOf<double>());
            Assert.That(frame["significant"][satisfaction], Is.TypeOf<bool>());
        });
    }

    [Test]
    public void ToDataFrame_MissingValue_IsNullAndFlagged()
    {
        var engine = SmallEngine();
        var comparison = engine.Compare(2024, Gap);

        var frame = comparison.ToDataFrame();

        Assert.That(comparison.Positions.Single().Has(PositionFlags.Missing), Is.True, "precondition");
        Assert.Multiple(() =>
        {
            Assert.That(frame["value"][0], Is.Null);
            Assert.That(frame["rank"][0], Is.Null);
            Assert.That(frame["quartile"][0], Is.Null);
            Assert.That(frame["percentRank"][0], Is.Null);
            Assert.That(frame["differenceToMedian"][0], Is.Null);
            Assert.That(frame["yearOnYearChange"][0], Is.Null, "no 2024 value to compare with 2023");
            Assert.That(frame["previousValue"][0], Is.EqualTo(11.0), "2023: 8 + 3");
            Assert.That(frame["median"][0], Is.EqualTo(13.0), "2024 group of 10, 11, 13, 14, 15");
            Assert.That(frame["groupN"][0], Is.EqualTo(5));
            Assert.That(frame["missing"][0], Is.True);
            Assert.That(frame["suppressed"][0], Is.False);
        });
    }

    [Test]
    public void ToDataFrame_SuppressedGroup_HasNullGroupFigures()
    {
        var engine = SmallEngine(BenchmarkOptions.Default with { MinimumGroupSize = 10 });

        var frame = engine.Compare(2024, new(1)).ToDataFrame();

        Assert.Multiple(() =>
        {
            Assert.That(frame["value"][0], Is.EqualTo(10.0), "9 + 1");
            Assert.That(frame["median"][0], Is.Null);
            Assert.That(frame["q1"][0], Is.Null);
            Assert.That(frame["rank"][0], Is.Null);
            Assert.That(frame["suppressed"][0], Is.True);
        });
    }

    [Test]
    public void ToDataFrame_Language_ChoosesTheIndicatorName()
    {
        var comparison = SampleEngine.Compare(Year, Zwolle);
        var i = comparison.Positions.ToList().FindIndex(p => p.Indicator.Code == "sickness_absence_pct");

        Assert.That(comparison.ToDataFrame()["name"][i], Is.EqualTo("Ziekteverzuim (%)"), "Dutch by default");
        Assert.That(comparison.ToDataFrame(Language.English)["name"][i], Is.EqualTo("Sickness absence (%)"));
    }
}
