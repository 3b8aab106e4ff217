using System.Globalization;

namespace Benchmark.Samples;

/// <summary>
/// Writes the long-format examples: one row per municipality, year and indicator, the ratios computed from the same
/// synthetic figures as the wide files (before any value was blanked out).
/// </summary>
internal static class LongSampleWriter
{
    /// <summary>The ratios of the long files, with the label used in the Dutch and in the English file.</summary>
    private static readonly (string Code, string DutchLabel, string EnglishLabel, int Decimals, Func<YearFigures, double> Value)[] Indicators =
    [
        ("overhead_pct", "overhead_pct", "overhead_pct", 1, f => f.OverheadPct),
        ("formatie_per_1000", "Formatie per 1.000 inwoners", "establishment per 1000", 2, f => 1000 * f.FteEstablishment / f.Inhabitants),
        ("bezetting_per_1000", "bezetting_per_1000", "staffed per 1000", 2, f => 1000 * f.FteStaffed / f.Inhabitants),
        ("running_costs_per_inhabitant", "Apparaatskosten per inwoner", "running costs per inhabitant", 2, f => f.RunningCosts / f.Inhabitants),
        ("external_hire_pct", "external_hire_pct", "external hire %", 1, f => 100 * f.ExternalHireCosts / (f.WageBill + f.ExternalHireCosts)),
        ("sickness_absence_pct", "Ziekteverzuim %", "sickness absence %", 2, f => f.SicknessAbsencePct),
    ];

    /// <summary>The catalogue codes of the indicators in the long files.</summary>
    public static IEnumerable<string> IndicatorCodes => Indicators.Select(i => i.Code);

    /// <summary>The Dutch-conventions file: <c>;</c>, decimal comma, UTF-8 with BOM, CRLF; codes and Dutch aliases.</summary>
    public static byte[] WriteDutch(IEnumerable<(string Code, YearFigures Figures)> rows) =>
        CsvText.Utf8(Write(rows, ';', "\r\n", CsvText.Dutch, english: false), byteOrderMark: true);

    /// <summary>The English-conventions file: <c>,</c>, decimal point, UTF-8 without BOM, LF; codes and English aliases.</summary>
    public static byte[] WriteEnglish(IEnumerable<(string Code, YearFigures Figures)> rows) =>
        CsvText.Utf8(Write(rows, ',', "\n", CsvText.English, english: true), byteOrderMark: false);

    /// <summary>The file name of the Dutch long example covering <paramref name="firstYear"/>–<paramref name="lastYear"/>.</summary>
    public static string DutchFileName(int firstYear, int lastYear) =>
        string.Create(CultureInfo.InvariantCulture, $"long/benchmark-long-{firstYear}-{lastYear}.csv");

    /// <summary>The file name of the English long example.</summary>
    public const string EnglishFileName = "long/benchmark-long-en.csv";

    private static string Write(
        IEnumerable<(string Code, YearFigures Figures)> rows, char separator, string newLine, NumberFormatInfo format, bool english)
    {
        return CsvText.Records(separator, newLine, csv =>
        {
            foreach (var header in (string[])["gemeentecode", "jaar", "indicator", "waarde"])
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var (code, f) in rows)
            {
                foreach (var indicator in Indicators)
                {
                    csv.WriteField(code);
                    csv.WriteField(f.Year.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(english ? indicator.EnglishLabel : indicator.DutchLabel);
                    csv.WriteField(CsvText.Number(indicator.Value(f), indicator.Decimals, format));
                    csv.EndRecord();
                }
            }
        });
    }
}
