using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark compare GMxxxx --year N</c>: one row per indicator with the municipality's position in its peer group.</summary>
internal sealed class CompareCommand(CliEnvironment env) : AnalysisCommand<CompareSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("indicator", "Code", "Code", InText: false),
        new("name", "Indicator", "Indicator"),
        new("unit", "Eenheid", "Unit", InText: false),
        new("direction", "Richting", "Direction", InText: false),
        new("value", "Waarde", "Value", CellKind.Number, 1),
        new("n", "n", "n", CellKind.Integer, InText: false),
        new("rank", "Rang", "Rank", NoWrap: true),
        new("percentRank", "Percentiel", "Percentile", CellKind.Number, 0, InText: false),
        new("quartile", "Kw.", "Qrt", CellKind.Integer),
        new("median", "Mediaan", "Median", CellKind.Number, 1),
        new("q1", "Q1", "Q1", CellKind.Number, 1, InText: false),
        new("q3", "Q3", "Q3", CellKind.Number, 1, InText: false),
        new("interquartile", "Q1–Q3", "Q1–Q3", InMachine: false, NoWrap: true),
        new("differenceToMedian", "Verschil mediaan", "Diff. to median", CellKind.Number, 1, InText: false),
        new("differenceToMedianPercent", "Δ med. %", "Δ med. %", CellKind.Percent, 0, InText: false),
        new("differenceToMedianText", "Δ mediaan", "Δ median", InMachine: false, NoWrap: true),
        new("differenceToMedianEuros", "Verschil in euro", "Difference in euros", CellKind.Euro, 0, InText: false),
        new("robustZ", "Robuuste z", "Robust z", CellKind.Number, 2, InText: false),
        new("gapToBestQuartile", "Afstand beste kwartiel", "Gap to best quartile", CellKind.Number, 1, InText: false),
        new("gapToBestQuartileEuros", "Afstand in euro", "Gap in euros", CellKind.Euro, 0, InText: false),
        new("groupRatio", "Groepsratio", "Group ratio", CellKind.Number, 2, InText: false),
        new("ciLower", "BI onder", "CI lower", CellKind.Number, 2, InText: false),
        new("ciUpper", "BI boven", "CI upper", CellKind.Number, 2, InText: false),
        new("respondents", "Respondenten", "Respondents", CellKind.Integer, InText: false),
        new("significant", "Significant", "Significant", InText: false),
        new("previousValue", "Vorig jaar", "Previous year", CellKind.Number, 1, InText: false),
        new("yearOnYearChange", "Δ jaar", "Δ year", CellKind.Number, 1, InText: false),
        new("flags", "Vlaggen", "Flags", InText: false),
        new("flagsText", "Vlaggen", "Flags", InMachine: false),
    ];

    protected override ResultTable Build(AnalysisSession session, CompareSettings settings)
    {
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        return Table(session.Engine.Compare(year, settings.PeerSpec, code), settings.Lang);
    }

    /// <summary>The result table of a comparison (shared with <c>benchmark demo</c>).</summary>
    internal static ResultTable Table(MunicipalityComparison comparison, Language lang)
    {
        var year = comparison.Year;
        var rows = comparison.Positions.Select(p => Row(p, lang)).ToList();
        return new ResultTable("compare", Columns, rows)
        {
            Facts =
            [
                ("municipality", "Gemeente", "Municipality", $"{comparison.Municipality.Name} ({comparison.Municipality.Code})"),
                ("year", "Jaar", "Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
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

    internal static object?[] Row(IndicatorPosition p, Language lang)
    {
        var s = p.Group.Values;
        return
        [
            p.Indicator.Code,
            p.Indicator.Name,
            p.Indicator.Unit.ToString(),
            p.Indicator.Direction.ToString(),
            p.Value,
            p.RankedCount,
            p.Rank > 0 ? $"{p.Rank}/{p.RankedCount}" : null,
            p.PercentRank,
            p.Quartile > 0 ? p.Quartile : null,
            s?.Median ?? double.NaN,
            s?.Q1 ?? double.NaN,
            s?.Q3 ?? double.NaN,
            s is null ? null : $"{ResultFormatter.ForPeople(s.Q1, Columns[9], lang)} – {ResultFormatter.ForPeople(s.Q3, Columns[9], lang)}",
            p.DifferenceToMedian,
            p.DifferenceToMedianPercent,
            DifferenceText.Of(p.DifferenceToMedian, p.DifferenceToMedianPercent, p.Indicator.Unit, lang),
            p.DifferenceToMedianEuros,
            p.RobustZ,
            p.GapToBestQuartile,
            p.GapToBestQuartileEuros,
            p.Group.GroupRatio,
            p.Survey?.Lower ?? double.NaN,
            p.Survey?.Upper ?? double.NaN,
            p.Survey?.Respondents,
            p.SurveyDifference?.IsSignificant,
            p.PreviousValue,
            p.YearOnYearChange,
            p.Flags,
            FlagText.Of(p.Flags, p.Survey?.Respondents),
        ];
    }
}
