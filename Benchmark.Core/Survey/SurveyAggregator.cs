using Benchmark.Municipalities;
using Benchmark.Statistics;

namespace Benchmark.Survey;

/// <summary>
/// Aggregates respondent answers into <see cref="SurveyCell"/>s per municipality × year × survey: the survey (distinct
/// respondents, response rate), every theme, every item and every department. Means are arithmetic means of the scores
/// (reverse-coded items mirrored), SDs sample SDs (n − 1); "no answer" is left out, never counted as a score.
/// </summary>
public static class SurveyAggregator
{
    /// <summary>Aggregates <paramref name="answers"/> (already validated: one answer per respondent and item, on scale).</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="catalog">The item catalogue.</param>
    /// <param name="headcount">The staff headcount of a municipality in a year, or <see langword="null"/> when unknown.</param>
    /// <returns>The cells ordered by municipality, year, survey, level and key; suppressed cells have n only.</returns>
    public static IReadOnlyList<SurveyCell> Aggregate(IEnumerable<SurveyAnswer> answers, SurveyCatalog catalog, Func<MunicipalityCode, int, int?> headcount)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(headcount);
        var cells = new List<SurveyCell>();
        foreach (var group in answers.GroupBy(a => (a.Municipality, a.Year, a.Survey)).OrderBy(g => g.Key.Municipality).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Survey))
        {
            var (municipality, year, survey) = group.Key;
            var population = headcount(municipality, year);
            SurveyCell Cell(SurveyLevel level, string key, List<double> scores, int? respondents = null) =>
                Make(municipality, year, survey, level, key, scores, respondents, population);

            var scored = group.Where(a => !a.IsMissing && catalog.Find(a.Item) is not null)
                .Select(a => (Answer: a, Item: catalog.Find(a.Item)!, Score: catalog.Find(a.Item)!.Score(a.Answer)))
                .ToList();
            cells.Add(Cell(SurveyLevel.Survey, string.Empty, [], group.Select(a => a.Respondent).Distinct(StringComparer.Ordinal).Count()));
            foreach (var theme in catalog.Themes.Where(t => t.Survey == survey))
            {
                var perRespondent = scored.Where(s => s.Item.Theme == theme.Code)
                    .GroupBy(s => s.Answer.Respondent, StringComparer.Ordinal)
                    .Select(r => r.Average(s => s.Score))
                    .ToList();
                cells.Add(Cell(SurveyLevel.Theme, theme.Code, perRespondent));
            }

            foreach (var item in catalog.Items.Where(i => i.Survey == survey))
            {
                cells.Add(Cell(SurveyLevel.Item, item.Code, [.. scored.Where(s => s.Item == item).Select(s => s.Score)]));
            }

            if (catalog.Overall(survey) is { } overall)
            {
                foreach (var department in scored.Where(s => s.Item == overall && s.Answer.Department is { Length: > 0 })
                    .GroupBy(s => s.Answer.Department!, StringComparer.Ordinal).OrderBy(d => d.Key, StringComparer.Ordinal))
                {
                    cells.Add(Cell(SurveyLevel.Department, department.Key, [.. department.Select(s => s.Score)]));
                }
            }
        }

        return cells;
    }

    /// <summary>The staff headcount of the yearly data (<c>staff_headcount</c>) as a lookup for <see cref="Aggregate"/>.</summary>
    public static Func<MunicipalityCode, int, int?> HeadcountFrom(Data.Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return (municipality, year) => data.TryGetValue(municipality, year, "staff_headcount", out var value) && double.IsFinite(value) && value >= 1
            ? (int)Math.Round(value)
            : null;
    }

    private static SurveyCell Make(MunicipalityCode municipality, int year, SurveyKind survey, SurveyLevel level, string key, List<double> scores, int? respondents, int? population)
    {
        var n = respondents ?? scores.Count;
        if (n < SurveyCell.MinimumRespondents || scores.Count == 0)
        {
            return new SurveyCell(municipality, year, survey, level, key, n, double.NaN, double.NaN, population);
        }

        scores.Sort();
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scores);
        var mean = Moments.Mean(span);
        return new SurveyCell(municipality, year, survey, level, key, n, mean, Moments.SampleStandardDeviation(span, mean), population);
    }
}
