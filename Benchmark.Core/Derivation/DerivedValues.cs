using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Derivation;

/// <summary>
/// Computes derived indicators from raw figures with the catalogue's formula,
/// <c>Scale × Σ numerator / Σ denominator</c> (<see cref="DerivedFormula"/>): for one municipality-year, for every
/// municipality-year of a dataset, or for a group of municipalities (<see cref="GroupRatio(DerivedFormula, Dataset, int, IEnumerable{MunicipalityCode}, MunicipalityRegistry?)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Inputs come from the dataset. The one exception is <c>inhabitants</c> (<see cref="InhabitantsCode"/>): when the dataset
/// has no non-missing value for a municipality-year, the municipality reference passed in supplies it through
/// <see cref="Municipality.InhabitantsIn(int)"/> — the figure of that year, or else of the nearest year the reference
/// knows. Pass <see langword="null"/> as registry to switch that fallback off. Results say whether it was used
/// (<see cref="DerivedValue.InhabitantsFromRegistry"/>).
/// </para>
/// <para>
/// A value cannot be computed when an input is absent or missing (NaN) or when the denominator sums to zero; the methods
/// then return <see cref="double.NaN"/> or <see langword="null"/>. That is not an error here: validation flags
/// placeholder zeros on the inputs themselves.
/// </para>
/// <para>
/// The methods read whatever dataset they are given. Give them a validated (accepted) dataset: a raw dataset may hold
/// duplicates, of which the first is used.
/// </para>
/// </remarks>
public static class DerivedValues
{
    /// <summary>The code of the inhabitants figure, the one input the municipality reference can supply.</summary>
    public const string InhabitantsCode = "inhabitants";

    /// <summary>
    /// <c>scale × Σ numerator / Σ denominator</c>; <see cref="double.NaN"/> when any input is NaN or the denominator
    /// sums to zero.
    /// </summary>
    /// <param name="numerator">The values of the numerator inputs.</param>
    /// <param name="denominator">The values of the denominator inputs.</param>
    /// <param name="scale">The factor (100 for a percentage, 1,000 for "per 1,000 inhabitants").</param>
    /// <example><c>Compute([12_000_000], [100_000_000], 100)</c> is 12 (overhead 12 %).</example>
    public static double Compute(ReadOnlySpan<double> numerator, ReadOnlySpan<double> denominator, double scale)
    {
        var num = Sum(numerator);
        var den = Sum(denominator);
        return double.IsNaN(num) || double.IsNaN(den) || den == 0 ? double.NaN : scale * num / den;
    }

