using System.Globalization;
using System.Text;
using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>Folds a column header or alias to the key used for matching: lower case, no diacritics, letters, digits and % only.</summary>
public static class HeaderName
{
    /// <summary>
    /// Returns the matching key of <paramref name="header"/>: <c>"GM-code"</c>, <c>"gm code"</c> and <c>"GM_CODE"</c> all
    /// become <c>"gmcode"</c>.
    /// </summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var decomposed = UnicodeText.Repair(header).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c == '%' || (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
