namespace Benchmark.Samples;

/// <summary>
/// The price and wage indices of the synthetic data, 2019 = 1. Costs follow Dutch inflation in shape (about 2.5–3 % a
/// year, 7.6 % in 2022 and 8.8 % in 2023, 4.5 % in 2024); wages follow the municipal collective agreement in shape
/// (large rises in 2023 and 2024). Years outside 2019–2024 continue at 3 % a year.
/// </summary>
internal static class PriceIndex
{
    private const int FirstYear = 2019;

    private static readonly double[] CostIndex = [1.000, 1.025, 1.055, 1.135, 1.235, 1.290];

    private static readonly double[] WageIndex = [1.000, 1.030, 1.045, 1.080, 1.150, 1.210];

    /// <summary>The cost index of <paramref name="year"/>.</summary>
    public static double Costs(int year) => Lookup(CostIndex, year);

    /// <summary>The wage index of <paramref name="year"/>.</summary>
    public static double Wages(int year) => Lookup(WageIndex, year);

    private static double Lookup(double[] index, int year)
    {
        var last = FirstYear + index.Length - 1;
        var value = index[Math.Clamp(year, FirstYear, last) - FirstYear];
        for (var y = year; y < FirstYear; y++)
        {
            value /= 1.03;
        }

        for (var y = last; y < year; y++)
        {
            value *= 1.03;
        }

        return value;
    }
}
