using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark;

/// <content>Positions of one municipality.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>Compares <paramref name="focus"/> with its default peer group in <paramref name="year"/> on every comparable indicator.</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown.</exception>
    public MunicipalityComparison Compare(int year, MunicipalityCode focus) => Compare(year, PeerGroupSpec.Default, focus);

    /// <summary>Compares <paramref name="focus"/> with its peer group by <paramref name="spec"/> in <paramref name="year"/> on every comparable indicator.</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown, or a named group does not exist.</exception>
    public MunicipalityComparison Compare(int year, PeerGroupSpec spec, MunicipalityCode focus)
    {
        var group = Peers(year, spec, focus);
        var positions = ComparableIndicators.Select(i => Position(i.Code, year, group, focus)).ToList();
        return new MunicipalityComparison(Municipality(focus), year, group, positions, Options.QuantileMethod, Catalog.Version);
    }

    /// <summary>The position of <paramref name="focus"/> on <paramref name="indicator"/> in <paramref name="year"/> within <paramref name="group"/>.</summary>
    /// <remarks>
    /// When <paramref name="focus"/> is not a member of the group (a learning circle it is not in), its value is still
    /// placed against the group's distribution and flagged <see cref="PositionFlags.NotInGroup"/>.
    /// </remarks>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the data have no such year.</exception>
    /// <exception cref="ArgumentException">When the reference does not know <paramref name="focus"/>.</exception>
    public IndicatorPosition Position(IndicatorCode indicator, int year, PeerGroup group, MunicipalityCode focus)
    {
        ArgumentNullException.ThrowIfNull(group);
        var definition = Catalog.Get(indicator);
        _ = Municipality(focus);
        var comparisonGroup = ComparisonGroup.From(group);
        var stats = Statistics(indicator, year, comparisonGroup);
        var found = Data.TryGetValue(focus, year, indicator, out var value);
        var isComputed = found && Data[Data.Slice(indicator, year).IndexOf(focus)].Source.File is null;
        var previous = Data.ValueOrNaN(focus, year - 1, indicator);
        var seriesBreak = definition.IsSeriesBreak(year);
        var flags = PositionFlags.None;
        flags |= double.IsFinite(value) ? PositionFlags.None : PositionFlags.Missing;
        flags |= stats.IsSuppressed ? PositionFlags.Suppressed : PositionFlags.None;
        flags |= seriesBreak ? PositionFlags.SeriesBreak : PositionFlags.None;
        flags |= group.FocusIsMember ? PositionFlags.None : PositionFlags.NotInGroup;

        var position = new IndicatorPosition
        {
            Indicator = definition,
            Year = year,
            Value = value,
            IsComputed = isComputed,
            Group = stats,
            PreviousValue = previous,
            YearOnYearChange = seriesBreak ? double.NaN : value - previous,
        };

        // A survey score below the publication threshold is shown to the municipality itself, but never placed.
        var published = !IsUnpublished(indicator, year, focus);
        if (stats.Values is { } s && double.IsFinite(value) && published)
        {
            position = WithGroupFigures(position, focus, year, definition, group, s, ref flags);
        }

        if (definition.Survey is not null && double.IsFinite(value))
        {
            position = WithSurvey(position, focus, year, definition, published ? stats.Values : null, ref flags);
        }

        return position with { Flags = flags };
    }

    private IndicatorPosition WithGroupFigures(
        IndicatorPosition position,
        MunicipalityCode focus,
        int year,
        Indicator definition,
        PeerGroup group,
        DescriptiveStatistics s,
        ref PositionFlags flags)
    {
        var value = position.Value;
        var values = GroupValues(definition.Code, year, group.Members).ToList();
        var index = group.Members.ToList().IndexOf(focus);
        if (index < 0)
        {
            values.Add(value);
            index = values.Count - 1;
        }

        var ranks = Ranking.Rank(values.ToArray(), definition.Direction);
        var z = RobustZ.Compute(value, s);
        flags |= double.IsFinite(z) && Math.Abs(z) > Options.OutlierThreshold ? PositionFlags.Outlier : PositionFlags.None;
        var gap = definition.Direction switch
        {
            Direction.LowerIsBetter => Math.Max(0, value - s.Q1),
            Direction.HigherIsBetter => Math.Max(0, s.Q3 - value),
            _ => double.NaN,
        };
        var eurosPerUnit = EurosPerUnit(definition, focus, year);
        var difference = value - s.Median;
        return position with
        {
            Rank = ranks.Ranks[index],
            RankedCount = ranks.Count,
            PercentRank = ranks.PercentRanks[index],
            Quartile = Ranking.QuartilePosition(value, s, definition.Direction),
            DifferenceToMedian = difference,
            DifferenceToMedianPercent = s.Median == 0 ? double.NaN : difference / Math.Abs(s.Median) * 100,
            DifferenceToMedianEuros = difference * eurosPerUnit,
            RobustZ = z,
            GapToBestQuartile = gap,
            GapToBestQuartileEuros = gap * eurosPerUnit,
        };
    }

    private IndicatorPosition WithSurvey(IndicatorPosition position, MunicipalityCode focus, int year, Indicator definition, DescriptiveStatistics? s, ref PositionFlags flags)
    {
        flags |= IsUnpublished(definition.Code, year, focus) ? PositionFlags.BelowPublicationThreshold : PositionFlags.None;
        if (SurveyEstimateOf(focus, year, definition, position.Value) is not { } estimate)
        {
            return position;
        }

        var difference = s is null ? null : estimate.DifferenceTo(s.Median);
        flags |= difference is { IsSignificant: false } ? PositionFlags.NotSignificant : PositionFlags.None;
        return position with { Survey = estimate, SurveyDifference = difference };
    }

    /// <summary>The survey estimate (interval) of <paramref name="value"/>; <see langword="null"/> without a valid n and SD.</summary>
    private SurveyEstimate? SurveyEstimateOf(MunicipalityCode focus, int year, Indicator definition, double value)
    {
        var fields = definition.Survey!;
        var n = Data.ValueOrNaN(focus, year, fields.Respondents);
        var sd = Data.ValueOrNaN(focus, year, fields.StandardDeviation);
        var population = fields.Population is { } p ? Data.ValueOrNaN(focus, year, p) : double.NaN;
        return !double.IsFinite(value) || !double.IsFinite(n) || !double.IsFinite(sd) || n < 0 || sd < 0
            ? null
            : SurveyEstimate.Compute(
                value,
                (int)Math.Round(n),
                sd,
                double.IsFinite(population) && population >= 1 ? (int)Math.Round(population) : null,
                Options.SurveyPublicationThreshold);
    }

    /// <summary>
    /// For a ratio whose numerator is in euros: how many euros of this municipality one unit of the indicator is
    /// (Σ denominator / scale); NaN otherwise. Overhead: total expenditure / 100 per percentage point.
    /// </summary>
    private double EurosPerUnit(Indicator definition, MunicipalityCode focus, int year)
    {
        if (definition.Formula is not { } formula || !formula.Numerator.All(c => Catalog.TryGet(c, out var i) && i.Unit == Unit.Euro))
        {
            return double.NaN;
        }

        var denominator = 0.0;
        foreach (var code in formula.Denominator)
        {
            denominator += ValueOf(focus, year, code);
        }

        return denominator / formula.Scale;
    }
}
