using Benchmark.Store.Analysis;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark rank --indicator CODE --year N [GMxxxx]</c>: the league table of a peer group (or of every group of the method).</summary>
internal sealed class RankCommand(CliEnvironment env) : AnalysisCommand<RankSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("group", "Groep", "Group"),
        new("rank", "Rang", "Rank", CellKind.Integer),
        new("municipality", "Code", "Code", NoWrap: true),
        new("name", "Gemeente", "Municipality"),
        new("value", "Waarde", "Value", CellKind.Number, 2),
        new("percentRank", "Percentiel", "Percentile", CellKind.Number, 0),
        new("quartile", "Kwartiel", "Quartile", CellKind.Integer),
        new("focus", "Focus", "Focus", InText: false),
    ];

    protected override ResultTable Build(AnalysisSession session, RankSettings settings)
    {
        var engine = session.Engine;
        var indicator = IndicatorLookup.Find(engine, settings.Indicator);
        var year = session.ResolveYear(settings.Year);
        var tables = settings.Municipality is { } m
            ? [engine.Rank(indicator.Code, year, settings.PeerSpec, session.ResolveMunicipality(m))]
            : engine.Groups(year, settings.PeerSpec).Select(g => engine.Rank(indicator.Code, year, g)).ToList();
        var rows = new List<object?[]>();
        var highlight = new HashSet<int>();
        var notes = new List<(string, string)>();
        foreach (var table in tables)
        {
            var name = table.Statistics.Group.Name;
            var groupName = new Text.LocalizedText($"{name.Nl} (n = {table.Statistics.ValueCount})", $"{name.En} (n = {table.Statistics.ValueCount})");
            if (table.Statistics.SuppressionReason is { } reason)
            {
                notes.Add(($"{table.Statistics.Group.Name.Nl}: {reason.Nl}", $"{table.Statistics.Group.Name.En}: {reason.En}"));
            }

            foreach (var e in table.Entries)
            {
                if (e.IsFocus)
                {
                    highlight.Add(rows.Count);
                }

                rows.Add([groupName, e.Rank > 0 ? e.Rank : null, e.Municipality.ToString(), e.Name, e.Value, e.PercentRank, e.Quartile > 0 ? e.Quartile : null, e.IsFocus]);
            }
        }

        notes.Add((
            $"Rang 1 = {DirectionText(indicator.Direction, true)}; gelijke waarden delen de laagste rang (1224).",
            $"Rank 1 = {DirectionText(indicator.Direction, false)}; ties share the lowest rank (1224)."));
        return new ResultTable("rank", Columns, rows)
        {
            Facts =
            [
                ("indicator", "Indicator", "Indicator", new Text.LocalizedText($"{indicator.Name.Nl} ({indicator.Code})", $"{indicator.Name.En} ({indicator.Code})")),
                ("direction", "Richting", "Direction", new Text.LocalizedText(DirectionText(indicator.Direction, true), DirectionText(indicator.Direction, false))),
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("peerMethod", "Methode", "Method", settings.PeerSpec.ToString()),
            ],
            Notes = notes,
            Highlight = highlight,
            SectionBy = "group",
        };
    }

    private static string DirectionText(Catalog.Direction direction, bool dutch) => direction switch
    {
        Catalog.Direction.LowerIsBetter => dutch ? "laagste waarde (lager is beter)" : "lowest value (lower is better)",
        Catalog.Direction.HigherIsBetter => dutch ? "hoogste waarde (hoger is beter)" : "highest value (higher is better)",
        _ => dutch ? "laagste waarde (neutraal: positie, geen oordeel)" : "lowest value (neutral: a position, not a judgement)",
    };
}