    /// <summary>Evaluates <paramref name="formula"/> with the input values <paramref name="valueOf"/> returns (NaN for an absent one).</summary>
    /// <returns>The value, or <see cref="double.NaN"/> when an input is NaN or the denominator sums to zero.</returns>
    public static double Compute(DerivedFormula formula, Func<string, double> valueOf)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(valueOf);
        var num = SumOf(formula.Numerator, valueOf);
        var den = SumOf(formula.Denominator, valueOf);
        return double.IsNaN(num) || double.IsNaN(den) || den == 0 ? double.NaN : formula.Scale * num / den;
    }

    /// <summary>
    /// The inhabitants of <paramref name="municipality"/> in <paramref name="year"/>: the dataset's value when it has a
    /// non-missing one, otherwise <see cref="Municipality.InhabitantsIn(int)"/> from <paramref name="registry"/>
    /// (nearest known year), otherwise NaN.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="year">The year.</param>
    /// <param name="registry">The municipality reference for the fallback, or <see langword="null"/> for none.</param>
    /// <param name="fromRegistry">Whether the value came from the reference.</param>
    public static double InhabitantsOf(Dataset data, MunicipalityCode municipality, int year, MunicipalityRegistry? registry, out bool fromRegistry)
    {
        ArgumentNullException.ThrowIfNull(data);
        fromRegistry = false;
        var value = data.ValueOrNaN(municipality, year, InhabitantsCode);
        if (double.IsNaN(value) && registry?.Find(municipality)?.InhabitantsIn(year) is { } n)
        {
            fromRegistry = true;
            value = n;
        }

        return value;
    }

    /// <summary>
    /// Computes <paramref name="indicator"/> for one municipality-year from the inputs in <paramref name="data"/> (and
    /// the inhabitants fallback, see the remarks of <see cref="DerivedValues"/>).
    /// </summary>
    /// <returns>The value, or <see langword="null"/> when the indicator has no formula, an input is absent or missing, or the denominator is zero.</returns>
    public static DerivedValue? TryCompute(Indicator indicator, Dataset data, MunicipalityCode municipality, int year, MunicipalityRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(data);
        if (indicator.Formula is not { } formula)
        {
            return null;
        }

        var usedRegistry = false;
        double ValueOf(string code)
        {
            if (code != InhabitantsCode)
            {
                return data.ValueOrNaN(municipality, year, code);
            }

            var v = InhabitantsOf(data, municipality, year, registry, out var fromRegistry);
            usedRegistry |= fromRegistry;
            return v;
        }

        var num = SumOf(formula.Numerator, ValueOf);
        var den = SumOf(formula.Denominator, ValueOf);
        return double.IsNaN(num) || double.IsNaN(den) || den == 0
            ? null
            : new DerivedValue(indicator.Code, municipality, year, formula.Scale * num / den, num, den, usedRegistry);
    }

    /// <summary>
    /// Every derived indicator of <paramref name="catalog"/> that can be computed for a municipality-year of
    /// <paramref name="data"/> and that the dataset does not give (as a non-missing value) itself.
    /// </summary>
    /// <returns>The values, ordered by indicator (catalogue order), year and municipality.</returns>
    public static IReadOnlyList<DerivedValue> ComputeMissing(Dataset data, IndicatorCatalog catalog, MunicipalityRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalog);
        var keys = new SortedSet<(int Year, MunicipalityCode Municipality)>();
        foreach (var o in data.Observations)
        {
            keys.Add((o.Year, o.Municipality));
        }

        var result = new List<DerivedValue>();
        foreach (var indicator in catalog.All)
        {
            if (indicator.Formula is null)
            {
                continue;
            }

            foreach (var (year, municipality) in keys)
            {
                if (double.IsNaN(data.ValueOrNaN(municipality, year, indicator.Code))
                    && TryCompute(indicator, data, municipality, year, registry) is { } value)
                {
                    result.Add(value);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The group ratio of <paramref name="formula"/> over <paramref name="members"/> in <paramref name="year"/>:
    /// <c>Scale × Σ (member numerators) / Σ (member denominators)</c>, over the members that have every input.
    /// </summary>
    /// <param name="formula">The formula, e.g. <c>IndicatorCatalog.Default.Get("overhead_pct").Formula</c>.</param>
    /// <param name="data">The (accepted) dataset with the raw figures.</param>
    /// <param name="year">The year.</param>
    /// <param name="members">The group; duplicates are counted once.</param>
    /// <param name="registry">The reference for the inhabitants fallback, or <see langword="null"/>.</param>
    public static GroupRatioResult GroupRatio(DerivedFormula formula, Dataset data, int year, IEnumerable<MunicipalityCode> members, MunicipalityRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(members);
        var included = new List<MunicipalityCode>();
        var excluded = new List<MunicipalityCode>();
        double num = 0, den = 0;
        foreach (var m in members.Distinct().Order())
        {
            double ValueOf(string code) =>
                code == InhabitantsCode ? InhabitantsOf(data, m, year, registry, out _) : data.ValueOrNaN(m, year, code);

            var n = SumOf(formula.Numerator, ValueOf);
            var d = SumOf(formula.Denominator, ValueOf);
            if (double.IsNaN(n) || double.IsNaN(d))
            {
                excluded.Add(m);
                continue;
            }

            included.Add(m);
            num += n;
            den += d;
        }

        var value = included.Count == 0 || den == 0 ? double.NaN : formula.Scale * num / den;
        return new GroupRatioResult(value, num, den, included, excluded);
    }

    /// <summary>
    /// <c>scale × Σ numerators / Σ denominators</c> over pairs in which neither is NaN; <see cref="double.NaN"/> when no
    /// pair is complete or the denominators sum to zero.
    /// </summary>
    /// <param name="numerators">Each member's numerator (sum of its numerator inputs).</param>
    /// <param name="denominators">Each member's denominator, in the same order.</param>
    /// <param name="scale">The factor.</param>
    /// <exception cref="ArgumentException">When the spans differ in length.</exception>
    public static double GroupRatio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, double scale = 1)
    {
        if (numerators.Length != denominators.Length)
        {
            throw new ArgumentException("Numerators and denominators must have the same length.", nameof(denominators));
        }

        double num = 0, den = 0;
        var any = false;
        for (var i = 0; i < numerators.Length; i++)
        {
            if (!double.IsNaN(numerators[i]) && !double.IsNaN(denominators[i]))
            {
                num += numerators[i];
                den += denominators[i];
                any = true;
            }
        }

        return !any || den == 0 ? double.NaN : scale * num / den;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static double SumOf(IReadOnlyList<string> codes, Func<string, double> valueOf)
    {
        var sum = 0.0;
        foreach (var code in codes)
        {
            sum += valueOf(code);
        }

        return sum;
    }
}
