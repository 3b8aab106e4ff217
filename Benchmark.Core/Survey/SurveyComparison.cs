using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark.Survey;

/// <summary>
/// Compares a municipality's themes and items with its peer group: the peer median of the peers' means (at least
/// <see cref="PeerGroup.DefaultMinimumSize"/> peers with an unsuppressed cell) and the one-sample t-test of the engine's
/// survey method (<see cref="SurveyEstimate.DifferenceTo"/>: significant when the median lies outside the municipality's
/// interval). Suppressed cells (fewer than 10 respondents) never get a result.
/// </summary>
public static class SurveyComparison
{
    /// <summary>The theme rows, then the item rows, in questionnaire order.</summary>
    /// <param name="cells">Aggregates of the year (every municipality with respondent data).</param>
    /// <param name="focus">The municipality.</param>
    /// <param name="year">The survey year.</param>
    /// <param name="survey">MTO or KTV.</param>
    /// <param name="peers">The peer group's members (the focus may be one of them; it counts like the others).</param>
    /// <param name="catalog">The item catalogue.</param>
    public static IReadOnlyList<SurveyComparisonRow> Compare(
        IReadOnlyList<SurveyCell> cells, MunicipalityCode focus, int year, SurveyKind survey, IReadOnlyCollection<MunicipalityCode> peers, SurveyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(peers);
        ArgumentNullException.ThrowIfNull(catalog);
        var members = peers.ToHashSet();
        var ofYear = cells.Where(c => c.Year == year && c.Survey == survey).ToList();
        var rows = new List<SurveyComparisonRow>();
        foreach (var theme in catalog.Themes.Where(t => t.Survey == survey))
        {
            rows.AddRange(Row(ofYear, focus, members, SurveyLevel.Theme, theme.Code, theme.Name));
        }

        foreach (var item in catalog.Items.Where(i => i.Survey == survey))
        {
            rows.AddRange(Row(ofYear, focus, members, SurveyLevel.Item, item.Code, item.Text));
        }

        return rows;
    }

    /// <summary>
    /// The items furthest above and below the peer median (compared items only, overall mark left out): up to
    /// <paramref name="count"/> strongest (largest difference first) and weakest (most negative first).
    /// </summary>
    public static (IReadOnlyList<SurveyComparisonRow> Strongest, IReadOnlyList<SurveyComparisonRow> Weakest) Extremes(
        IReadOnlyList<SurveyComparisonRow> rows, SurveyCatalog catalog, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = rows
            .Where(r => r.Level == SurveyLevel.Item && r.IsCompared && catalog.Find(r.Key) is { IsOverall: false })
            .OrderByDescending(r => r.Difference!.Difference).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var strongest = items.Where(r => r.Difference!.Difference > 0).Take(count).ToList();
        var weakest = items.AsEnumerable().Reverse().Where(r => r.Difference!.Difference < 0).Take(count).ToList();
        return (strongest, weakest);
    }

    private static IEnumerable<SurveyComparisonRow> Row(
        List<SurveyCell> cells, MunicipalityCode focus, HashSet<MunicipalityCode> members, SurveyLevel level, string key, Text.LocalizedText label)
    {
        var mine = cells.FirstOrDefault(c => c.Municipality == focus && c.Level == level && c.Key == key);
        if (mine is null)
        {
            yield break;
        }

        var peerMeans = cells
            .Where(c => c.Level == level && c.Key == key && members.Contains(c.Municipality) && !c.IsSuppressed && double.IsFinite(c.Mean))
            .Select(c => c.Mean)
            .Order()
            .ToArray();
        var median = peerMeans.Length >= PeerGroup.DefaultMinimumSize ? Moments.MedianOfSorted(peerMeans) : double.NaN;
        var difference = mine.Estimate is { } estimate && double.IsFinite(median) ? estimate.DifferenceTo(median) : null;
        yield return new SurveyComparisonRow(level, key, label, mine, median, peerMeans.Length, difference);
    }
}
