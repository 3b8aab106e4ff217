using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>Short words for position flags: stable machine keys and Dutch/English words for people.</summary>
internal static class FlagText
{
    private static readonly (PositionFlags Flag, string Nl, string En, string Key)[] Words =
    [
        (PositionFlags.Missing, "ontbreekt", "missing", "missing"),
        (PositionFlags.Suppressed, "onderdrukt", "suppressed", "suppressed"),
        (PositionFlags.SeriesBreak, "trendbreuk", "series break", "series-break"),
        (PositionFlags.Outlier, "uitschieter", "outlier", "outlier"),
        (PositionFlags.NotSignificant, "niet significant", "not significant", "not-significant"),
        (PositionFlags.BelowPublicationThreshold, "niet gepubliceerd", "not published", "below-threshold"),
        (PositionFlags.NotInGroup, "niet in groep", "not in group", "not-in-group"),
    ];

    /// <summary>Stable machine keys joined by '|', e.g. <c>outlier|series-break</c>.</summary>
    public static string Keys(PositionFlags flags) => string.Join('|', Words.Where(w => (flags & w.Flag) != 0).Select(w => w.Key));

    /// <summary>The words for people, joined by ", ".</summary>
    public static string Of(PositionFlags flags, Language language) =>
        string.Join(", ", Words.Where(w => (flags & w.Flag) != 0).Select(w => language.Pick(w.Nl, w.En)));

    /// <summary>
    /// The flags for people, an unpublished survey score with the number of respondents it rests on, as the PDF says
    /// it: "niet gepubliceerd (n=7)" (or "n onbekend"), "n=7" in one piece so that a table does not wrap it.
    /// </summary>
    public static LocalizedText Of(PositionFlags flags, int? respondents) => new(
        With(Of(flags, Language.Dutch), flags, "niet gepubliceerd", respondents is { } n ? $"n={n}" : "n onbekend"),
        With(Of(flags, Language.English), flags, "not published", respondents is { } m ? $"n={m}" : "n unknown"));

    private static string With(string text, PositionFlags flags, string word, string count) =>
        (flags & PositionFlags.BelowPublicationThreshold) != 0 ? text.Replace(word, $"{word} ({count})", StringComparison.Ordinal) : text;
}
