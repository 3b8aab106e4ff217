namespace Benchmark.Reports.Rendering;

/// <summary>
/// Reads one PDF string object (ISO 32000-1, 7.3.4): a hexadecimal string <c>&lt;4A6F&gt;</c> or a literal string
/// <c>(Jo\)\051)</c> with its escapes (<c>\n \r \t \b \f \( \) \\</c>, one to three octal digits, a backslash before
/// a line end) and balanced parentheses.
/// </summary>
internal static class PdfByteString
{
    /// <summary>Reads the string at <paramref name="position"/> (after white space); on success the position is after it.</summary>
    public static bool TryRead(byte[] pdf, ref int position, out byte[] value)
    {
        value = [];
        var i = position;
        while (i < pdf.Length && pdf[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        if (i >= pdf.Length)
        {
            return false;
        }

        var ok = pdf[i] switch
        {
            (byte)'<' => TryHex(pdf, ref i, out value),
            (byte)'(' => TryLiteral(pdf, ref i, out value),
            _ => false,
        };
        if (ok)
        {
            position = i;
        }

        return ok;
    }

    private static bool TryHex(byte[] pdf, ref int i, out byte[] value)
    {
        value = [];
        var end = Array.IndexOf(pdf, (byte)'>', i + 1);
        if (end < 0)
        {
            return false;
        }

        var digits = new string([.. pdf[(i + 1)..end].Select(b => (char)b).Where(c => !char.IsWhiteSpace(c))]);
        if (!digits.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        // An odd number of digits ends in an implied 0.
        value = Convert.FromHexString(digits.Length % 2 == 0 ? digits : digits + "0");
        i = end + 1;
        return true;
    }

    private static bool TryLiteral(byte[] pdf, ref int i, out byte[] value)
    {
        value = [];
        var bytes = new List<byte>();
        var depth = 0;
        for (var k = i; k < pdf.Length; k++)
        {
            var c = pdf[k];
            if (c == (byte)'\\')
            {
                if (++k >= pdf.Length)
                {
                    return false;
                }

                k = Escape(pdf, k, bytes);
                continue;
            }

            if (c == (byte)'(' && depth++ == 0)
            {
                continue;
            }

            if (c == (byte)')' && --depth == 0)
            {
                value = [.. bytes];
                i = k + 1;
                return true;
            }

            bytes.Add(c);
        }

        return false;
    }

    /// <summary>Adds the byte of the escape at <paramref name="k"/> (after the backslash); returns the index of its last byte.</summary>
    private static int Escape(byte[] pdf, int k, List<byte> bytes)
    {
        var c = pdf[k];
        switch (c)
        {
            case (byte)'n': bytes.Add((byte)'\n'); return k;
            case (byte)'r': bytes.Add((byte)'\r'); return k;
            case (byte)'t': bytes.Add((byte)'\t'); return k;
            case (byte)'b': bytes.Add((byte)'\b'); return k;
            case (byte)'f': bytes.Add((byte)'\f'); return k;
            case (byte)'\r': return k + 1 < pdf.Length && pdf[k + 1] == (byte)'\n' ? k + 1 : k;
            case (byte)'\n': return k;
        }

        if (c is < (byte)'0' or > (byte)'7')
        {
            bytes.Add(c);
            return k;
        }

        var octal = 0;
        var end = k;
        while (end < pdf.Length && end < k + 3 && pdf[end] is >= (byte)'0' and <= (byte)'7')
        {
            octal = (octal * 8) + (pdf[end] - '0');
            end++;
        }

        bytes.Add((byte)octal);
        return end - 1;
    }
}
