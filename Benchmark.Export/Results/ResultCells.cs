using System.Globalization;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>The text of a <see cref="ResultTable"/> cell: for people (localised) and for machines (invariant, round-trip).</summary>
public static class ResultCells
{
    /// <summary>
    /// A cell for people in <paramref name="language"/>: numbers with the column's decimals and thousands separators,
    /// "–" for no value, "ja"/"yes", flags and localised texts in words.
    /// </summary>
    public static string ForPeople(object? cell, ResultColumn column, Language language)
    {
        ArgumentNullException.ThrowIfNull(column);
        var culture = language.Culture;
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
            bool b => b ? language.Pick("ja", "yes") : language.Pick("nee", "no"),
            PositionFlags f => FlagText.Of(f, language),
            LocalizedText t => t.Get(language),
            _ => Convert.ToString(cell, culture) ?? string.Empty,
        };
    }

    /// <summary>
    /// A cell for machines, the same in every language: round-trip invariant numbers, empty for no value,
    /// <c>true</c>/<c>false</c>, flags as keys joined by <c>|</c>, localised texts in English.
    /// </summary>
    public static string ForMachines(object? cell) => cell switch
    {
        null => string.Empty,
        double d when !double.IsFinite(d) => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        PositionFlags f => FlagText.Keys(f),
        LocalizedText t => t.En,
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
