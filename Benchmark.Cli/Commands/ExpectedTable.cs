using System.Globalization;
using Benchmark.Efficiency;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>The result table of <c>benchmark efficiency --expected INDICATOR</c>.</summary>
internal static class ExpectedTable
{
    private static readonly ResultColumn[] Columns =
    [
        new("municipality", "Code", "Code", NoWrap: true),
        new("name", "Gemeente", "Municipality"),
        new("actual", "Waarde", "Value", CellKind.Number, 2),
        new("expected", "Verwacht", "Expected", CellKind.Number, 2),
        new("lower", "95%-PI laag", "95% PI low", CellKind.Number, 2),
        new("upper", "95%-PI hoog", "95% PI high", CellKind.Number, 2),
        new("residual", "Verschil", "Gap", CellKind.Number, 2),
        new("weight", "Huber-gewicht", "Huber weight", CellKind.Number, 2),
    ];

    /// <summary>The regression's terms in Dutch, in the order of <see cref="Efficiency.Structure.StructureAnalysis.Terms"/>.</summary>
    private static readonly string[] DutchTerms = ["constante", "ln(inwoners)", "adresdichtheid"];

    public static ResultTable Build(EfficiencyEngine engine, Catalog.IndicatorCode indicator, int year, MunicipalityCode? focus, PeerGroups.PeerGroupSpec? peers, Efficiency.Structure.FitMethod method)
    {
        var analysis = engine.Expected(indicator, year, peers, focus, method);
        var values = analysis.Values.OrderBy(v => v.Residual).ToList();
        var rows = values.Select(v => new object?[]
        {
            v.Municipality.ToString(), EfficiencyCommand.Name(engine, v.Municipality.ToString()), v.Actual, v.Expected, v.Lower, v.Upper, v.Residual, v.Weight,
        }).ToList();
        object coefficients = analysis.Fit is { } fit
            ? new Text.LocalizedText(
                string.Join("; ", DutchTerms.Zip(fit.Coefficients).Select(p => $"{p.First} {p.Second.ToString("G6", Language.Dutch.Culture)}")),
                string.Join("; ", Efficiency.Structure.StructureAnalysis.Terms.Zip(fit.Coefficients).Select(p => $"{p.First} {p.Second.ToString("G6", CultureInfo.InvariantCulture)}")))
            : "–";
        return new ResultTable("efficiency-expected", Columns, rows)
        {
            Facts =
            [
                ("indicator", "Indicator", "Indicator", analysis.Indicator.Code),
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("method", "Methode", "Method", analysis.MethodText),
                ("coefficients", "Coëfficiënten", "Coefficients", coefficients),
                ("leftOut", "Buiten beschouwing", "Left out", EfficiencyFacts.LeftOut(analysis.Findings)),
            ],
            Notes =
            [
                ("Verwacht = wat gemeenten met dezelfde omvang (ln inwoners) en adressendichtheid gemiddeld hebben; het verschil is de structuurgecorrigeerde afstand. Een waarde buiten het 95%-voorspellingsinterval wijkt meer af dan structuur verklaart. Altijd naast de mediaanvergelijking lezen, nooit in plaats ervan.",
                 "Expected = what municipalities of the same size (ln inhabitants) and address density have on average; the gap is the structure-corrected distance. A value outside the 95% prediction interval differs more than structure explains. Read next to the median comparison, never instead of it."),
            ],
            Highlight = focus is { } f ? new HashSet<int>(values.Select((v, i) => (v, i)).Where(p => p.v.Municipality == f).Select(p => p.i)) : new HashSet<int>(),
        };
    }
}
