using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Validation;

namespace Benchmark.Cli.Output;

/// <summary>
/// Where a finding is and its value, for people: a number in the notation of the file it came from ("6,5" in a
/// decimal-comma file, not "6.5"), no value when it only repeats the column, no "file" for findings about the data as
/// a whole.
/// </summary>
internal static class FindingValueText
{
    /// <summary>The value as the file writes numbers: the decimal point of the machine value becomes the file's separator.</summary>
    public static string? AsWritten(Finding finding, char decimalSeparator)
    {
        if (finding.Value is not { Length: > 0 } value || value == finding.Column)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        // A derived figure was computed, not written: two decimals, not the machine's six ("12,14", not "12,139918").
        if (finding.Column is { } column && IndicatorCatalog.Default.TryGet(column, out var indicator) && indicator.Formula is not null)
        {
            value = Math.Round(number, 2).ToString(CultureInfo.InvariantCulture);
        }

        return decimalSeparator == ',' && finding.Line > 0 ? value.Replace('.', ',') : value;
    }

    /// <summary>The decimal separator of each file, by the path findings name it with.</summary>
    public static IReadOnlyDictionary<string, char> Separators(ValidationReport report) =>
        report.Files.Where(f => f.Format is not null)
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Format!.DecimalSeparator, StringComparer.Ordinal);
}
