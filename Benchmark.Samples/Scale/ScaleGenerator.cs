using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Benchmark.Samples.Scale;

/// <summary>
/// Deterministic synthetic benchmark data at any scale — units × years × indicators — for performance measurements and
/// load tests, with the municipality reference and indicator catalogue that make the engine accept it.
/// </summary>
/// <remarks>
/// <para>
/// Unit i (0-based) gets code <c>GM</c> + i in four digits (<c>GM0000</c>, <c>GM0001</c>, … <c>GM9999</c>), from unit
/// 10,000 on in five (<c>GM10000</c> …, extended codes beyond the CBS range): the engine checks codes against the
/// municipality reference, so at most 100,000 units. The reference written by <see cref="WriteMunicipalities"/> names
/// them <c>Synthetisch 0000</c> … <c>Synthetisch 10000</c> … and replaces the built-in entries of the same code when
/// given with <c>--municipalities</c>. Indicators are <c>syn_01</c>, <c>syn_02</c>, … (<c>syn_001</c> from 100
/// on): raw, neutral figures of unit <c>Number</c>, written by <see cref="WriteCatalog"/> with a valid range that every
/// generated value (outliers included) lies in, so validation rejects nothing and other tools read the same values.
/// </para>
/// <para>
/// Files are UTF-8 without byte order mark, LF line endings, Dutch conventions: <c>;</c> separator and a decimal comma,
/// two decimals. A missing value is an empty cell. Values follow <see cref="ScaleModel"/>: roughly normal between units,
/// correlated across a unit's indicators, smooth from year to year (below the 50 % year-on-year warning), with a few
/// planted outliers (× 6 or ÷ 6) that validation flags as warnings. The same options give the same bytes on every
/// machine: counter-based SplitMix64 draws and integer formatting, nothing from the culture or the clock.
/// </para>
/// </remarks>
public static class ScaleGenerator
{
    private const byte Separator = (byte)';';
    private const byte DecimalComma = (byte)',';

