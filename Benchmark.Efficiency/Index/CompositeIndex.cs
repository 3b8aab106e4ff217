using Benchmark.Validation;

namespace Benchmark.Efficiency.Index;

/// <summary>A composite index of one year with its uncertainty analysis.</summary>
/// <param name="Year">The year.</param>
/// <param name="Group">The municipalities ranked (peer-group method, or <c>all</c>).</param>
/// <param name="Options">The choices.</param>
/// <param name="Indicators">The indicators, with their normalised weights (summing to 1) and direction.</param>
/// <param name="Scores">Per municipality, best first.</param>
/// <param name="Sensitivity">Which alternative choice moves ranks most, largest first.</param>
/// <param name="Findings">Municipalities left out and why.</param>
public sealed record CompositeIndex(int Year, string Group, IndexOptions Options, IReadOnlyList<(string Code, double Weight, Catalog.Direction Direction)> Indicators, IReadOnlyList<IndexScore> Scores, IReadOnlyList<SensitivityRow> Sensitivity, IReadOnlyList<Finding> Findings)
{
    /// <summary>The method as one line.</summary>
    public string Method => MethodText.En;

    /// <summary>The method as one line in Dutch and English.</summary>
    public Text.LocalizedText MethodText => new(
        $"samengestelde index (JRC/OESO-handboek, COINr): {Name(Options.Normalisation)}-normalisatie over alle jaren, {(Options.Aggregation == Aggregation.Geometric ? "meetkundig" : "rekenkundig")} gemiddelde, " +
        $"{(Options.Weights.Count == 0 && Options.ThemeWeights.Count == 0 ? "gelijke gewichten" : Options.ThemeWeights.Count > 0 ? "door de gebruiker gegeven themagewichten" : "door de gebruiker gegeven gewichten")}, {Indicators.Count} indicatoren; onzekerheid: {Options.Draws} Monte-Carlotrekkingen (seed {Options.Seed}) " +
        $"over normalisatie (min-max, z-score, rang), aggregatie (rekenkundig, meetkundig) en gewichten (± {Percent(Options.WeightNoise)}); ranginterval P5–P95 ({Year})",
        MethodEn);

    private string MethodEn =>
        $"composite index (JRC/OECD handbook, COINr): {Name(Options.Normalisation)} normalisation over all years, {Options.Aggregation.ToString().ToLowerInvariant()} mean, " +
        $"{(Options.Weights.Count == 0 && Options.ThemeWeights.Count == 0 ? "equal" : Options.ThemeWeights.Count > 0 ? "user-given theme" : "user-given")} weights, {Indicators.Count} indicators; uncertainty: {Options.Draws} Monte Carlo draws (seed {Options.Seed}) " +
        $"over normalisation (min-max, z-score, rank), aggregation (arithmetic, geometric) and weights (± {Percent(Options.WeightNoise)}); rank interval P5–P95 ({Group}, {Year})";

    /// <summary>The score of one municipality, or <see langword="null"/>.</summary>
    public IndexScore? this[Municipalities.MunicipalityCode code] => Scores.FirstOrDefault(s => s.Municipality == code);

    /// <summary>A share as an invariant percentage: 0.25 → <c>25%</c>.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A normalisation's name: <c>min-max</c>, <c>z-score</c>, <c>rank</c>.</summary>
    public static string Name(Normalisation n) => n switch
    {
        Normalisation.MinMax => "min-max",
        Normalisation.ZScore => "z-score",
        _ => "rank",
    };
}
