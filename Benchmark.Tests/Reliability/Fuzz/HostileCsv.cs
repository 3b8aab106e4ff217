using System.Runtime.InteropServices;
using System.Text;
using CsCheck;

namespace Benchmark.Tests.Reliability.Fuzz;

/// <summary>One generated input: text built from hostile cells and lines, encoded one of four ways, with optional raw byte noise.</summary>
/// <param name="Text">The text before encoding.</param>
/// <param name="Encoding">0 UTF-8, 1 UTF-8 with BOM, 2 UTF-16 LE with BOM (lone surrogates kept), 3 Windows-1252.</param>
/// <param name="Noise">Raw bytes inserted after encoding (may be empty).</param>
/// <param name="NoiseAt">Where the noise goes, as a fraction of the length (0–1000 per mille).</param>
internal sealed record HostileCsv(string Text, int Encoding, byte[] Noise, int NoiseAt)
{
    /// <summary>The bytes of the file.</summary>
    public byte[] Bytes()
    {
        byte[] encoded = Encoding switch
        {
            0 => System.Text.Encoding.UTF8.GetBytes(Text),
            1 => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Text)],
            2 => [0xFF, 0xFE, .. MemoryMarshal.AsBytes(Text.AsSpan())],
            _ => System.Text.Encoding.Latin1.GetBytes(Text),
        };
        if (Noise.Length == 0)
        {
            return encoded;
        }

        var at = (int)((long)encoded.Length * NoiseAt / 1000);
        return [.. encoded.AsSpan(0, at), .. Noise, .. encoded.AsSpan(at)];
    }

    /// <summary>For a failure report: the text with every non-printable character escaped.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder($"encoding {Encoding}, noise [{Convert.ToHexString(Noise)}] at {NoiseAt}‰, text: ");
        foreach (var c in Text)
        {
            sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }

    private static readonly string[] Headers =
        ["gemeentecode", "gemeentenaam", "jaar", "Inwoners", "Overhead %", "Totale lasten", "Overheadkosten", "indicator", "waarde", "provincie", "oppervlakte", "GM-code", "jaar"];

    private static readonly string[] Values =
        ["GM0014", "GM0193", "0363", "363", "GM12345", "GMxxxx", "", "2024", "2023", "1889", "9999", "12,5", "1.234,56", "1,234", "0.5", "-", "n.v.t.", "NA", "..", "-5", "1e5", "NaN", "12 345", "Groningen", "Zwolle", "overhead_pct"];

    private static readonly string[] Hostile =
        ["\"", "\"\"", "\"Stadskanaal", "a\"b", "\0", "\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDC00", "\U0001FFFE", "\u2028", "\u0085", "\u001B[2J", "\r", "\n", "\r\n", "\t", ";", ",", "\uFEFF", "=cmd|' /C calc'!A0", "@SUM(1)", "\u202E", "\u0301\u0301\u0301", "東京", "עברית"];

    /// <summary>A cell: a header name, a plausible value, a hostile token, random characters or a long run.</summary>
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, Gen.OneOf<string>(Values)),
        (2, Gen.OneOf<string>(Headers)),
        (2, Gen.OneOf<string>(Hostile)),
        (1, Gen.Char.Array[0, 8].Select(cs => new string(cs))),
        (1, Gen.Int[1, 3000].Select(n => new string('x', n))),
        (1, Gen.Select(Gen.OneOf<string>(Values), Gen.OneOf<string>(Hostile), (a, b) => a + b)));

    private static readonly Gen<string> Separator = Gen.OneOf<string>(";", ";", ",", "\t");

    private static readonly Gen<string> LineEnd = Gen.Frequency((6, Gen.Const("\n")), (3, Gen.Const("\r\n")), (1, Gen.OneOf<string>("\r", "\u2028", "\u0085", "\n\n")));

    /// <summary>A header (mostly a real one) and up to 25 rows of hostile cells, all with one separator and line end.</summary>
    private static readonly Gen<string> Texts =
        Gen.Select(Separator, LineEnd, Gen.Bool, Cell.Array[1, 8], Cell.Array[0, 8].Array[0, 25], (sep, end, realHeader, header, rows) =>
        {
            var sb = new StringBuilder();
            sb.Append(realHeader ? string.Join(sep, "gemeentecode", "gemeentenaam", "jaar", "Inwoners", "Overhead %") : string.Join(sep, header)).Append(end);
            foreach (var row in rows)
            {
                sb.Append(string.Join(sep, row)).Append(end);
            }

            return sb.ToString();
        });

    /// <summary>The generator (CsCheck shrinks a failing case to a small one).</summary>
    public static Gen<HostileCsv> Generator { get; } = Gen.Select(
        Texts,
        Gen.Int[0, 3],
        Gen.Frequency((4, Gen.Const(Array.Empty<byte>())), (1, Gen.Byte.Array[1, 16])),
        Gen.Int[0, 1000],
        (text, encoding, noise, at) => new HostileCsv(text, encoding, noise, at));
}