    private static readonly string[] Provinces =
    [
        "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland",
        "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ];

    /// <summary>The code of unit <paramref name="unit"/>: <c>GM</c> and four digits, five from unit 10,000 on (the canonical code).</summary>
    public static string UnitCode(int unit) => "GM" + unit.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The code of indicator <paramref name="indicator"/> (0-based) among <paramref name="count"/>: <c>syn_01</c>, ….</summary>
    public static string IndicatorCode(int indicator, int count) =>
        "syn_" + (indicator + 1).ToString(count < 100 ? "D2" : "D3", CultureInfo.InvariantCulture);

    /// <summary>Writes the data file: long or wide as <see cref="ScaleOptions.Layout"/> says.</summary>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the options are out of range.</exception>
    public static long WriteData(Stream stream, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var model = new ScaleModel(options);
        var writer = new AsciiWriter(stream);
        var codes = Enumerable.Range(0, options.Indicators).Select(k => IndicatorCode(k, options.Indicators)).ToArray();
        var rows = options.Layout == ScaleLayout.Long ? WriteLong(writer, model, options, codes) : WriteWide(writer, model, options, codes);
        writer.Flush();
        return rows;
    }

    /// <summary>
    /// Writes the municipality reference of the units: <c>gemeentecode;gemeentenaam;provincie;inwoners</c> (inhabitants
    /// log-uniform between 1,000 and 900,000, provinces spread evenly), for <c>--municipalities</c>.
    /// </summary>
    public static void WriteMunicipalities(Stream stream, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var writer = new AsciiWriter(stream);
        writer.Write("gemeentecode;gemeentenaam;provincie;inwoners\n");
        for (var unit = 0; unit < options.Units; unit++)
        {
            var u = CounterRandom.Uniform(options.Seed, unit, 0, 0, 10);
            var inhabitants = (long)Math.Round(1000 * DeterministicMath.Exp(u * 6.802394763324311), MidpointRounding.AwayFromZero);
            writer.Write(UnitCode(unit));
            writer.Write(Separator);
            writer.Write("Synthetisch ");
            writer.Write(unit, 4);
            writer.Write(Separator);
            writer.Write(Provinces[unit % Provinces.Length]);
            writer.Write(Separator);
            writer.Write(inhabitants);
            writer.Write((byte)'\n');
        }

        writer.Flush();
    }

    /// <summary>
    /// Writes the indicator catalogue of the synthetic indicators (the JSON format of the built-in catalogue), for
    /// <c>--catalog</c>: raw, neutral, unit Number, valid range 0 to 1,000,000 (every generated value, outliers included),
    /// plausible range the model's natural range of the indicator widened by a tenth (so the planted × 6 outliers fall outside).
    /// </summary>
    public static void WriteCatalog(Stream stream, ScaleOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var model = new ScaleModel(options with { Outliers = 0 });
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("version", $"synthetic-{options.Seed.ToString(CultureInfo.InvariantCulture)}");
        json.WriteStartArray("indicators");
        for (var k = 0; k < options.Indicators; k++)
        {
            var code = IndicatorCode(k, options.Indicators);
            var number = (k + 1).ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("code", code);
            Text(json, "name", $"Synthetische indicator {number}", $"Synthetic indicator {number}");
            Text(json, "description", "Gegenereerd door benchmark generate (geen echte gegevens).", "Generated by benchmark generate (not real data).");
            json.WriteString("unit", "Number");
            json.WriteString("direction", "Neutral");
            json.WriteString("kind", "Raw");
            Range(json, "validRange", 0, 1_000_000);
            var (low, high) = model.NaturalRange(k);
            Range(json, "plausibleRange", low, high);
            json.WriteStartArray("aliases");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    private static long WriteLong(AsciiWriter writer, ScaleModel model, ScaleOptions options, string[] codes)
    {
        writer.Write("gemeentecode;jaar;indicator;waarde\n");
        var codeBytes = codes.Select(Encoding.ASCII.GetBytes).ToArray();
        long rows = 0;
        for (var unit = 0; unit < options.Units; unit++)
        {
            for (var y = 0; y < options.Years; y++)
            {
                for (var k = 0; k < codes.Length; k++)
                {
                    writer.Write("GM");
                    writer.Write(unit, 4);
                    writer.Write(Separator);
                    writer.Write(options.FirstYear + y);
                    writer.Write(Separator);
                    foreach (var b in codeBytes[k])
                    {
                        writer.Write(b);
                    }

                    writer.Write(Separator);
                    if (model.Cents(unit, y, k) is { } cents)
                    {
                        writer.WriteCents(cents, DecimalComma);
                    }

                    writer.Write((byte)'\n');
                    rows++;
                }
            }
        }

        return rows;
    }

    private static long WriteWide(AsciiWriter writer, ScaleModel model, ScaleOptions options, string[] codes)
    {
        writer.Write("gemeentecode;jaar");
        foreach (var code in codes)
        {
            writer.Write(Separator);
            writer.Write(code);
        }

        writer.Write((byte)'\n');
        long rows = 0;
        for (var unit = 0; unit < options.Units; unit++)
        {
            for (var y = 0; y < options.Years; y++)
            {
                writer.Write("GM");
                writer.Write(unit, 4);
                writer.Write(Separator);
                writer.Write(options.FirstYear + y);
                for (var k = 0; k < codes.Length; k++)
                {
                    writer.Write(Separator);
                    if (model.Cents(unit, y, k) is { } cents)
                    {
                        writer.WriteCents(cents, DecimalComma);
                    }
                }

                writer.Write((byte)'\n');
                rows++;
            }
        }

        return rows;
    }

    private static void Text(Utf8JsonWriter json, string name, string nl, string en)
    {
        json.WriteStartObject(name);
        json.WriteString("nl", nl);
        json.WriteString("en", en);
        json.WriteEndObject();
    }

    private static void Range(Utf8JsonWriter json, string name, double min, double max)
    {
        json.WriteStartObject(name);
        json.WriteNumber("min", min);
        json.WriteNumber("max", max);
        json.WriteEndObject();
    }
}
