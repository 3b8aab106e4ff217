using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Survey;

/// <summary>
/// Derives the survey indicators of the catalogue (<c>employee_satisfaction</c>, <c>internal_customer_satisfaction</c>
/// with their <c>_n</c> and <c>_sd</c>) from respondent data: the mean, n and sample SD of the survey's overall-mark
/// item. For every municipality × year × survey with respondent data the typed-in values are replaced; the source of
/// each derived value names the respondent data and the item (its provenance). A suppressed overall item
/// (n &lt; <see cref="SurveyCell.MinimumRespondents"/>) gives a missing mean and SD with its n.
/// </summary>
public static class SurveyIndicators
{
    /// <summary>The column text of a derived value's source: <c>respondentdata M99</c>.</summary>
    public const string ProvenancePrefix = "respondentdata ";

    /// <summary>Returns <paramref name="data"/> with the survey indicators derived from <paramref name="cells"/>.</summary>
    /// <param name="data">The yearly data (typed-in survey values may be present).</param>
    /// <param name="cells">Aggregates from <see cref="SurveyAggregator.Aggregate"/> (or the store).</param>
    /// <param name="survey">The survey catalogue (which item is the overall mark).</param>
    /// <param name="indicators">The indicator catalogue (the names of <c>_n</c> and <c>_sd</c>).</param>
    /// <param name="source">The name of the respondent data to put in each value's source, e.g. the file name.</param>
    public static Dataset Derive(Dataset data, IEnumerable<SurveyCell> cells, SurveyCatalog survey, IndicatorCatalog indicators, string source)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(indicators);
        var derived = new List<Observation>();
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells.Where(c => c.Level == SurveyLevel.Item))
        {
            if (survey.Overall(cell.Survey) is not { } overall || overall.Code != cell.Key
                || !indicators.TryGet(cell.Survey.Indicator(), out var indicator) || indicator.Survey is not { } fields)
            {
                continue;
            }

            var where = new SourceLocation(source, 0, ProvenancePrefix + overall.Code);
            derived.Add(new Observation(cell.Municipality, cell.Year, indicator.Code, cell.Mean, where));
            derived.Add(new Observation(cell.Municipality, cell.Year, fields.Respondents, cell.Respondents, where));
            derived.Add(new Observation(cell.Municipality, cell.Year, fields.StandardDeviation, cell.StandardDeviation, where));
        }

        var replaced = derived.Select(o => (o.Municipality, o.Year, o.Indicator)).ToHashSet();
        var builder = new DatasetBuilder();
        builder.AddRange(data.Observations.Where(o => !replaced.Contains((o.Municipality, o.Year, o.Indicator))));
        builder.AddRange(derived);
        return builder.Build();
    }

    /// <summary>Whether an observation was derived from respondent data (see <see cref="ProvenancePrefix"/>).</summary>
    public static bool IsDerived(Observation observation) =>
        observation.Source.Column?.StartsWith(ProvenancePrefix, StringComparison.Ordinal) == true;

    /// <summary>The municipalities with respondent data in <paramref name="year"/>.</summary>
    public static IReadOnlySet<MunicipalityCode> Covered(IEnumerable<SurveyCell> cells, int year) =>
        cells.Where(c => c.Year == year).Select(c => c.Municipality).ToHashSet();
}
