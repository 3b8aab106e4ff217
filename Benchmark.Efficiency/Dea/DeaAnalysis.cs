using Benchmark.Validation;

namespace Benchmark.Efficiency.Dea;

/// <summary>A DEA of the municipalities of one year: what was analysed, the result and who was left out and why.</summary>
/// <param name="Year">The year.</param>
/// <param name="Group">The set of municipalities (peer-group method, or <c>all</c>).</param>
/// <param name="Model">Inputs, outputs and model.</param>
/// <param name="Result">The scores; empty when fewer units than <see cref="EfficiencyEngine.MinimumDeaUnits"/> remain.</param>
/// <param name="Findings">One finding per municipality left out (missing or non-positive figure), or why nothing was computed.</param>
public sealed record DeaAnalysis(int Year, string Group, DeaModel Model, DeaResult Result, IReadOnlyList<Finding> Findings)
{
    /// <summary>The method as one line: model, inputs, outputs, solver.</summary>
    public string Method => MethodText.En;

    /// <summary>The method as one line in Dutch and English: model, inputs, outputs, solver.</summary>
    public Text.LocalizedText MethodText => new(
        $"{Result.MethodText.Nl}; inputs {string.Join(", ", Model.Inputs)}; outputs {string.Join(", ", Model.Outputs)}; {Result.Scores.Count} gemeenten ({Year})",
        $"{Result.MethodText.En}; inputs {string.Join(", ", Model.Inputs)}; outputs {string.Join(", ", Model.Outputs)}; {Result.Scores.Count} municipalities ({Group}, {Year})");
}
