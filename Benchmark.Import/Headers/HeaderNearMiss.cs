using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Import.Headers;

/// <summary>
/// Headers that nearly name a catalogue column (a typo) and catalogue figures missing from a file that has their
/// neighbours: the two ways a column is lost without an error.
/// </summary>
internal static class HeaderNearMiss
{
    /// <summary>A header that is nearly <paramref name="Alias"/> of <paramref name="Indicator"/>.</summary>
    internal sealed record Typo(HeaderColumn Column, Indicator Indicator, string Alias);

    /// <summary>
    /// The unknown headers within <see cref="NearestName.Tolerance"/> of an alias or code of a figure the file does not
    /// already have, except those the user asked to ignore.
    /// </summary>
    public static IReadOnlyList<Typo> Typos(HeaderMap map, IndicatorCatalog catalog, IReadOnlyList<string> ignored)
    {
        var present = map.Figures.Select(f => f.Indicator!.Code).ToHashSet();
        var names = catalog.All.Where(i => !present.Contains(i.Code))
            .SelectMany(i => i.Aliases.Prepend(i.Code).Select(a => (Alias: a, Indicator: i)))
            .ToList();
        var typos = new List<Typo>();
        foreach (var column in map.Columns.Where(c => c.Role == ColumnRole.Unknown && !IsIgnored(c.Header, ignored)))
        {
            if (NearestName.Find(column.Header, names.Select(n => n.Alias)) is { } alias)
            {
                typos.Add(new Typo(column, names.First(n => n.Alias == alias).Indicator, InCaseOf(column.Header, alias)));
            }
        }

        return typos;
    }

    /// <summary>The alias with a capital first letter when the header has one: 'Ziekteverzuim %' for 'Ziekteverzium %'.</summary>
    private static string InCaseOf(string header, string alias)
    {
        var first = header.TrimStart();
        return first.Length > 0 && char.IsUpper(first[0]) && alias.Length > 0 && char.IsLower(alias[0])
            ? char.ToUpperInvariant(alias[0]) + alias[1..]
            : alias;
    }

    /// <summary>Whether <paramref name="header"/> is one of the headers to ignore (folded as headers are).</summary>
    public static bool IsIgnored(string header, IReadOnlyList<string> ignored) =>
        ignored.Count > 0 && ignored.Any(i => HeaderName.Normalize(i) == HeaderName.Normalize(header));

    /// <summary>
    /// The delivered figures (not derived) of the catalogue that a wide file lacks while it has both the figure before
    /// and the figure after it in catalogue order: a column that was most likely meant to be there. Only for a file with
    /// at least half of the delivered figures: a file of a few columns is a deliberate selection.
    /// </summary>
    public static IReadOnlyList<Indicator> AbsentBetweenNeighbours(HeaderMap map, IndicatorCatalog catalog)
    {
        var present = map.Figures.Select(f => f.Indicator!.Code).ToHashSet();
        var delivered = catalog.All.Where(i => i.Formula is null).ToList();
        var absent = new List<Indicator>();
        if (2 * delivered.Count(i => present.Contains(i.Code)) < delivered.Count)
        {
            return absent;
        }

        for (var i = 1; i < delivered.Count - 1; i++)
        {
            if (!present.Contains(delivered[i].Code) && present.Contains(delivered[i - 1].Code) && present.Contains(delivered[i + 1].Code))
            {
                absent.Add(delivered[i]);
            }
        }

        return absent;
    }
}
