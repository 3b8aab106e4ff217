using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The names a report prints: real names, or — anonymized — a label per municipality other than the focus
/// ("Gemeente A", …, "Gemeente MD") that follows no public order.
/// </summary>
/// <remarks>
/// The labels are a random permutation of every municipality of the reference, keyed by a secret
/// (<see cref="ReportOptions.AnonymizationKey"/>): municipalities are ordered by HMAC-SHA256(key, code) and labelled
/// A, B, … in that order. So the labels do not follow code, name, size or value; the same key gives the same label to
/// a municipality in every report (one batch, one store), and without the key the order cannot be recomputed.
/// </remarks>
internal sealed class NameMask
{
    private readonly IReadOnlyDictionary<MunicipalityCode, string> _letters;
    private readonly MunicipalityRegistry _registry;
    private readonly Language _words;
    private readonly MunicipalityCode? _focus;

    private NameMask(MunicipalityRegistry registry, Language words, MunicipalityCode? focus, IReadOnlyDictionary<MunicipalityCode, string> letters, bool anonymize)
    {
        _registry = registry;
        _words = words;
        _focus = focus;
        _letters = letters;
        IsAnonymous = anonymize;
    }

    public bool IsAnonymous { get; }

    /// <summary>
    /// A mask for a report on <paramref name="focus"/>; with <paramref name="anonymize"/> every municipality of the
    /// reference and <paramref name="codes"/> but the focus gets a label from the permutation keyed by
    /// <paramref name="key"/> (a fresh random key when <see langword="null"/>).
    /// </summary>
    public static NameMask Create(MunicipalityRegistry registry, Language words, MunicipalityCode? focus, IEnumerable<MunicipalityCode> codes, bool anonymize, string? key = null)
    {
        var letters = anonymize ? AnonymousLabels.Letters(registry, codes, key) : new Dictionary<MunicipalityCode, string>();
        return new NameMask(registry, words, focus, letters, anonymize);
    }

    /// <summary>The letters of the <paramref name="index"/>-th municipality: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letters(int index) => AnonymousLabels.Letters(index);

    /// <summary>The printed name of <paramref name="code"/>.</summary>
    public string Name(MunicipalityCode code)
    {
        if (IsAnonymous && code != _focus)
        {
            return _letters.TryGetValue(code, out var letter)
                ? _words.Pick("Gemeente ", "Municipality ") + letter
                : _words.Pick("Gemeente ?", "Municipality ?");
        }

        return _registry.Find(code)?.Name ?? code.ToString();
    }
}
