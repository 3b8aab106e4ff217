namespace Benchmark.Import.Headers;

/// <summary>
/// Tells the layout from the header: an indicator or value column makes a long file; a province or validity column,
/// or a name without a year, with no figures other than inhabitants and area, makes a municipality reference;
/// anything else is wide.
/// </summary>
internal static class LayoutDetector
{
    /// <summary>The figures a municipality reference may carry.</summary>
    public static IReadOnlySet<string> ReferenceFigures { get; } = new HashSet<string>(StringComparer.Ordinal) { "inhabitants", "area_km2" };

    public static FileLayout Detect(HeaderMap map)
    {
        if (map.Has(ColumnRole.Indicator) || map.Has(ColumnRole.Value))
        {
            return FileLayout.Long;
        }

        var referenceColumns = map.Has(ColumnRole.Province) || map.Has(ColumnRole.ValidFrom) || map.Has(ColumnRole.ValidTo)
            || (map.Has(ColumnRole.Name) && !map.Has(ColumnRole.Year));
        var onlyReferenceFigures = map.Figures.All(f => ReferenceFigures.Contains(f.Indicator!.Code));
        return referenceColumns && onlyReferenceFigures ? FileLayout.Municipalities : FileLayout.Wide;
    }

    /// <summary>The label of <paramref name="layout"/> in <see cref="Benchmark.Validation.FileFormatInfo.Layout"/>.</summary>
    public static string Label(FileLayout layout) => layout switch
    {
        FileLayout.Long => "long",
        FileLayout.Municipalities => "municipalities",
        _ => "wide",
    };
}
