using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 4: computes every derived indicator whose inputs are accepted and not missing for a municipality-year and that
/// the files did not give (as an accepted, non-missing value), through <see cref="Derivation.DerivedValues"/>.
/// <c>inhabitants</c> comes from the data, else from the municipality reference.
/// </summary>
/// <remarks>
/// A computed value outside the indicator's valid range is not added (an <see cref="Rules.OutOfRange"/> error located on
/// the first input's line); one outside the plausible range is added and flagged (<see cref="Rules.Implausible"/>).
/// A zero denominator gives no value and no finding (the placeholder zero was flagged already).
/// </remarks>
internal sealed class DerivationStep : IValidationStep
{
    private static readonly LocalizedText Hint = new(
        "Controleer de invoercijfers van deze gemeente en dit jaar: eenheden (euro's of duizenden euro's, fte of personen) en het inwonertal.",
        "Check the input figures of this municipality and year: units (euros or thousands of euros, FTE or persons) and the number of inhabitants.");

    public void Run(ValidationState state)
    {
        foreach (var derived in FormulaInputs.Of(state))
        {
            if (derived.HasAbsentInput)
            {
                continue;
            }

            var indicator = derived.Indicator;
            for (var row = 0; row < state.RowCount; row++)
            {
                if (!double.IsNaN(state.DirectValue(row, derived.Column)))
                {
                    continue;
                }

                var value = derived.Evaluate(state, row, withFallbacks: true, out _);
                if (double.IsNaN(value))
                {
                    continue;
                }

                if (!double.IsFinite(value) || !indicator.ValidRange.Contains(value))
                {
                    state.ReportComputed(row, derived.Column, value, Severity.Error, Rules.OutOfRange, Message(state, derived, row, RangeCheck.OutOfRangeMessage(state.Name(derived.Column), indicator, value)), Hint);
                    continue;
                }

                state.SetComputed(row, derived.Column, value);
                if (!indicator.PlausibleRange.Contains(value))
                {
                    state.ReportComputed(row, derived.Column, value, Severity.Warning, Rules.Implausible, Message(state, derived, row, RangeCheck.ImplausibleMessage(state.Name(derived.Column), indicator, value)), Hint);
                }
            }
        }
    }

    private static LocalizedText Message(ValidationState state, FormulaInputs derived, int row, LocalizedText what) => LocalizedText.Format(
        "{0}: berekend als {1} uit {2}. {3}",
        "{0}: computed as {1} from {2}. {3}",
        state.Describe(row), derived.Formula.ToString(), derived.DescribeInputs(state, row, withFallbacks: true), what);
}
