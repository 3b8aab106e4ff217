using System.Globalization;
using System.Text;
using System.Text.Json;
using Benchmark.Data;
using Benchmark.Import.Workbooks;
using Benchmark.Text;

namespace Benchmark.Store;

/// <summary>
/// Writes stored data for other tools: the active values as a long CSV or JSON, and a version's quarantine as CSV.
/// Everything is UTF-8 without byte order mark, invariant culture, decimal point, never an exponent.
/// </summary>
/// <remarks>
/// The long CSV (<c>gemeentecode,jaar,indicator,waarde</c>) is a file the importer reads: importing an export of
/// <see cref="IDatasetStore.LoadActive"/> into an empty store gives the same active values. Export raw data for that; a
/// dataset with derived values (<see cref="ActiveData.Load"/>) would come back with the ratios stored as delivered.
/// </remarks>
public static class StoreExport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="data"/> as <c>gemeentecode,jaar,indicator,waarde</c>, by year, municipality and indicator; a missing value is an empty field.</summary>
    /// <param name="data">The observations, e.g. <c>store.LoadActive(asOf, year)</c>.</param>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="dialect">The CSV dialect; <see cref="CsvDialect.Invariant"/> when <see langword="null"/> (<see cref="CsvDialect.ExcelNl"/>: <c>;</c>, decimal comma, byte order mark; the importer reads both back).</param>
    public static void WriteCsv(Dataset data, Stream output, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        dialect ??= CsvDialect.Invariant;
        using var writer = new StreamWriter(output, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
        dialect.Begin(writer);
        writer.WriteLine(string.Join(dialect.Separator, "gemeentecode", "jaar", "indicator", "waarde"));
        foreach (var o in Ordered(data))
        {
            writer.Write(o.Municipality.ToString());
            writer.Write(dialect.Separator);
            writer.Write(o.Year.ToString(CultureInfo.InvariantCulture));
            writer.Write(dialect.Separator);
            writer.Write(SpreadsheetCsv.Field(o.Indicator, dialect.Separator));
            writer.Write(dialect.Separator);
            writer.WriteLine(o.IsMissing ? string.Empty : dialect.ExactNumber(o.Value));
        }
    }

    /// <summary>
    /// Writes <paramref name="data"/> as <c>{"observations":[{"gemeentecode":"GM0014","jaar":2024,"indicator":"…","waarde":1.5}, …]}</c>,
    /// in the order of <see cref="WriteCsv"/>; a missing value is <c>null</c>.
    /// </summary>
    public static void WriteJson(Dataset data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteStartArray("observations");
        foreach (var o in Ordered(data))
        {
            json.WriteStartObject();
            json.WriteString("gemeentecode", o.Municipality.ToString());
            json.WriteNumber("jaar", o.Year);
            json.WriteString("indicator", o.Indicator);
            if (o.IsMissing)
            {
                json.WriteNull("waarde");
            }
            else
            {
                json.WriteNumber("waarde", o.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a version's quarantine as CSV, one row per rejected row: <c>versie,regel,regels,regelcodes,melding_nl,melding_en,tekst</c>
    /// (several reasons joined by <c> | </c>; <c>tekst</c> is the row as written in the file).
    /// </summary>
    public static void WriteQuarantineCsv(DatasetVersionDetails details, Stream output)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("versie,regel,regels,regelcodes,melding_nl,melding_en,tekst");
        var version = details.Version.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var row in details.Quarantine)
        {
            writer.WriteLine(string.Join(',',
                version,
                row.Line.ToString(CultureInfo.InvariantCulture),
                row.LineCount.ToString(CultureInfo.InvariantCulture),
                Quote(string.Join(" | ", row.Reasons.Select(r => r.Rule))),
                Quote(string.Join(" | ", row.Reasons.Select(r => r.Message.Nl))),
                Quote(string.Join(" | ", row.Reasons.Select(r => r.Message.En))),
                Quote(row.Text)));
        }
    }

    /// <summary>A value in invariant notation that round-trips and never uses an exponent (the importer reads no exponents).</summary>
    internal static string Number(double value) => CsvDialect.Invariant.ExactNumber(value);

    private static IEnumerable<Observation> Ordered(Dataset data) =>
        data.Observations
            .OrderBy(o => o.Year)
            .ThenBy(o => o.Municipality)
            .ThenBy(o => o.Indicator, StringComparer.Ordinal);

    private static string Quote(string text) => SpreadsheetCsv.Field(text);
}
