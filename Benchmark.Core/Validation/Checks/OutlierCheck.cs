using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 5a: robust outliers within a year. For each size-independent indicator (<see cref="SizeIndependence"/>) and year,
/// over the accepted and computed values: robust z = (x − median) / (1.4826 · MAD); |z| above
/// <see cref="ValidationOptions.OutlierThreshold"/> is a warning (kept). Skipped with fewer than
/// <see cref="ValidationOptions.OutlierMinimumCount"/> values or a MAD of zero.
/// </summary>
internal sealed class OutlierCheck : IValidationStep
{
    private static readonly LocalizedText Hint = new(
        "Controleer de waarde en de onderliggende cijfers (eenheid, afbakening, jaar). Is het een echte uitzondering, laat hem dan staan en licht hem toe.",
        "Check the value and the figures behind it (unit, scope, year). If it is a genuine exception, leave it and explain it.");

    public void Run(ValidationState state)
    {
        var eligible = SizeIndependence.Of(state);
        var options = state.Options;
        var maxRows = 0;
        foreach (var (_, rows) in state.RowsByYear)
        {
            maxRows = Math.Max(maxRows, rows.Length);
        }

        var values = new double[maxRows];
        var rowOfValue = new int[maxRows];
        for (var column = 0; column < state.ColumnCount; column++)
        {
            if (!eligible[column])
            {
                continue;
            }

            foreach (var (_, rows) in state.RowsByYear)
            {
                var count = 0;
                foreach (var row in rows)
                {
                    var x = state.Value(row, column);
                    if (!double.IsNaN(x))
                    {
                        values[count] = x;
                        rowOfValue[count++] = row;
                    }
                }

                if (count < options.OutlierMinimumCount)
                {
                    continue;
                }

                var (median, mad) = RobustStatistics.MedianAndMad(values[..count]);
                if (!(mad > 0))
                {
                    continue;
                }

                for (var k = 0; k < count; k++)
                {
                    var z = RobustStatistics.RobustZ(values[k], median, mad);
                    if (Math.Abs(z) > options.OutlierThreshold)
                    {
                        Report(state, rowOfValue[k], column, values[k], z, median, mad);
                    }
                }
            }
        }
    }

    private static void Report(ValidationState state, int row, int column, double x, double z, double median, double mad)
    {
        var computed = state.IsComputed(row, column);
        var name = state.Name(column);
        var what = computed
            ? Say.Format("{0} (berekend: {1})", "{0} (computed: {1})", name, state.Definitions[column]!.Formula!.ToString())
            : name;
        var message = Say.Format(
            "{0}: {1} = {2} wijkt sterk af van de andere gemeenten dit jaar: robuuste z = {3:0.00} (mediaan {4}, MAD {5}, z = (x − mediaan) / ({6} × MAD); grens |z| > {7}).",
            "{0}: {1} = {2} stands far from the other municipalities this year: robust z = {3:0.00} (median {4}, MAD {5}, z = (x − median) / ({6} × MAD); limit |z| > {7}).",
            state.Describe(row), what, Say.Num(x), z, Say.Num(median), Say.Num(mad), RobustStatistics.MadScale, state.Options.OutlierThreshold);
        state.ReportCell(row, column, Severity.Warning, Rules.Outlier, message, Hint);
    }
}
