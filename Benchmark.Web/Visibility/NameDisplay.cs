using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Text;

namespace Benchmark.Web.Visibility;

/// <summary>
/// The name of a municipality as one reader may see it: the real name where <see cref="Store.Sharing.Visibility.SeesName"/>
/// allows it, else the anonymised label ("Gemeente K") from the store's keyed permutation — the labels of the PDF
/// reports made from the same store.
/// </summary>
internal sealed class NameDisplay
{
    private readonly Account? _viewer;
    private readonly NamedGroups _circles;
    private readonly MunicipalityRegistry _registry;
    private readonly Language _language;
    private readonly Lazy<IReadOnlyDictionary<MunicipalityCode, string>> _letters;

    /// <summary>The names for <paramref name="viewer"/> reading in <paramref name="language"/>.</summary>
    /// <param name="store">The store (circles and the anonymisation secret).</param>
    /// <param name="viewer">The signed-in account; <see langword="null"/> sees labels only.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="registry">The municipality reference; the built-in one when <see langword="null"/>.</param>
    public NameDisplay(IDatasetStore store, Account? viewer, Language language, MunicipalityRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _viewer = viewer;
        _circles = store.Circles();
        _registry = registry ?? BuiltInMunicipalities.Registry;
        _language = language;
        _letters = new(() => AnonymousLabels.Letters(_registry, [], store.Secret("anonymize")));
    }

    /// <summary>Whether the reader sees the real name of <paramref name="code"/>.</summary>
    public bool IsNamed(MunicipalityCode code) => Store.Sharing.Visibility.SeesName(_viewer, code, _circles);

    /// <summary>The name or label of <paramref name="code"/>.</summary>
    public string Name(MunicipalityCode code)
    {
        if (IsNamed(code))
        {
            return _registry.Find(code)?.Name ?? code.ToString();
        }

        var prefix = _language == Language.Dutch ? "Gemeente " : "Municipality ";
        return prefix + (_letters.Value.TryGetValue(code, out var letters) ? letters : "?");
    }
}
