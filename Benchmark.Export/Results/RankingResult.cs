using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.PeerGroups;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// The column schema of league tables (one row per member of a group, best first): <c>benchmark rank</c> writes it as
/// CSV, JSON or xlsx, <c>table.ToDataFrame()</c> makes a frame of it.
/// </summary>
public static class RankingResult
{
    /// <summary>The schema: one row per entry of a league table, with the table it belongs to.</summary>
    public static ResultSchema<(LeagueTable Table, LeagueEntry Entry)> Schema { get; } = new("rank",
    [
        (new("indicator", "Indicator", "Indicator", InText: false, InMachine: false, FrameOnly: true), r => r.Table.Indicator.Code),
        (new("year", "Jaar", "Year", InText: false, InMachine: false, FrameOnly: true), r => r.Table.Statistics.Year),
        (new("group", "Groep", "Group"), r => GroupName(r.Table.Statistics)),
        (new("rank", "Rang", "Rank", CellKind.Integer), r => r.Entry.Rank > 0 ? r.Entry.Rank : null),
        (new("municipality", "Code", "Code", NoWrap: true), r => r.Entry.Municipality.ToString()),
        (new("name", "Gemeente", "Municipality"), r => r.Entry.Name),
        (new("value", "Waarde", "Value", CellKind.Number, 2), r => r.Entry.Value),
        (new("percentRank", "Percentiel", "Percentile", CellKind.Number, 0), r => r.Entry.PercentRank),
        (new("quartile", "Kwartiel", "Quartile", CellKind.Integer), r => r.Entry.Quartile > 0 ? r.Entry.Quartile : null),
        (new("focus", "Focus", "Focus", CellKind.Flag, InText: false), r => r.Entry.IsFocus),
    ]);

    /// <summary>The rows of <paramref name="table"/>: its entries, each with the table.</summary>
    public static IEnumerable<(LeagueTable Table, LeagueEntry Entry)> Rows(LeagueTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Entries.Select(e => (table, e));
    }

    /// <summary>
    /// The table of <c>benchmark rank</c>: the entries of every table in order, sectioned by group, the focus
    /// highlighted, with the indicator, its direction, the year and the peer-group method as facts.
    /// </summary>
    /// <param name="tables">The league tables, one per group.</param>
    /// <param name="indicator">The indicator ranked.</param>
    /// <param name="year">The year.</param>
    /// <param name="spec">The peer-group method.</param>
    public static ResultTable Table(IReadOnlyList<LeagueTable> tables, Indicator indicator, int year, PeerGroupSpec spec)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(spec);
        var rows = new List<object?[]>();
        var highlight = new HashSet<int>();
        var notes = new List<(string, string)>();
        foreach (var table in tables)
        {
            if (table.Statistics.SuppressionReason is { } reason)
            {
                notes.Add(($"{table.Statistics.Group.Name.Nl}: {reason.Nl}", $"{table.Statistics.Group.Name.En}: {reason.En}"));
            }

            foreach (var row in Rows(table))
            {
                if (row.Entry.IsFocus)
                {
                    highlight.Add(rows.Count);
                }

                rows.Add(Schema.Row(row));
            }
        }

        notes.Add((
            $"Rang 1 = {DirectionText(indicator.Direction, true)}; gelijke waarden delen de laagste rang (1224).",
            $"Rank 1 = {DirectionText(indicator.Direction, false)}; ties share the lowest rank (1224)."));
        return new ResultTable("rank", Schema.Columns, rows)
        {
            Facts =
            [
                ("indicator", "Indicator", "Indicator", new LocalizedText($"{indicator.Name.Nl} ({indicator.Code})", $"{indicator.Name.En} ({indicator.Code})")),
                ("direction", "Richting", "Direction", new LocalizedText(DirectionText(indicator.Direction, true), DirectionText(indicator.Direction, false))),
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("peerMethod", "Methode", "Method", spec.ToString()),
            ],
            Notes = notes,
            Highlight = highlight,
            SectionBy = "group",
        };
    }

    /// <summary>The group's name with its number of values: "Grootteklasse 3 (n = 12)".</summary>
    private static LocalizedText GroupName(GroupStatistics statistics) =>
        new($"{statistics.Group.Name.Nl} (n = {statistics.ValueCount})", $"{statistics.Group.Name.En} (n = {statistics.ValueCount})");

    private static string DirectionText(Direction direction, bool dutch) => direction switch
    {
        Direction.LowerIsBetter => dutch ? "laagste waarde (lager is beter)" : "lowest value (lower is better)",
        Direction.HigherIsBetter => dutch ? "hoogste waarde (hoger is beter)" : "highest value (higher is better)",
        _ => dutch ? "laagste waarde (neutraal: positie, geen oordeel)" : "lowest value (neutral: a position, not a judgement)",
    };
}
