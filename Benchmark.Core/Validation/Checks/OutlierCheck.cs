using System.Buffers;
using Benchmark.Internal;
using Benchmark.Statistics;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 5a: robust outliers within a year. For each size-independent indicator (<see cref="SizeIndependence"/>) and year,
/// over the accepted and computed values: robust z = (x − median) / (1.4826 · raw MAD) (<see cref="RobustZ"/>); |z| above
/// <see cref="BenchmarkOptions.OutlierThreshold"/> is a warning (kept). Skipped with fewer than
/// <see cref="ValidationOptions.OutlierMinimumCount"/> values or a raw MAD of zero.
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

        // Each indicator × year is examined on its own (on every core for large data); the findings are then reported
        // in the order of indicators, years and rows, as if examined one after the other.
        var slices = new List<(int Column, int[] Rows)>();
        for (var column = 0; column < state.ColumnCount; column++)
        {
            if (eligible[column])
            {
                slices.AddRange(state.RowsByYear.Select(y => (column, y.Rows)));
            }
        }

        var flagged = new List<Flagged>?[slices.Count];
        if (state.Raw.Count >= Parallelism.From)
        {
            Parallel.For(0, slices.Count, i => flagged[i] = Examine(state, slices[i].Column, slices[i].Rows, options));
        }
        else
        {
            for (var i = 0; i < slices.Count; i++)
            {
                flagged[i] = Examine(state, slices[i].Column, slices[i].Rows, options);
            }
        }

        for (var i = 0; i < slices.Count; i++)
        {
            foreach (var f in flagged[i] ?? [])
            {
                Report(state, f.Row, slices[i].Column, f.Value, f.Z, f.Median, f.Mad);
            }
        }
    }

    /// <summary>The outliers of one indicator (column) in one year (its rows), in row order; null when there are none.</summary>
    private static List<Flagged>? Examine(ValidationState state, int column, int[] rows, ValidationOptions options)
    {
        var values = ArrayPool<double>.Shared.Rent(rows.Length);
        var rowOfValue = ArrayPool<int>.Shared.Rent(rows.Length);
        try
        {
            return Examine(state, column, rows, options, values, rowOfValue);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<int>.Shared.Return(rowOfValue);
        }
    }

    private static List<Flagged>? Examine(ValidationState state, int column, int[] rows, ValidationOptions options, double[] values, int[] rowOfValue)
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
            return null;
        }

        var (median, mad) = Moments.MedianAndMadInPlace(values[..count]);
        if (!(mad > 0))
        {
            return null;
        }

        List<Flagged>? flagged = null;
        for (var k = 0; k < count; k++)
        {
            var z = RobustZ.Compute(values[k], median, Moments.MadScale * mad);
            if (Math.Abs(z) > options.Comparison.OutlierThreshold)
            {
                (flagged ??= []).Add(new Flagged(rowOfValue[k], values[k], z, median, mad));
            }
        }

        return flagged;
    }

    private static void Report(ValidationState state, int row, int column, double x, double z, double median, double mad)
    {
        var computed = state.IsComputed(row, column);
        var name = state.Name(column);
        var what = computed
            ? LocalizedText.Format("{0} (berekend: {1})", "{0} (computed: {1})", name, state.Definitions[column]!.Formula!.ToString())
            : name;
        var message = LocalizedText.Format(
            "{0}: {1} = {2} wijkt sterk af van de andere gemeenten dit jaar: robuuste z = {3:0.00} (mediaan {4}, ruwe MAD {5}, z = (x − mediaan) / ({6} × ruwe MAD); grens |z| > {7}).",
            "{0}: {1} = {2} stands far from the other municipalities this year: robust z = {3:0.00} (median {4}, raw MAD {5}, z = (x − median) / ({6} × raw MAD); limit |z| > {7}).",
            state.Describe(row), what, FindingText.Num(x), z, FindingText.Num(median), FindingText.Num(mad), Moments.MadScale, state.Options.Comparison.OutlierThreshold);
        state.ReportCell(row, column, Severity.Warning, Rules.Outlier, message, Hint);
    }

    private readonly record struct Flagged(int Row, double Value, double Z, double Median, double Mad);
}
