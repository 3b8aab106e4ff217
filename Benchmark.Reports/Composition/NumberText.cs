using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Reports.Charts;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>Numbers for people: 11,2% / 11.2%, € 512 / €512, € 2,1 mln / €2.1 million, 1,3 procentpunt / 1.3 percentage points.</summary>
internal sealed class NumberText(Language language)
{
    private const string Minus = "\u2212";

    public Language Language { get; } = language;

    private CultureInfo Culture => Language.Culture;

    private string Euro => Language.Pick("€\u00A0", "€");

    /// <summary>Digits after the separator for values of <paramref name="unit"/>.</summary>
    public static int Decimals(Unit unit) => unit switch
    {
        Unit.Percent or Unit.Score or Unit.Fte or Unit.SquareKilometre => 1,
        Unit.Number or Unit.FtePerThousandInhabitants => 2,
        _ => 0,
    };

    /// <summary>The chart format of <paramref name="unit"/>.</summary>
    public ValueFormat Format(Unit unit) => unit switch
    {
        Unit.Percent => new ValueFormat(1, string.Empty, "%", Language),
        Unit.Euro or Unit.EuroPerInhabitant or Unit.EuroPerFte or Unit.EuroPerWorkstation => new ValueFormat(0, Euro, string.Empty, Language),
        _ => new ValueFormat(Decimals(unit), string.Empty, string.Empty, Language),
    };

    /// <summary>A value in its unit; "–" when missing.</summary>
    public string Value(double value, Unit unit) => unit == Unit.Euro ? Money(value) : Format(unit).Format(value);

    /// <summary>The size of a difference (no sign): percentage points for percentages, otherwise the unit's format.</summary>
    /// <summary>
    /// Two bounds of an interval with the decimals it needs to show them apart (up to three more than the unit's): a
    /// narrow interval reads "7,18 tot 7,24", not "7,2 tot 7,2".
    /// </summary>
    public (string Lower, string Upper) Distinct(double lower, double upper, Unit unit)
    {
        var decimals = Decimals(unit);
        string Text(double v, int d) => v.ToString("N" + d.ToString(CultureInfo.InvariantCulture), Culture);
        while (decimals < Decimals(unit) + 3 && lower != upper && Text(lower, decimals) == Text(upper, decimals))
        {
            decimals++;
        }

        return decimals == Decimals(unit) ? (Value(lower, unit), Value(upper, unit)) : (Text(lower, decimals), Text(upper, decimals));
    }

    public string Difference(double difference, Unit unit)
    {
        var size = Math.Abs(difference);
        if (unit != Unit.Percent)
        {
            return Value(size, unit);
        }

        var text = size.ToString("N1", Culture);
        return text + Language.Pick("\u00A0procentpunt", Math.Round(size, 1) == 1 ? "\u00A0percentage point" : "\u00A0percentage points");
    }

    /// <summary>A signed change without unit, e.g. +0,4 or −12; "–" when missing.</summary>
    public string Change(double change, Unit unit)
    {
        if (!double.IsFinite(change))
        {
            return "–";
        }

        var decimals = Decimals(unit);
        var rounded = Math.Round(change, decimals);
        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return rounded > 0 ? "+" + text : rounded < 0 ? Minus + text : text;
    }

    /// <summary>An amount of euros, rounded for reading: € 2,1 mln / €2.1 million, € 853.000 / €853,000, € 850.</summary>
    public string Money(double euros)
    {
        if (!double.IsFinite(euros))
        {
            return "–";
        }

        var size = Math.Abs(euros);
        var sign = euros < 0 ? Minus : string.Empty;
        if (size >= 999_500)
        {
            var millions = (size / 1e6).ToString(size >= 99_950_000 ? "N0" : "N1", Culture);
            return sign + Euro + millions + Language.Pick("\u00A0mln", "\u00A0million");
        }

        var rounded = size >= 10_000 ? Math.Round(size / 1000) * 1000 : Math.Round(size);
        return sign + Euro + rounded.ToString("N0", Culture);
    }

    /// <summary>The axis label of <paramref name="unit"/>.</summary>
    public string UnitLabel(Unit unit) => unit switch
    {
        Unit.Percent => "%",
        Unit.Score => Language.Pick("rapportcijfer (1–10)", "mark (1–10)"),
        Unit.Number => Language.Pick("aantal", "number"),
        Unit.FtePerThousandInhabitants => Language.Pick("fte per 1.000 inwoners", "FTE per 1,000 inhabitants"),
        Unit.EuroPerInhabitant => Language.Pick("€ per inwoner", "€ per inhabitant"),
        Unit.EuroPerFte => Language.Pick("€ per fte", "€ per FTE"),
        Unit.EuroPerWorkstation => Language.Pick("€ per werkplek", "€ per workstation"),
        Unit.Euro => "€",
        Unit.Fte => Language.Pick("fte", "FTE"),
        Unit.Count => Language.Pick("aantal", "count"),
        Unit.SquareKilometre => "km²",
        Unit.AddressesPerSquareKilometre => Language.Pick("adressen per km²", "addresses per km²"),
        _ => string.Empty,
    };
}
