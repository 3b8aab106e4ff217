using Benchmark.Store.Analysis;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Efficiency;
using Benchmark.Municipalities;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark index [GMxxxx]</c>: the composite index, its rank interval per municipality and the sensitivity table.</summary>
internal sealed class IndexCommand(CliEnvironment env) : AnalysisCommand<IndexSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("rank", "Rang", "Rank", CellKind.Integer),
        new("municipality", "Code", "Code", NoWrap: true),
        new("name", "Gemeente", "Municipality"),
        new("value", "Index", "Index", CellKind.Number, 2),
        new("rankLow", "Rang P5", "Rank P5", CellKind.Number, 0),
        new("rankMedian", "Rang mediaan", "Rank median", CellKind.Number, 0),
        new("rankHigh", "Rang P95", "Rank P95", CellKind.Number, 0),
        new("coverage", "Dekking", "Coverage", CellKind.Percent, 0),
    ];

    protected override ResultTable Build(AnalysisSession session, IndexSettings settings)
    {
        var engine = new EfficiencyEngine(session.Engine);
        var year = session.ResolveYear(settings.Year);
        MunicipalityCode? focus = settings.Municipality is { } m ? session.ResolveMunicipality(m) : null;
        var options = settings.ToOptions();
        if (options.Indicators is { } codes)
        {
            options = options with { Indicators = [.. codes.Select(c => IndicatorLookup.Find(session.Engine, c).Code)] };
        }

        var index = engine.Index(year, options, focus is null ? null : settings.PeerSpec, focus);
        var rows = index.Scores.Select(s => new object?[]
        {
            s.Rank, s.Municipality.ToString(), EfficiencyCommand.Name(engine, s.Municipality.ToString()), s.Value, s.RankLow, s.RankMedian, s.RankHigh, s.Coverage * 100,
        }).ToList();
        var sensitivity = string.Join("; ", index.Sensitivity.Select(r => $"{r.Choice}: mean |Δrank| {r.MeanShift.ToString("0.0", CultureInfo.InvariantCulture)}, max {r.MaxShift.ToString("0", CultureInfo.InvariantCulture)}"));
        return new ResultTable("index", Columns, rows)
        {
            Facts =
            [
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("group", "Groep", "Group", EfficiencyFacts.Group(engine, year, focus, focus is null ? null : settings.PeerSpec, index.Group)),
                ("method", "Methode", "Method", index.MethodText),
                ("weights", "Gewichten", "Weights", string.Join(", ", index.Indicators.Select(i => $"{i.Code} {i.Weight.ToString("0.###", CultureInfo.InvariantCulture)}"))),
                ("sensitivity", "Gevoeligheid", "Sensitivity", sensitivity),
                ("leftOut", "Buiten beschouwing", "Left out", EfficiencyFacts.LeftOut(index.Findings)),
            ],
            Notes =
            [
                ("Hoger = beter in de richting van elke indicator. Rang P5–P95: de rangen van 5% tot 95% van de Monte-Carlotrekkingen over normalisatie, aggregatie en gewichten — een smal interval is een robuuste positie. Gevoeligheid: welke keuze de rangen het meest verschuift.",
                 "Higher = better in each indicator's direction. Rank P5–P95: the ranks from 5% to 95% of the Monte Carlo draws over normalisation, aggregation and weights — a narrow interval is a robust position. Sensitivity: which choice moves ranks most."),
            ],
            Highlight = focus is { } f ? new HashSet<int>(index.Scores.Select((s, i) => (s, i)).Where(p => p.s.Municipality == f).Select(p => p.i)) : new HashSet<int>(),
        };
    }
}
