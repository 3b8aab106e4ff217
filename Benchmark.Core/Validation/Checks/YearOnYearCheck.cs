using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 5b: year-on-year jumps. For size-independent indicators (<see cref="SizeIndependence"/>) and
/// <c>inhabitants</c>, a change from the previous year (this dataset first, else <see cref="ValidationContext.History"/>)
/// with |x − previous| / |previous| above <see cref="ValidationOptions.YearOnYearThreshold"/> is a warning on the later
/// value — unless the indicator's definition changes between the two years (a series break moves the series by design).
/// </summary>
internal sealed class YearOnYearCheck : IValidationStep
{
    private static readonly LocalizedText Hint = new(
        "Controleer of beide jaren dezelfde definitie, afbakening en eenheid gebruiken. Een echte verandering (herindeling, taakoverdracht) kunt u laten staan en toelichten.",
        "Check that both years use the same definition, scope and unit. A genuine change (merger, transfer of tasks) can stand with an explanation.");

    private static readonly LocalizedText InhabitantsHint = new(
        "Een sprong in het inwonertal is vrijwel altijd een fout (verkeerde gemeente, verkeerd jaar, duizendtallen); alleen een herindeling verklaart hem.",
        "A jump in inhabitants is almost always an error (wrong municipality, wrong year, thousands); only a merger explains it.");

    public void Run(ValidationState state)
    {
        var eligible = SizeIndependence.Of(state);
        var history = state.Context.History;
        var threshold = state.Options.YearOnYearThreshold;
        for (var column = 0; column < state.ColumnCount; column++)
        {
            var code = state.Codes[column];
            var isInhabitants = code == DerivedValues.InhabitantsCode;
            if (!(eligible[column] || (isInhabitants && state.Definitions[column] is not null)))
            {
                continue;
            }

            var indicator = state.Definitions[column]!;
            foreach (var (year, rows) in state.RowsByYear)
            {
                var previousYear = year - 1;
                if (indicator.CrossesSeriesBreak(previousYear, year))
                {
                    continue;
                }

                var earlier = history?.Slice(code, previousYear) ?? default;
                foreach (var row in rows)
                {
                    var x = state.Value(row, column);
                    if (double.IsNaN(x))
                    {
                        continue;
                    }

                    var previous = Previous(state, history, earlier, row, column, previousYear, out var fromHistory);
                    if (double.IsNaN(previous) || previous == 0 || !(Math.Abs(x - previous) / Math.Abs(previous) > threshold))
                    {
                        continue;
                    }

                    var message = LocalizedText.Format(
                        "{0}: {1} gaat van {2} in {3}{4} naar {5} in {6}, een verandering van {7:+0.#;-0.#} %; meer dan {8:0.#} % is ongebruikelijk.",
                        "{0}: {1} goes from {2} in {3}{4} to {5} in {6}, a change of {7:+0.#;-0.#} %; more than {8:0.#} % is unusual.",
                        state.Describe(state.RowMunicipality[row]), state.Name(column), FindingText.Num(previous), previousYear,
                        fromHistory ? new LocalizedText(" (eerdere import)", " (earlier import)") : LocalizedText.Empty,
                        FindingText.Num(x), year, 100 * (x - previous) / Math.Abs(previous), 100 * threshold);
                    state.ReportCell(row, column, Severity.Warning, Rules.YearOnYearJump, message, isInhabitants ? InhabitantsHint : Hint);
                }
            }
        }
    }

    private static double Previous(ValidationState state, Dataset? history, DatasetSlice earlier, int row, int column, int previousYear, out bool fromHistory)
    {
        fromHistory = false;
        if (state.TryGetRow(state.RowMunicipality[row], previousYear, out var previousRow))
        {
            var value = state.Value(previousRow, column);
            if (!double.IsNaN(value))
            {
                return value;
            }
        }

        if (history is null || earlier.Length == 0)
        {
            return double.NaN;
        }

        var index = earlier.IndexOf(state.RowMunicipality[row]);
        fromHistory = index >= 0;
        return index < 0 ? double.NaN : history.Values[index];
    }
}
