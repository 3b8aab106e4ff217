using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Benchmark.Text;

namespace Benchmark.Municipalities;

/// <summary>
/// The reference of municipalities (codes, names, provinces, inhabitants) against which data are checked.
/// </summary>
/// <remarks>
/// The built-in reference (the 342 municipalities of the 2024 CBS division) comes from <c>Benchmark.Import</c>;
/// a reference file can replace or extend it (<see cref="Merge"/>).
/// </remarks>
public sealed class MunicipalityRegistry
{
    // Read-only after construction (safe for concurrent readers). Names are normalised for the first name lookup
    // only: loading a reference of 20,000 units does not pay for what a file with names needs.
    private readonly Dictionary<MunicipalityCode, Municipality> _byCode;
    private readonly Lazy<FrozenDictionary<string, Municipality>> _byName;

    /// <summary>Creates a registry; a later entry with the same code replaces an earlier one.</summary>
    public MunicipalityRegistry(IEnumerable<Municipality> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var byCode = new Dictionary<MunicipalityCode, Municipality>();
        foreach (var m in municipalities)
        {
            byCode[m.Code] = m;
        }

        _byCode = byCode;
        var all = byCode.Values.ToArray();
        Array.Sort(all, (a, b) => a.Code.CompareTo(b.Code));
        All = all;
        _byName = new Lazy<FrozenDictionary<string, Municipality>>(() => ByName(all));
    }

    /// <summary>An empty registry.</summary>
    public static MunicipalityRegistry Empty { get; } = new([]);

    /// <summary>All municipalities, ordered by code.</summary>
    public IReadOnlyList<Municipality> All { get; }

    /// <summary>The number of municipalities.</summary>
    public int Count => All.Count;

    /// <summary>Looks a municipality up by code.</summary>
    public bool TryGet(MunicipalityCode code, out Municipality municipality) =>
        _byCode.TryGetValue(code, out municipality!);

    /// <summary>Looks a municipality up by code; <see langword="null"/> when unknown.</summary>
    public Municipality? Find(MunicipalityCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Looks a municipality up by name, ignoring case, diacritics, punctuation and CBS suffixes such as <c>(NH.)</c>.
    /// </summary>
    public Municipality? FindByName(string name) => _byName.Value.GetValueOrDefault(NormalizeName(name));

    /// <summary>
    /// Every municipality <paramref name="name"/> can mean, by code: the one whose name is exactly that (ignoring case),
    /// else all with the same name after folding (<c>Bergen</c> means Bergen (NH.) and Bergen (L.)).
    /// </summary>
    public IReadOnlyList<Municipality> FindAllByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var exact = All.Where(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var key = NormalizeName(name);
        return key.Length == 0 ? [] : [.. All.Where(m => NormalizeName(m.Name) == key).OrderBy(m => m.Code)];
    }

    /// <summary>Whether <paramref name="name"/> names the municipality with <paramref name="code"/> (same normalisation as <see cref="FindByName"/>).</summary>
    public bool NameMatches(MunicipalityCode code, string name) =>
        _byCode.TryGetValue(code, out var m) && NormalizeName(m.Name) == NormalizeName(name);

    /// <summary>A registry with the entries of this one, replaced or extended by <paramref name="other"/>.</summary>
    public MunicipalityRegistry Merge(MunicipalityRegistry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(All.Concat(other.All));
    }

    /// <summary>The municipalities by normalised name; on equal names the lowest code wins.</summary>
    private static FrozenDictionary<string, Municipality> ByName(Municipality[] byCodeOrder)
    {
        var byName = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var m in byCodeOrder)
        {
            byName.TryAdd(NormalizeName(m.Name), m);
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Folds a name to a comparison key: lower case, no diacritics, no punctuation or suffix in brackets.</summary>
    internal static string NormalizeName(string name)
    {
        var text = name;
        var bracket = text.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
        {
            text = text[..bracket];
        }

        var decomposed = UnicodeText.Repair(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        var key = sb.ToString();
        return key switch
        {
            "denhaag" => "sgravenhage",
            "denbosch" => "shertogenbosch",
            _ => key,
        };
    }
}
