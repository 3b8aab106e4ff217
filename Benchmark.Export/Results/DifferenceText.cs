using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// The difference to the median for people, as the PDF reports it: in the indicator's unit (percentage points for a
/// percentage, euros for money), with the relative difference beside it: "−0,6 %-punt (−8%)", "+€ 12 (+5%)".
/// </summary>
internal static class DifferenceText
{
    private const string Minus = "\u2212";

    public static string? Of(double difference, double relative, Unit unit, Language language)
    {
        if (!double.IsFinite(difference))
        {
            return null;
        }

        var culture = language.Culture;
        var decimals = unit switch
        {
            Unit.Percent or Unit.Score or Unit.Fte or Unit.SquareKilometre => 1,
            Unit.Number or Unit.FtePerThousandInhabitants => 2,
            _ => 0,
        };
        var rounded = Math.Round(difference, decimals);
        var size = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
        var sign = rounded > 0 ? "+" : rounded < 0 ? Minus : string.Empty;
        var text = unit switch
        {
            Unit.Percent => sign + size + language.Pick("\u00A0%-punt", "\u00A0pp"),
            Unit.Euro or Unit.EuroPerInhabitant or Unit.EuroPerFte or Unit.EuroPerWorkstation => sign + "€\u00A0" + size,
            _ => sign + size,
        };
        if (!double.IsFinite(relative))
        {
            return text;
        }

        var percent = Math.Round(relative);
        var relativeSign = percent > 0 ? "+" : percent < 0 ? Minus : string.Empty;
        return $"{text} ({relativeSign}{Math.Abs(percent).ToString("N0", culture)}%)";
    }
}
