using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 3b: bezetting (<c>fte_staffed</c>) above formatie (<c>fte_establishment</c>) ×
/// <see cref="ValidationOptions.StaffedAboveEstablishmentFactor"/> is a warning on the staffed FTE (kept).
/// </summary>
/// <remarks>An establishment of zero is a placeholder (flagged by <see cref="RangeCheck"/>) and is not compared.</remarks>
internal sealed class StaffingCheck : IValidationStep
{
    /// <summary>The code of staffed FTE (bezetting).</summary>
    public const string Staffed = "fte_staffed";

    /// <summary>The code of the establishment (formatie).</summary>
    public const string Establishment = "fte_establishment";

    private static readonly LocalizedText Hint = new(
        "Controleer of bezetting en formatie dezelfde afbakening en peildatum hebben (31 december; eigen personeel zonder inhuur; met of zonder griffie). Klopt het, dan is de overbezetting een punt voor het gesprek.",
        "Check that staffed FTE and establishment share scope and reference date (31 December; own staff without hired staff; with or without the council registry). If they do, the overstaffing is a point for discussion.");

    public void Run(ValidationState state)
    {
        var staffed = state.Column(Staffed);
        var establishment = state.Column(Establishment);
        if (staffed < 0 || establishment < 0)
        {
            return;
        }

        var factor = state.Options.StaffedAboveEstablishmentFactor;
        for (var row = 0; row < state.RowCount; row++)
        {
            var s = state.DirectValue(row, staffed);
            var e = state.DirectValue(row, establishment);
            if (double.IsNaN(s) || double.IsNaN(e) || e <= 0 || s <= e * factor)
            {
                continue;
            }

            var message = LocalizedText.Format(
                "{0}: de bezetting ({1} fte) ligt {2:0.#} % boven de formatie ({3} fte); verwacht is hoogstens {4} fte (formatie × {5}).",
                "{0}: staffed FTE ({1}) is {2:0.#} % above the establishment ({3} FTE); expected at most {4} FTE (establishment × {5}).",
                state.Describe(row), FindingText.Num(s), 100 * (s - e) / e, FindingText.Num(e), FindingText.Num(e * factor), FindingText.Num(factor));
            state.Report(state.Direct(row, staffed), Severity.Warning, Rules.StaffedAboveEstablishment, message, Hint);
        }
    }
}
