using System.Globalization;
using Benchmark.Text;

namespace Benchmark.Reports.Charts;

/// <summary>How chart values are printed: decimals, a prefix or suffix, and the language's number conventions.</summary>
/// <param name="Decimals">Digits after the decimal separator.</param>
/// <param name="Prefix">Text before the number, e.g. "€ " (Dutch) or "€" (English).</param>
/// <param name="Suffix">Text after the number, e.g. "%".</param>
/// <param name="Language">The language whose culture formats the number (11,2 / 11.2).</param>
public sealed record ValueFormat(int Decimals, string Prefix, string Suffix, Language Language)
{
    /// <summary>Formats <paramref name="value"/>; "–" when it is not a finite number.</summary>
    public string Format(double value) =>
        double.IsFinite(value)
            ? Prefix + value.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), Language.Culture) + Suffix
            : "–";

    /// <summary>Formats a tick value with at most <see cref="Decimals"/> + 1 digits and no prefix or suffix.</summary>
    public string Tick(double value)
    {
        var culture = Language.Culture;
        var rounded = Math.Round(value, Decimals + 1);
        return rounded.ToString("#,0.##########", culture);
    }
}
