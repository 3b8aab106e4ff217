namespace Benchmark.Samples;

/// <summary>
/// Exp and Log built only from IEEE 754 addition, multiplication, division and exact power-of-two scaling, so they give
/// the same bits on every machine. <see cref="Math.Exp(double)"/> and <see cref="Math.Log(double)"/> call the platform's C library,
/// whose last bit may differ between operating systems; sample files must not.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2 = 0.693147180559945309417232121458;

    /// <summary>The natural logarithm of a positive, finite <paramref name="x"/>.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The logarithm needs a positive, finite number.");
        }

        // x = m · 2^k with m in [1, 2): both steps are exact.
        var k = Math.ILogB(x);
        var m = Math.ScaleB(x, -k);

        // ln m = 2·atanh(t) with t = (m − 1)/(m + 1) in [0, 1/3): t + t³/3 + t⁵/5 + …
        var t = (m - 1) / (m + 1);
        var t2 = t * t;
        var term = t;
        var sum = 0.0;
        for (var n = 1; n < 60; n += 2)
        {
            sum += term / n;
            term *= t2;
        }

        return (2 * sum) + (k * Ln2);
    }

    /// <summary>e raised to <paramref name="x"/>, for |x| below 700.</summary>
    public static double Exp(double x)
    {
        if (!(Math.Abs(x) < 700))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Exp is only defined here for |x| < 700.");
        }

        // x = k·ln 2 + r with |r| ≤ ln 2 / 2; e^r by its Taylor series, then exact scaling by 2^k.
        var k = (int)Math.Round(x / Ln2, MidpointRounding.AwayFromZero);
        var r = x - (k * Ln2);
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n < 30; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, k);
    }

    /// <summary>Logarithm to base 2 of a positive, finite <paramref name="x"/>.</summary>
    public static double Log2(double x) => Log(x) / Ln2;

    /// <summary><paramref name="x"/> raised to <paramref name="power"/>, for a positive <paramref name="x"/>.</summary>
    public static double Pow(double x, double power) => Exp(power * Log(x));
}
