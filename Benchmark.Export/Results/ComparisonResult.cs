using System.Globalization;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// The column schema of one municipality's positions (one row per indicator): <c>benchmark compare</c> writes it as
/// CSV, JSON or xlsx, <c>comparison.ToDataFrame()</c> makes a frame of it.
/// </summary>
public static class ComparisonResult
{
    private static readonly ResultColumn Median = new("median", "Mediaan", "Median", CellKind.Number, 1);

    /// <summary>The schema of the positions of <paramref name="municipality"/>.</summary>
    /// <param name="language">The language of the columns for people only (<c>interquartile</c>, <c>differenceToMedianText</c>).</param>
    /// <param name="municipality">The municipality's code, the frame's <c>municipality</c> column.</param>
    public static ResultSchema<IndicatorPosition> Schema(Language language, string municipality) => new("compare",
    [
        (Frame("municipality"), _ => municipality),
        (Frame("year"), p => p.Year),
        (new("indicator", "Code", "Code", InText: false), p => p.Indicator.Code),
        (new("name", "Indicator", "Indicator"), p => p.Indicator.Name),
        (new("unit", "Eenheid", "Unit", InText: false), p => p.Indicator.Unit.ToString()),
        (new("direction", "Richting", "Direction", InText: false), p => p.Indicator.Direction.ToString()),
        (new("value", "Waarde", "Value", CellKind.Number, 1), p => p.Value),
        (new("n", "n", "n", CellKind.Integer, InText: false), p => p.RankedCount),
        (new("rank", "Rang", "Rank", NoWrap: true), p => p.Rank > 0 ? new RankText(p.Rank, p.RankedCount) : null),
        (new("percentRank", "Percentiel", "Percentile", CellKind.Number, 0, InText: false), p => p.PercentRank),
        (new("quartile", "Kw.", "Qrt", CellKind.Integer), p => p.Quartile > 0 ? p.Quartile : null),
        (Median, p => p.Group.Values?.Median),
        (new("q1", "Q1", "Q1", CellKind.Number, 1, InText: false), p => p.Group.Values?.Q1),
        (new("q3", "Q3", "Q3", CellKind.Number, 1, InText: false), p => p.Group.Values?.Q3),
        (new("interquartile", "Q1–Q3", "Q1–Q3", InMachine: false, NoWrap: true), p => p.Group.Values is { } s
            ? $"{ResultCells.ForPeople(s.Q1, Median, language)} – {ResultCells.ForPeople(s.Q3, Median, language)}"
            : null),
        (new("differenceToMedian", "Verschil mediaan", "Diff. to median", CellKind.Number, 1, InText: false), p => p.DifferenceToMedian),
        (new("differenceToMedianPercent", "Δ med. %", "Δ med. %", CellKind.Percent, 0, InText: false), p => p.DifferenceToMedianPercent),
        (new("differenceToMedianText", "Δ mediaan", "Δ median", InMachine: false, NoWrap: true),
            p => DifferenceText.Of(p.DifferenceToMedian, p.DifferenceToMedianPercent, p.Indicator.Unit, language)),
        (new("differenceToMedianEuros", "Verschil in euro", "Difference in euros", CellKind.Euro, 0, InText: false), p => p.DifferenceToMedianEuros),
        (new("robustZ", "Robuuste z", "Robust z", CellKind.Number, 2, InText: false), p => p.RobustZ),
        (new("gapToBestQuartile", "Afstand beste kwartiel", "Gap to best quartile", CellKind.Number, 1, InText: false), p => p.GapToBestQuartile),
        (new("gapToBestQuartileEuros", "Afstand in euro", "Gap in euros", CellKind.Euro, 0, InText: false), p => p.GapToBestQuartileEuros),
        (new("groupRatio", "Groepsratio", "Group ratio", CellKind.Number, 2, InText: false), p => p.Group.GroupRatio),
        (new("ciLower", "BI onder", "CI lower", CellKind.Number, 2, InText: false), p => p.Survey?.Lower),
        (new("ciUpper", "BI boven", "CI upper", CellKind.Number, 2, InText: false), p => p.Survey?.Upper),
        (new("respondents", "Respondenten", "Respondents", CellKind.Integer, InText: false), p => p.Survey?.Respondents),
        (new("significant", "Significant", "Significant", CellKind.Flag, InText: false), p => p.SurveyDifference?.IsSignificant),
        (new("previousValue", "Vorig jaar", "Previous year", CellKind.Number, 1, InText: false), p => p.PreviousValue),
        (new("yearOnYearChange", "Δ jaar", "Δ year", CellKind.Number, 1, InText: false), p => p.YearOnYearChange),
        (new("flags", "Vlaggen", "Flags", InText: false), p => p.Flags),
        (new("flagsText", "Vlaggen", "Flags", InMachine: false), p => FlagText.Of(p.Flags, p.Survey?.Respondents)),
        .. FrameOnly,
    ]);

