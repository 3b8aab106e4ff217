using Benchmark.Catalog;
using Benchmark.Validation;

namespace Benchmark.Efficiency.Structure;

/// <summary>
/// The expected value of one indicator given structure: y = β₀ + β₁·ln(inhabitants) + β₂·address density, fitted over
/// the municipalities of one year. Shown next to the median comparison, never instead of it.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The year.</param>
/// <param name="Group">The municipalities fitted over (peer-group method, or <c>all</c>).</param>
/// <param name="Fit">The fit; <see langword="null"/> when too few municipalities have every figure.</param>
/// <param name="Values">Per municipality: actual, expected, prediction interval, weight (code order).</param>
/// <param name="Findings">Municipalities left out (a figure missing) or why nothing was fitted.</param>
public sealed record StructureAnalysis(Indicator Indicator, int Year, string Group, LinearFit? Fit, IReadOnlyList<ExpectedValue> Values, IReadOnlyList<Finding> Findings)
{
    /// <summary>The names of the coefficients, in order.</summary>
    public static IReadOnlyList<string> Terms { get; } = ["intercept", "ln(inhabitants)", "address_density"];

    /// <summary>The method as one line.</summary>
    public string Method => MethodText.En;

    /// <summary>The method as one line in Dutch and English.</summary>
    public Text.LocalizedText MethodText => new(Fit is null
        ? $"{Indicator.Code} ~ ln(inwoners) + adresdichtheid: niet geschat"
        : $"{Indicator.Code} ~ ln(inwoners) + adresdichtheid, {(Fit.Method == FitMethod.Huber ? $"Huber M-schatter (k = {RobustRegression.HuberK}, MAD-schaal, IRLS; als MASS::rlm)" : "kleinste kwadraten (als lm)")}, n = {Values.Count}, 95%-voorspellingsinterval ({Year})",
        MethodEn);

    private string MethodEn => Fit is null
        ? $"{Indicator.Code} ~ ln(inhabitants) + address_density: not fitted"
        : $"{Indicator.Code} ~ ln(inhabitants) + address_density, {(Fit.Method == FitMethod.Huber ? $"Huber M-estimator (k = {RobustRegression.HuberK}, MAD scale, IRLS; as MASS::rlm)" : "least squares (as lm)")}, n = {Values.Count}, 95 % prediction interval ({Group}, {Year})";

    /// <summary>The value of one municipality, or <see langword="null"/>.</summary>
    public ExpectedValue? this[Municipalities.MunicipalityCode code] => Values.FirstOrDefault(v => v.Municipality == code);
}
