using Benchmark.Municipalities;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The names a report prints: real names, or — anonymized — a stable letter per municipality other than the focus
/// (A, B, … Z, AA, AB, … by code order), so nothing identifies the others.
/// </summary>
internal sealed class NameMask
{
    private readonly Dictionary<MunicipalityCode, string> _letters;
    private readonly MunicipalityRegistry _registry;
    private readonly Words _words;
    private readonly MunicipalityCode? _focus;

    private NameMask(MunicipalityRegistry registry, Words words, MunicipalityCode? focus, Dictionary<MunicipalityCode, string> letters, bool anonymize)
    {
        _registry = registry;
        _words = words;
        _focus = focus;
        _letters = letters;
        IsAnonymous = anonymize;
    }

    public bool IsAnonymous { get; }

    /// <summary>A mask over <paramref name="codes"/>; with <paramref name="anonymize"/> every code but <paramref name="focus"/> gets a letter.</summary>
    public static NameMask Create(MunicipalityRegistry registry, Words words, MunicipalityCode? focus, IEnumerable<MunicipalityCode> codes, bool anonymize)
    {
        var letters = new Dictionary<MunicipalityCode, string>();
        if (anonymize)
        {
            var index = 0;
            foreach (var code in codes.Distinct().Where(c => c != focus).Order())
            {
                letters[code] = Letters(index++);
            }
        }

        return new NameMask(registry, words, focus, letters, anonymize);
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

    /// <summary>The printed name of <paramref name="code"/>.</summary>
    public string Name(MunicipalityCode code)
    {
        if (IsAnonymous && code != _focus)
        {
            return _letters.TryGetValue(code, out var letter)
                ? _words.T("Gemeente ", "Municipality ") + letter
                : _words.T("Gemeente ?", "Municipality ?");
        }

        return _registry.Find(code)?.Name ?? code.ToString();
    }
}