    /// <summary>The table of <c>benchmark compare</c>: one row per indicator, with the municipality, year, peer group and methods as facts.</summary>
    /// <param name="comparison">The result of <c>engine.Compare(year, code)</c>.</param>
    /// <param name="language">The language of the columns for people only.</param>
    public static ResultTable Table(MunicipalityComparison comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Schema(language, comparison.Municipality.Code.ToString()).Table(comparison.Positions) with
        {
            Facts =
            [
                ("municipality", "Gemeente", "Municipality", $"{comparison.Municipality.Name} ({comparison.Municipality.Code})"),
                ("year", "Jaar", "Year", comparison.Year.ToString(CultureInfo.InvariantCulture)),
                ("peerGroup", "Vergelijkingsgroep", "Peer group", comparison.PeerGroup.Name),
                ("peerMethod", "Methode", "Method", comparison.PeerGroup.Spec.ToString()),
                ("peerCount", "Aantal gemeenten", "Municipalities", comparison.PeerGroup.Count),
                ("quantileMethod", "Kwantieldefinitie", "Quantile definition", $"Hyndman–Fan {comparison.QuantileMethod} (Excel PERCENTILE.INC)"),
                ("methodVersion", "Methodeversie", "Method version", comparison.MethodVersion),
            ],
            Notes =
            [
                ("Rang 1 en kwartiel 1 = het best in de richting van de indicator; neutrale indicatoren oplopend (positie, geen oordeel). Vlaggen: ontbreekt, onderdrukt (groep < 5), trendbreuk, uitschieter, niet significant, niet gepubliceerd (enquête: minder dan 50 respondenten of onbekend aantal), niet in groep.",
                 "Rank 1 and quartile 1 = best in the indicator's direction; neutral indicators ascending (a position, not a judgement). Flags: missing, suppressed (group < 5), series break, outlier, not significant, not published (survey: fewer than 50 respondents or an unknown number), not in group."),
            ],
        };
    }

    /// <summary>Figures only the DataFrame carries: the identification of the row, the group's size, the survey's t statistic and one flag per column.</summary>
    private static (ResultColumn, Func<IndicatorPosition, object?>)[] FrameOnly =>
    [
        (Frame("computed", CellKind.Flag), p => p.IsComputed),
        (Frame("groupN", CellKind.Integer), p => p.Group.ValueCount),
        (Frame("standardError", CellKind.Number), p => p.Survey?.StandardError),
        (Frame("differenceToMedianT", CellKind.Number), p => p.SurveyDifference?.TStatistic),
        (Frame("missing", CellKind.Flag), p => p.Has(PositionFlags.Missing)),
        (Frame("suppressed", CellKind.Flag), p => p.Has(PositionFlags.Suppressed)),
        (Frame("seriesBreak", CellKind.Flag), p => p.Has(PositionFlags.SeriesBreak)),
        (Frame("outlier", CellKind.Flag), p => p.Has(PositionFlags.Outlier)),
        (Frame("notSignificant", CellKind.Flag), p => p.Has(PositionFlags.NotSignificant)),
        (Frame("belowPublicationThreshold", CellKind.Flag), p => p.Has(PositionFlags.BelowPublicationThreshold)),
        (Frame("notInGroup", CellKind.Flag), p => p.Has(PositionFlags.NotInGroup)),
    ];

    private static ResultColumn Frame(string key, CellKind kind = CellKind.Text) =>
        new(key, key, key, kind, InText: false, InMachine: false, FrameOnly: true);
}
