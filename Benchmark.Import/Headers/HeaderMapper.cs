using Benchmark.Catalog;

namespace Benchmark.Import.Headers;

/// <summary>
/// Gives every header its role: a key column (<see cref="KeyColumns"/>), a figure of the catalogue
/// (<see cref="IndicatorCatalog.FindByHeader"/>), unknown or empty. A second column with a role or figure already
/// taken becomes a <see cref="ColumnRole.Duplicate"/>; the first keeps it.
/// </summary>
internal static class HeaderMapper
{
    public static HeaderMap Map(IReadOnlyList<string> headers, IndicatorCatalog catalog)
    {
        var columns = new List<HeaderColumn>(headers.Count);
        var takenRoles = new Dictionary<ColumnRole, int>();
        var takenFigures = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header))
            {
                columns.Add(new HeaderColumn(i, header, ColumnRole.Empty));
            }
            else if (KeyColumns.Find(header) is { } role)
            {
                columns.Add(takenRoles.TryGetValue(role, out var first)
                    ? new HeaderColumn(i, header, ColumnRole.Duplicate, DuplicateOf: first, DuplicateRole: role)
                    : new HeaderColumn(i, header, role));
                takenRoles.TryAdd(role, i);
            }
            else if (catalog.FindByHeader(header) is { } indicator)
            {
                columns.Add(takenFigures.TryGetValue(indicator.Code, out var first)
                    ? new HeaderColumn(i, header, ColumnRole.Duplicate, indicator, first, ColumnRole.Figure)
                    : new HeaderColumn(i, header, ColumnRole.Figure, indicator));
                takenFigures.TryAdd(indicator.Code, i);
            }
            else
            {
                columns.Add(new HeaderColumn(i, header, ColumnRole.Unknown));
            }
        }

        return new HeaderMap(columns);
    }
}
