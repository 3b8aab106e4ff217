using Benchmark.Catalog;

namespace Benchmark.Import.Groups;

/// <summary>Header aliases of <see cref="GroupColumn"/>.</summary>
internal static class GroupColumns
{
    private static readonly Dictionary<string, GroupColumn> ByKey = Build(
        (GroupColumn.Group, ["groep", "group", "leerkring", "naam", "groepsnaam", "group name", "leerkringnaam", "kring", "vergelijkingsgroep", "learning circle"]),
        (GroupColumn.Code, ["gemeentecode", "code", "gm-code", "gm code", "gmcode", "cbs-code", "cbscode", "gemeente code", "municipality code", "municipality_code", "regiocode"]),
        (GroupColumn.Name, ["gemeentenaam", "gemeente", "naam gemeente", "municipality", "municipality name"]));

    public static GroupColumn Of(string header) => ByKey.GetValueOrDefault(HeaderName.Normalize(header), GroupColumn.Unknown);

    private static Dictionary<string, GroupColumn> Build(params (GroupColumn Column, string[] Aliases)[] columns)
    {
        var byKey = new Dictionary<string, GroupColumn>(StringComparer.Ordinal);
        foreach (var (column, aliases) in columns)
        {
            foreach (var alias in aliases)
            {
                byKey[HeaderName.Normalize(alias)] = column;
            }
        }

        return byKey;
    }
}
