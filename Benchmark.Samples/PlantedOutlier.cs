namespace Benchmark.Samples;

/// <summary>A deliberately extreme but valid value in the clean samples, for the robust outlier rule to find.</summary>
/// <param name="Code">The municipality code number (e.g. 1676 for GM1676).</param>
/// <param name="Indicator">The catalogue code of the figure the value is planted in.</param>
/// <param name="Year">The only year it is planted in, or <see langword="null"/> for every year.</param>
/// <param name="Value">The planted level (a percentage or a mark).</param>
internal sealed record PlantedOutlier(int Code, string Indicator, int? Year, double Value)
{
    /// <summary>The planted outliers of the committed samples (see <c>samples/README.md</c>).</summary>
    public static IReadOnlyList<PlantedOutlier> All { get; } =
    [
        new(1676, "overhead_pct", null, 19.0),
        new(119, "external_hire_pct", null, 32.0),
        new(882, "sickness_absence_pct", 2023, 11.2),
        new(342, "employee_satisfaction", 2022, 5.4),
    ];

    /// <summary>The planted value for a municipality, figure and year, if any.</summary>
    public static double? Find(int code, string indicator, int year)
    {
        foreach (var p in All)
        {
            if (p.Code == code && p.Indicator == indicator && (p.Year is null || p.Year == year))
            {
                return p.Value;
            }
        }

        return null;
    }
}
