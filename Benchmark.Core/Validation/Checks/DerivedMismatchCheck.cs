using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 3c: a derived indicator given directly that disagrees with the value computed from its accepted components by
/// more than <see cref="ValidationOptions.DerivedTolerance"/> (relative) is a warning on the direct value, which is kept.
/// </summary>
/// <remarks>
/// Only components read from the files count here, not the municipality reference: its inhabitants may be of another
/// year, and a warning on that difference would be noise.
/// </remarks>
internal sealed class DerivedMismatchCheck : IValidationStep
{
    private static readonly LocalizedText Hint = new(
        "Controleer de componenten en de definitie: bijvoorbeeld inhuur als % van (loonsom + inhuur), niet van de loonsom alleen; overhead als % van de totale lasten. De opgegeven waarde wordt gebruikt.",
        "Check the components and the definition: e.g. hire as % of (wage bill + hire), not of the wage bill alone; overhead as % of total expenditure. The value given is used.");

    public void Run(ValidationState state)
    {
        var tolerance = state.Options.DerivedTolerance;
        foreach (var derived in FormulaInputs.Of(state))
        {
            for (var row = 0; row < state.RowCount; row++)
            {
                var given = state.DirectValue(row, derived.Column);
                if (double.IsNaN(given))
                {
                    continue;
                }

                var computed = derived.Evaluate(state, row, withFallbacks: false, out _);
                if (double.IsNaN(computed))
                {
                    continue;
                }

                var mismatch = computed == 0 ? given != 0 : Math.Abs(given - computed) > tolerance * Math.Abs(computed);
                if (mismatch)
                {
                    var message = LocalizedText.Format(
                        "{0}: {1} is opgegeven als {2}, maar volgt uit de componenten als {3} ({4}; {5}): {6:0.#} % verschil, meer dan de toegestane {7:0.#} %. De opgegeven waarde is behouden.",
                        "{0}: {1} is given as {2} but its components give {3} ({4}; {5}): a difference of {6:0.#} %, more than the {7:0.#} % allowed. The value given was kept.",
                        state.Describe(row), state.Name(derived.Column), FindingText.Num(given), FindingText.Num(computed),
                        derived.Formula.ToString(), derived.DescribeInputs(state, row, withFallbacks: false),
                        computed == 0 ? double.PositiveInfinity : 100 * Math.Abs(given - computed) / Math.Abs(computed), 100 * tolerance);
                    state.Report(state.Direct(row, derived.Column), Severity.Warning, Rules.DerivedMismatch, message, Hint);
                }
            }
        }
    }
}
