using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>Colours and words that follow an indicator's direction (neutral indicators get position words only).</summary>
internal static class Tones
{
    private static readonly (PositionFlags Flag, string Nl, string En)[] FlagWords =
    [
        (PositionFlags.Missing, "ontbreekt", "missing"),
        (PositionFlags.Suppressed, "onderdrukt", "suppressed"),
        (PositionFlags.SeriesBreak, "trendbreuk", "series break"),
        (PositionFlags.Outlier, "uitschieter", "outlier"),
        (PositionFlags.NotSignificant, "niet significant", "not significant"),
        (PositionFlags.BelowPublicationThreshold, "niet gepubliceerd", "not published"),
        (PositionFlags.NotInGroup, "niet in groep", "not in group"),
    ];

    /// <summary>The tone of quartile position <paramref name="quartile"/> (1 = best / lowest); <see cref="Tone.None"/> for 0.</summary>
    public static Tone Of(Direction direction, int quartile) => (direction, quartile) switch
    {
        (_, < 1 or > 4) => Tone.None,
        (Catalog.Direction.Neutral, 1) => Tone.Low,
        (Catalog.Direction.Neutral, 2) => Tone.MidLow,
        (Catalog.Direction.Neutral, 3) => Tone.MidHigh,
        (Catalog.Direction.Neutral, _) => Tone.High,
        (_, 1) => Tone.Best,
        (_, 2) => Tone.Good,
        (_, 3) => Tone.Weak,
        _ => Tone.Worst,
    };

    /// <summary>The tone of a change: favourable or not for directional indicators, a plain position colour for neutral ones.</summary>
    public static Tone OfChange(Direction direction, double change) => direction switch
    {
        _ when !double.IsFinite(change) || change == 0 => Tone.None,
        Catalog.Direction.Neutral => Tone.High,
        Catalog.Direction.LowerIsBetter => change < 0 ? Tone.Best : Tone.Worst,
        _ => change > 0 ? Tone.Best : Tone.Worst,
    };

    /// <summary>
    /// The flags of a position as short words (not "not in group"), with the respondents of a score that is not
    /// published: "niet gepubliceerd (n = 7)".
    /// </summary>
    public static string Flags(IndicatorPosition p, Language words)
    {
        // A score that is not published is not compared: whether the group is large enough does not matter to it.
        var shown = p.Has(PositionFlags.BelowPublicationThreshold) ? p.Flags & ~PositionFlags.Suppressed : p.Flags;
        var text = Flags(shown & ~PositionFlags.NotInGroup, words);
        return p.Has(PositionFlags.BelowPublicationThreshold) && p.Survey is { } survey
            ? text.Replace(Held(words.Pick("niet gepubliceerd", "not published")), Held(words.Format("niet gepubliceerd (n = {0})", "not published (n = {0})", survey.Respondents)), StringComparison.Ordinal)
            : text;
    }

    /// <summary>
    /// The flags as short words, e.g. "trendbreuk, uitschieter"; the words of one flag are held together (no-break
    /// spaces), so a narrow column wraps between flags, never inside one ("niet significant", "&lt; drempel").
    /// </summary>
    public static string Flags(PositionFlags flags, Language words) =>
        string.Join(", ", FlagWords.Where(w => (flags & w.Flag) != 0).Select(w => Held(words.Pick(w.Nl, w.En))));

    /// <summary>The words of one flag held together by no-break spaces.</summary>
    private static string Held(string flag) => flag.Replace(' ', '\u00A0');

    /// <summary>How the indicator's direction reads: "lager is gunstiger" / "neutraal: een positie, geen oordeel".</summary>
    public static string DirectionWords(Direction direction, Language words) => direction switch
    {
        Catalog.Direction.LowerIsBetter => words.Pick("lager is gunstiger", "lower is better"),
        Catalog.Direction.HigherIsBetter => words.Pick("hoger is gunstiger", "higher is better"),
        _ => words.Pick("neutraal: een positie, geen oordeel", "neutral: a position, not a judgement"),
    };

    /// <summary>The quartile as words: "het beste kwartiel" / "het laagste kwartiel" (neutral).</summary>
    public static string Quartile(Direction direction, int quartile, Language words) => (direction, quartile) switch
    {
        (Catalog.Direction.Neutral, 1) => words.Pick("het laagste kwartiel", "the lowest quartile"),
        (Catalog.Direction.Neutral, 2) => words.Pick("het tweede kwartiel van onderen", "the second quartile from the bottom"),
        (Catalog.Direction.Neutral, 3) => words.Pick("het tweede kwartiel van boven", "the second quartile from the top"),
        (Catalog.Direction.Neutral, _) => words.Pick("het hoogste kwartiel", "the highest quartile"),
        (_, 1) => words.Pick("het beste kwartiel", "the best quartile"),
        (_, 2) => words.Pick("het tweede kwartiel, aan de gunstige kant van de mediaan", "the second quartile, on the favourable side of the median"),
        (_, 3) => words.Pick("het derde kwartiel, aan de minder gunstige kant van de mediaan", "the third quartile, on the less favourable side of the median"),
        _ => words.Pick("het minst gunstige kwartiel", "the least favourable quartile"),
    };
}
