using System.Collections.Frozen;
using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>
/// The indicator catalogue: every figure the benchmark knows, with its definition, unit, direction, ranges, formula and
/// definition versions.
/// </summary>
/// <remarks>
/// The catalogue is data. <see cref="Default"/> is the built-in one (embedded <c>indicators.json</c>); a file in the same
/// format replaces or extends it through <see cref="Load(Stream)"/> and <see cref="Merge"/>.
/// </remarks>
public sealed class IndicatorCatalog
{
    private static readonly Lazy<IndicatorCatalog> BuiltIn = new(LoadBuiltIn);
    private readonly FrozenDictionary<string, Indicator> _byCode;
    private readonly FrozenDictionary<string, Indicator> _byHeader;

    /// <summary>Creates a catalogue; a later indicator with the same code replaces an earlier one.</summary>
    /// <param name="version">The catalogue's version label, printed in reports as the method version.</param>
    /// <param name="indicators">The indicators.</param>
    /// <exception cref="ArgumentException">When a formula or survey field names an indicator that is not in the catalogue, or two indicators claim the same alias.</exception>
    public IndicatorCatalog(string version, IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(indicators);
        Version = version;
        var byCode = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var indicator in indicators)
        {
            if (!byCode.ContainsKey(indicator.Code))
            {
                order.Add(indicator.Code);
            }

            byCode[indicator.Code] = indicator;
        }

        All = [.. order.Select(c => byCode[c])];
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _byHeader = BuildHeaderIndex(All);
        CheckReferences();
    }

    /// <summary>The built-in catalogue.</summary>
    public static IndicatorCatalog Default => BuiltIn.Value;

    /// <summary>The catalogue version (the method version of every result computed with it).</summary>
    public string Version { get; }

    /// <summary>All indicators in catalogue order.</summary>
    public IReadOnlyList<Indicator> All { get; }

    /// <summary>Looks up an indicator by its exact code as written in data (an observation's indicator).</summary>
    public bool TryGet(string code, out Indicator indicator) => _byCode.TryGetValue(code, out indicator!);

    /// <summary>Looks up an indicator by its code.</summary>
    public bool TryGet(IndicatorCode code, out Indicator indicator) => _byCode.TryGetValue(code.Value, out indicator!);

    /// <summary>Returns the indicator with <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such code.</exception>
    public Indicator Get(IndicatorCode code) => Get(code.Value);

    /// <summary>Returns the indicator with the exact code <paramref name="code"/> as written in data (an observation's indicator).</summary>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such code.</exception>
    public Indicator Get(string code) =>
        _byCode.TryGetValue(code, out var indicator)
            ? indicator
            : throw new KeyNotFoundException($"The catalogue has no indicator '{code}'. Known codes: {string.Join(", ", _byCode.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>
    /// Finds the indicator a column header means, by code or alias, ignoring case, spaces, punctuation and diacritics
    /// (see <see cref="HeaderName.Normalize"/>); <see langword="null"/> when none.
    /// </summary>
    public Indicator? FindByHeader(string header) => _byHeader.GetValueOrDefault(HeaderName.Normalize(header));

    /// <summary>A catalogue with this one's indicators, replaced or extended by <paramref name="other"/>'s; the version becomes <c>this+other</c>.</summary>
    public IndicatorCatalog Merge(IndicatorCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IndicatorCatalog($"{Version}+{other.Version}", All.Concat(other.All));
    }

    /// <summary>
    /// Reads a catalogue from JSON (the format of the built-in <c>indicators.json</c>). A formula or survey field may
    /// name a built-in indicator the file does not define (such as <c>inhabitants</c>): it is taken from
    /// <see cref="Default"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">When the JSON is malformed or breaks a catalogue rule; the message says where.</exception>
    public static IndicatorCatalog Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CatalogJson.Read(json, Default);
    }

    /// <summary>The indicators derived from <paramref name="code"/> through their formula.</summary>
    public IEnumerable<Indicator> DependentsOf(string code) =>
        All.Where(i => i.Formula is not null && i.Formula.Inputs.Contains(code, StringComparer.Ordinal));

    private static IndicatorCatalog LoadBuiltIn()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream("Benchmark.Catalog.indicators.json")
            ?? throw new InvalidOperationException("The built-in catalogue resource is missing from Benchmark.Core.");
        return CatalogJson.Read(stream, builtIn: null);
    }

    private static FrozenDictionary<string, Indicator> BuildHeaderIndex(IReadOnlyList<Indicator> indicators)
    {
        var index = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            foreach (var name in indicator.Aliases.Prepend(indicator.Code))
            {
                var key = HeaderName.Normalize(name);
                if (index.TryGetValue(key, out var other) && other.Code != indicator.Code)
                {
                    throw ExplainedException.With(
                        new ArgumentException($"The header name '{name}' is claimed by both '{other.Code}' and '{indicator.Code}'.", nameof(indicators)),
                        LocalizedText.Format(
                            "de kolomnaam '{0}' hoort bij zowel '{1}' als '{2}'; geef hem aan één indicator.",
                            "the header name '{0}' is claimed by both '{1}' and '{2}'; give it to one indicator.",
                            name,
                            other.Code,
                            indicator.Code));
                }

                index[key] = indicator;
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private void CheckReferences()
    {
        foreach (var indicator in All)
        {
            var refs = (indicator.Formula?.Inputs ?? []).Concat(
                indicator.Survey is { } s ? new[] { s.Respondents, s.StandardDeviation, s.Population }.OfType<string>() : []);
            foreach (var code in refs)
            {
                if (!_byCode.ContainsKey(code))
                {
                    throw ExplainedException.With(
                        new ArgumentException($"Indicator '{indicator.Code}' refers to '{code}', which is not in the catalogue.", "indicators"),
                        LocalizedText.Format(
                            "indicator '{0}' verwijst naar '{1}', dat niet in de catalogus staat.",
                            "indicator '{0}' refers to '{1}', which is not in the catalogue.",
                            indicator.Code,
                            code));
                }
            }
        }
    }
}
