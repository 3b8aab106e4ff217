using System.Globalization;
using System.Text;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Text for a terminal: control characters from files (ESC sequences, CR, other C0 and C1 controls, DEL) and the
/// bidirectional overrides that reorder what is shown are written as visible escapes such as <c>\x1B</c>, so a name in
/// a file can never move the cursor, recolour or hide the output.
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is shown as an escape (a line feed is kept; a tab becomes a space).</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text with every unsafe character escaped; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyExcept(SafeCharacters);
        if (first < 0 || !HasUnsafe(text.AsSpan(first)))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (IsUnsafe(c))
            {
                sb.Append(c <= '\u00FF' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool HasUnsafe(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Printable ASCII and line feed: the fast path.</summary>
    private static readonly System.Buffers.SearchValues<char> SafeCharacters =
        System.Buffers.SearchValues.Create("\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
}
