namespace Benchmark.Samples;

/// <summary>Decides which figure cells of a municipality-year are written as missing, and how.</summary>
/// <remarks>
/// Every cell draws from its own seeded stream a fixed number of times, so which cells go missing depends only on the
/// seed, the municipality, the year and the rate. A missing cell is written empty (70 %), as <c>-</c> (20 %) or as
/// <c>n.v.t.</c> (10 %). Structural figures and the cells of a municipality-year with a planted outlier stay filled.
/// </remarks>
internal static class MissingCells
{
    /// <summary>The internal customer survey is held less often: its three cells go missing this many times as often.</summary>
    private const double InternalSurveyFactor = 3;

    /// <summary>For each column of <see cref="WideColumn.All"/>: <see langword="null"/> when filled, else the text written.</summary>
    public static string?[] Markers(int code, int year, SampleOptions options)
    {
        var columns = WideColumn.All;
        var markers = new string?[columns.Count];
        var r = new SeededRandom(options.Seed, code, year, 3);
        var groupMarker = new Dictionary<int, string?>
        {
            [1] = Draw(r, options.MissingRate),
            [2] = Draw(r, options.MissingRate * InternalSurveyFactor),
        };

        var planted = options.PlantOutliers && PlantedOutlier.All.Any(p => p.Code == code && (p.Year is null || p.Year == year));
        for (var i = 0; i < columns.Count; i++)
        {
            var single = Draw(r, options.MissingRate);
            var column = columns[i];
            if (!column.IsStructural && !planted)
            {
                markers[i] = column.Group == 0 ? single : groupMarker[column.Group];
            }
        }

        return markers;
    }

    private static string? Draw(SeededRandom r, double rate)
    {
        var missing = r.Uniform() < rate;
        var kind = r.Uniform();
        return !missing ? null : kind < 0.7 ? string.Empty : kind < 0.9 ? "-" : "n.v.t.";
    }
}
