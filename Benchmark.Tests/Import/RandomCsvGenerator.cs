using System.Text;

namespace Benchmark.Tests.Import;

/// <summary>Test helper: CSV-ish inputs — real headers and values mixed with quotes, separators, line breaks, garbage and huge fields.</summary>
internal sealed class RandomCsvGenerator(Random random)
{
    private static readonly string[] Headers =
    [
        "gemeentecode", "gm-code", "jaar", "year", "gemeentenaam", "inwoners", "totale lasten", "overhead %", "indicator",
        "waarde", "provincie", "eenheid", "koffie", "", "\"code;jaar\"", "valid_to", "oppervlakte_km2", "\"",
    ];

    private static readonly string[] Values =
    [
        "GM0363", "363", "GM0014", "GM1900", "GM36", "GM9999", "2024", "2023", "20x4", "1800", "12,5", "12.5", "1.234",
        "1,234", "1.234,56", "-3", "€ 1.000", "12%", "n.v.t.", "-", "", " ", "NA", "?", "Amsterdam", "Súdwest-Fryslân",
        "overhead_pct", "inhabitants", "koffie", "a\"b", "\"ok;\nmulti\"", "\"", "\"\"", "\"unterminated", "1e5", "€", "%",
        "\"Nuenen, Gerwen en Nederwetten\"", "'s-Gravenhage", "\u2212 7", "9999999999999999999999999",
    ];

    private static readonly string[] Codes = ["GM0363", "GM0014", "1900", "GM0518", "GM36", "GM9999", ""];
    private static readonly string[] Years = ["2024", "2023", "2022", "20x4", "1800", ""];
    private static readonly string[] Separators = [";", ",", "\t"];
    private static readonly string[] LineEnds = ["\n", "\r\n", "\r"];

    public byte[] Next()
    {
        var separator = Pick(Separators);
        var text = new StringBuilder();
        var columns = random.Next(1, 7);
        var keyed = random.Next(2) == 0;
        var header = Enumerable.Range(0, columns).Select(_ => Pick(Headers));
        AppendLine(text, keyed ? ["gemeentecode", "jaar", .. header] : header, separator);
        var rows = random.Next(0, 12);
        for (var r = 0; r < rows; r++)
        {
            var fields = random.Next(8) == 0 ? random.Next(0, columns + 3) : columns;
            var values = Enumerable.Range(0, fields).Select(_ => Field());
            AppendLine(text, keyed ? [Pick(Codes), Pick(Years), .. values] : values, random.Next(20) == 0 ? Pick(Separators) : separator);
        }

        if (random.Next(150) == 0)
        {
            text.Append(random.Next(2) == 0 ? "\"" : string.Empty).Append('x', random.Next(70_000, 140_000));
        }

        return Garble(Encode(text.ToString()));
    }

    private string Field() => random.Next(10) switch
    {
        0 => RandomText(random.Next(0, 12)),
        _ => Pick(Values),
    };

    private void AppendLine(StringBuilder text, IEnumerable<string> fields, string separator) =>
        text.Append(string.Join(separator, fields)).Append(random.Next(6) == 0 ? string.Empty : Pick(LineEnds));

    private string RandomText(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => "\";,\t\r\n"[random.Next(6)],
                1 => (char)random.Next(0x20, 0x7F),
                2 => (char)random.Next(0xA0, 0x250),
                _ => (char)random.Next(0, 0x20),
            };
        }

        return new string(chars);
    }

    private byte[] Encode(string text) => random.Next(5) switch
    {
        0 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        1 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text),
        2 when random.Next(4) == 0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    private byte[] Garble(byte[] bytes)
    {
        if (bytes.Length == 0 || random.Next(4) != 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        var n = random.Next(1, 8);
        for (var i = 0; i < n; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(3) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
