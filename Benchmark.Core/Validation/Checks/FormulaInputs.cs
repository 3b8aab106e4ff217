using Benchmark.Catalog;
using Benchmark.Derivation;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>A derived indicator's column with the grid columns of its formula inputs (−1 for an input not in the data).</summary>
internal sealed class FormulaInputs
{
    private readonly int[] _numerator;
    private readonly int[] _denominator;

    private FormulaInputs(ValidationState state, int column, Indicator indicator, DerivedFormula formula)
    {
        Column = column;
        Indicator = indicator;
        Formula = formula;
        _numerator = [.. formula.Numerator.Select(state.Column)];
        _denominator = [.. formula.Denominator.Select(state.Column)];
        HasAbsentInput = formula.Numerator.Concat(formula.Denominator)
            .Any(code => code != DerivedValues.InhabitantsCode && state.Column(code) < 0);
    }

    /// <summary>
    /// Whether an input other than inhabitants (which the reference can give) is in neither the data nor the derived
    /// columns: then every row's value is NaN and the formula need not be evaluated row by row.
    /// </summary>
    public bool HasAbsentInput { get; }

    public int Column { get; }

    public Indicator Indicator { get; }

    public DerivedFormula Formula { get; }

    /// <summary>Every column whose indicator has a formula.</summary>
    public static List<FormulaInputs> Of(ValidationState state)
    {
        var result = new List<FormulaInputs>();
        for (var column = 0; column < state.ColumnCount; column++)
        {
            if (state.Definitions[column] is { Formula: { } formula } indicator)
            {
                result.Add(new FormulaInputs(state, column, indicator, formula));
            }
        }

        return result;
    }

    /// <summary>
    /// Evaluates the formula for a row through <see cref="DerivedValues.Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/>.
    /// With <paramref name="withFallbacks"/>, inputs may be computed values and inhabitants may come from the municipality
    /// reference; without, only accepted values read from the files count.
    /// </summary>
    /// <returns>The value, or NaN when an input is absent or missing or the denominator is zero.</returns>
    public double Evaluate(ValidationState state, int row, bool withFallbacks, out bool inhabitantsFromRegistry)
    {
        inhabitantsFromRegistry = false;
        Span<double> num = stackalloc double[_numerator.Length];
        Span<double> den = stackalloc double[_denominator.Length];
        var fromRegistry = false;
        for (var k = 0; k < num.Length; k++)
        {
            num[k] = Input(state, row, Formula.Numerator[k], _numerator[k], withFallbacks, ref fromRegistry);
        }

        for (var k = 0; k < den.Length; k++)
        {
            den[k] = Input(state, row, Formula.Denominator[k], _denominator[k], withFallbacks, ref fromRegistry);
        }

        inhabitantsFromRegistry = fromRegistry;
        return DerivedValues.Compute(num, den, Formula.Scale);
    }

    /// <summary>"overhead_costs = 12.000.000; total_expenditure = 100.000.000", noting a reference figure for inhabitants.</summary>
    public LocalizedText DescribeInputs(ValidationState state, int row, bool withFallbacks)
    {
        var parts = new List<LocalizedText>();
        foreach (var code in Formula.Inputs)
        {
            var fromRegistry = false;
            var value = Input(state, row, code, state.Column(code), withFallbacks, ref fromRegistry);
            parts.Add(fromRegistry
                ? LocalizedText.Format("{0} = {1} (uit de gemeentereferentie)", "{0} = {1} (from the municipality reference)", code, FindingText.Num(value))
                : LocalizedText.Format("{0} = {1}", "{0} = {1}", code, FindingText.Num(value)));
        }

        return LocalizedText.Join("; ", "; ", parts);
    }

    private static double Input(ValidationState state, int row, string code, int column, bool withFallbacks, ref bool fromRegistry)
    {
        if (!withFallbacks)
        {
            return column < 0 ? double.NaN : state.DirectValue(row, column);
        }

        if (code == DerivedValues.InhabitantsCode)
        {
            var value = state.Inhabitants(row, out var registry);
            fromRegistry |= registry;
            return value;
        }

        return column < 0 ? double.NaN : state.Value(row, column);
    }
}
