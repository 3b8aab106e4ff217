using System.Collections.Frozen;
using Benchmark.Catalog;

namespace Benchmark.Import.Headers;

/// <summary>
/// The header names of the key and descriptive columns, matched after <see cref="HeaderName.Normalize"/> (case, spaces,
/// punctuation and diacritics ignored). Figures are matched through the catalogue instead.
/// </summary>
internal static class KeyColumns
{
    /// <summary>The accepted names per role, as documented.</summary>
    public static IReadOnlyDictionary<ColumnRole, IReadOnlyList<string>> Aliases { get; } = new Dictionary<ColumnRole, IReadOnlyList<string>>
    {
        [ColumnRole.Code] = ["gemeentecode", "gm-code", "gmcode", "code", "cbs-code", "municipality code", "municipality_code", "gemeente code", "regiocode"],
        [ColumnRole.Name] = ["gemeentenaam", "naam", "gemeente", "name", "municipality", "municipality name"],
        [ColumnRole.Year] = ["jaar", "year", "peiljaar", "boekjaar"],
        [ColumnRole.Indicator] = ["indicator", "indicatorcode", "kenmerk", "variabele"],
        [ColumnRole.Value] = ["waarde", "value"],
        [ColumnRole.Province] = ["provincie", "province"],
        [ColumnRole.Unit] = ["eenheid", "unit"],
        [ColumnRole.Source] = ["bron", "source"],
        [ColumnRole.ValidFrom] = ["valid_from", "geldig_vanaf"],
        [ColumnRole.ValidTo] = ["valid_to", "geldig_tot"],
    };

    private static readonly FrozenDictionary<string, ColumnRole> ByName = Aliases
        .SelectMany(p => p.Value.Select(a => (Key: HeaderName.Normalize(a), Role: p.Key)))
        .DistinctBy(x => x.Key)
        .ToFrozenDictionary(x => x.Key, x => x.Role, StringComparer.Ordinal);

    /// <summary>The role <paramref name="header"/> names, or <see langword="null"/> when it is not a key column.</summary>
    public static ColumnRole? Find(string header) =>
        ByName.TryGetValue(HeaderName.Normalize(header), out var role) ? role : null;

    /// <summary>The accepted names of <paramref name="role"/>, for messages: <c>gemeentecode, gm-code, …</c>.</summary>
    public static string Names(ColumnRole role) => string.Join(", ", Aliases[role]);
}
