using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 5c: a survey mean (kind <see cref="Catalog.IndicatorKind.Survey"/>) with fewer respondents than
/// <see cref="ValidationOptions.SurveyPublicationThreshold"/>, or without an accepted respondent count, is a warning on
/// the mean (kept; statistics suppress it).
/// </summary>
internal sealed class SurveyCheck : IValidationStep
{
    private static readonly LocalizedText BelowHint = new(
        "Voeg de resultaten van meer jaren samen of verhoog de respons; de drempel is in te stellen (SurveyPublicationThreshold).",
        "Pool more years or raise the response; the threshold is an option (SurveyPublicationThreshold).");

    public void Run(ValidationState state)
    {
        var threshold = state.Options.SurveyPublicationThreshold;
        for (var column = 0; column < state.ColumnCount; column++)
        {
            if (state.Definitions[column] is not { Kind: Catalog.IndicatorKind.Survey, Survey: { } survey } indicator)
            {
                continue;
            }

            var respondents = state.Column(survey.Respondents);
            for (var row = 0; row < state.RowCount; row++)
            {
                var mean = state.Direct(row, column);
                if (mean < 0 || double.IsNaN(state.Raw.Values[mean]))
                {
                    continue;
                }

                var n = respondents < 0 ? double.NaN : state.DirectValue(row, respondents);
                var name = state.Name(column);
                if (double.IsNaN(n))
                {
                    var message = Say.Format(
                        "{0}: {1} is opgegeven zonder (geldig) aantal respondenten in {2}; zonder n is niet vast te stellen of het cijfer publiceerbaar is (drempel {3}).",
                        "{0}: {1} is given without a (valid) number of respondents in {2}; without n it cannot be told whether the score is publishable (threshold {3}).",
                        state.Describe(row), name, survey.Respondents, threshold);
                    var hint = Say.Format(
                        "Lever het aantal respondenten aan in kolom {0} (en de standaardafwijking in {1}).",
                        "Deliver the number of respondents in column {0} (and the standard deviation in {1}).",
                        survey.Respondents, survey.StandardDeviation);
                    state.Report(mean, Severity.Warning, Rules.SurveyBelowThreshold, message, hint);
                }
                else if (n < threshold)
                {
                    var message = Say.Format(
                        "{0}: {1} berust op {2} respondenten, minder dan de publicatiedrempel van {3}. Het cijfer is behouden maar wordt niet gepubliceerd.",
                        "{0}: {1} rests on {2} respondents, fewer than the publication threshold of {3}. The score was kept but will not be published.",
                        state.Describe(row), name, Say.Num(n), threshold);
                    state.Report(mean, Severity.Warning, Rules.SurveyBelowThreshold, message, BelowHint);
                }
            }
        }
    }
}
