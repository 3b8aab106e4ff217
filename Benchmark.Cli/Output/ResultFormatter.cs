using System.Globalization;
using Benchmark.Text;

namespace Benchmark.Cli.Output;

/// <summary>Formats cells for people (localised) and for machines (invariant, round-trip).</summary>
internal static class ResultFormatter
{
    public static string ForPeople(object? cell, ResultColumn column, Language lang)
    {
        var culture = lang.Culture;
        return cell switch
        {
            null => "–",
            double d when !double.IsFinite(d) => "–",
            double d => column.Kind switch
            {
                CellKind.Percent => d.ToString("N" + column.Decimals, culture) + "%",
                CellKind.Euro => "€ " + d.ToString("N" + column.Decimals, culture),
                CellKind.Integer => d.ToString("N0", culture),
                _ => d.ToString("N" + column.Decimals, culture),
            },
            int i => i.ToString("N0", culture),
            long l => l.ToString("N0", culture),
            bool b => b ? lang.Pick("ja", "yes") : lang.Pick("nee", "no"),
            Comparison.PositionFlags f => FlagText.Of(f, lang),
            Text.LocalizedText t => t.Get(lang),
            _ => Convert.ToString(cell, culture) ?? string.Empty,
        };
    }

    public static string ForMachines(object? cell) => cell switch
    {
        null => string.Empty,
        double d when !double.IsFinite(d) => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Comparison.PositionFlags f => FlagText.Keys(f),
        Text.LocalizedText t => t.En,
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
