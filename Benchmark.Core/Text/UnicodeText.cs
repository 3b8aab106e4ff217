using System.Buffers;
using System.Text;

namespace Benchmark.Text;

/// <summary>
/// Text that is not valid Unicode: lone surrogates (from UTF-16 input) and noncharacters such as U+FFFE, U+FFFF and
/// U+FDD0–U+FDEF. .NET's normalisation throws on them, so every text from a file passes through here before it is
/// folded or compared.
/// </summary>
public static class UnicodeText
{
    /// <summary>What replaces an invalid code point: U+FFFD, the replacement character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The position (UTF-16 index) of the first invalid code point, or −1 when the text is valid.</summary>
    public static int FirstInvalid(ReadOnlySpan<char> text)
    {
        // Fast path (vectorised): no surrogate and no BMP noncharacter means valid.
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && text.IndexOfAnyInRange('\uFDD0', '\uFDEF') < 0
            && text.IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return -1;
        }

        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var length) != OperationStatus.Done || IsNoncharacter(rune.Value))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    /// <summary>
    /// The position of the first invalid code point or <see cref="Replacement"/> (what a decoder put where the file's
    /// bytes were not text, such as a lone surrogate in UTF-16), or −1: a name with either was damaged on the way.
    /// </summary>
    public static int FirstDamaged(ReadOnlySpan<char> text)
    {
        var invalid = FirstInvalid(text);
        var replaced = text.IndexOf(Replacement);
        return invalid < 0 ? replaced : replaced < 0 ? invalid : Math.Min(invalid, replaced);
    }

    /// <summary>Whether <paramref name="text"/> is valid Unicode (see <see cref="FirstInvalid"/>).</summary>
    public static bool IsValid(ReadOnlySpan<char> text) => FirstInvalid(text) < 0;

    /// <summary>The text with every invalid code point replaced by <see cref="Replacement"/>; the same instance when valid.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (status != OperationStatus.Done || IsNoncharacter(rune.Value))
            {
                sb.Append(Replacement);
            }
            else
            {
                sb.Append(text, i, length);
            }

            i += Math.Max(length, 1);
        }

        return sb.ToString();
    }

    /// <summary>The code point at <paramref name="index"/> as people write it, e.g. <c>U+FFFE</c>.</summary>
    public static string Describe(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"U+{(int)text[index]:X4}" + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? $" U+{(int)text[index + 1]:X4}"
            : string.Empty);
    }

    private static bool IsNoncharacter(int codePoint) =>
        (codePoint is >= 0xFDD0 and <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
}
