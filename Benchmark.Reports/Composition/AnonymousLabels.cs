using System.Security.Cryptography;
using System.Text;
using Benchmark.Municipalities;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The anonymised labels of municipalities (the letters of "Gemeente A", …, "Gemeente MD"): a random permutation keyed
/// by a secret, so that they follow no public order (code, name, size, value). One implementation for reports and the web.
/// </summary>
/// <remarks>
/// Municipalities are ordered by HMAC-SHA256(key, code) and lettered A, B, … in that order: the same key gives the same
/// label to a municipality everywhere (one batch, one store), and without the key the order cannot be recomputed.
/// </remarks>
public static class AnonymousLabels
{
    /// <summary>The letters of every municipality of <paramref name="registry"/> and <paramref name="codes"/>, keyed by <paramref name="key"/> (a fresh random key when <see langword="null"/>).</summary>
    public static IReadOnlyDictionary<MunicipalityCode, string> Letters(MunicipalityRegistry registry, IEnumerable<MunicipalityCode> codes, string? key)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(codes);
        var letters = new Dictionary<MunicipalityCode, string>();
        var secret = Encoding.UTF8.GetBytes(key ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        var all = registry.All.Select(m => m.Code).Concat(codes).Distinct();
        var index = 0;
        foreach (var code in all.OrderBy(c => Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(c.ToString()))), StringComparer.Ordinal))
        {
            letters[code] = Letters(index++);
        }

        return letters;
    }

    /// <summary>The letters of the <paramref name="index"/>-th municipality: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letters(int index)
    {
        var text = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            text = (char)('A' + ((i - 1) % 26)) + text;
        }

        return text;
    }
}
