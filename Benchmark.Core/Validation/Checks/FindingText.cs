using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// The vocabulary of findings: numbers, units, ranges and indicator names in Dutch and English (through
/// <see cref="LanguageText"/>), values for machines invariant. Messages are built with <see cref="LocalizedText.Format"/>.
/// </summary>
internal static class FindingText
{
    /// <summary>The format of numbers in messages: thousands separators, up to four decimals.</summary>
    public const string Number = "#,##0.####";

    private static readonly CultureInfo Dutch = Language.Dutch.Culture;
    private static readonly CultureInfo English = Language.English.Culture;

    /// <summary>A value as written for machines (invariant culture, shortest round-trip form); empty for a missing value.</summary>
    public static string Value(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A computed value for machines: invariant culture, rounded to six decimals.</summary>
    public static string Computed(double value) =>
        double.IsNaN(value) ? string.Empty : Math.Round(value, 6).ToString(CultureInfo.InvariantCulture);

    /// <summary>A number for people, in each language's culture; "leeg"/"empty" for a missing value.</summary>
    public static LocalizedText Num(double value) =>
        double.IsNaN(value)
            ? new LocalizedText("leeg", "empty")
            : new LocalizedText(value.ToString(Number, Dutch), value.ToString(Number, English));

    /// <summary>An indicator as people know it: its name and, in brackets, its code.</summary>
    public static LocalizedText Name(Indicator? indicator, string code) =>
        indicator is null ? new LocalizedText(code, code) : LocalizedText.Format("{0} ({1})", "{0} ({1})", indicator.Name, code);

    /// <summary>A unit in words.</summary>
    public static LocalizedText Unit(Unit unit) => unit switch
    {
        Catalog.Unit.Count => new("een aantal", "a count"),
        Catalog.Unit.Euro => new("euro", "euros"),
        Catalog.Unit.Fte => new("fte", "FTE"),
        Catalog.Unit.Percent => new("procent, 0–100", "percent, 0–100"),
        Catalog.Unit.Score => new("rapportcijfer, 1–10", "mark, 1–10"),
        Catalog.Unit.FtePerThousandInhabitants => new("fte per 1.000 inwoners", "FTE per 1,000 inhabitants"),
        Catalog.Unit.EuroPerInhabitant => new("euro per inwoner", "euros per inhabitant"),
        Catalog.Unit.EuroPerFte => new("euro per fte", "euros per FTE"),
        Catalog.Unit.EuroPerWorkstation => new("euro per werkplek", "euros per workstation"),
        Catalog.Unit.SquareKilometre => new("km²", "km²"),
        Catalog.Unit.AddressesPerSquareKilometre => new("adressen per km²", "addresses per km²"),
        _ => new("een getal", "a number"),
    };

    /// <summary>A range in words: "1 t/m 10", "minimaal 0", "maximaal 100".</summary>
    public static LocalizedText Range(ValueRange range) => (range.Min, range.Max) switch
    {
        ({ } min, { } max) => LocalizedText.Format("{0} t/m {1}", "{0} to {1}", Num(min), Num(max)),
        ({ } min, null) => LocalizedText.Format("minimaal {0}", "at least {0}", Num(min)),
        (null, { } max) => LocalizedText.Format("maximaal {0}", "at most {0}", Num(max)),
        _ => new LocalizedText("elk getal", "any number"),
    };
}
