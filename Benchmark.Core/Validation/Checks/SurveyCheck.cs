using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 5c: a survey mean (kind <see cref="Catalog.IndicatorKind.Survey"/>) with fewer respondents than
/// <see cref="BenchmarkOptions.SurveyPublicationThreshold"/>, or without an accepted respondent count, is a warning on
/// the mean (kept; not published: statistics, ranks and charts leave it out). The advice follows the response rate: with
/// (nearly) every member of staff responding, more response cannot help.
/// </summary>
internal sealed class SurveyCheck : IValidationStep
{
    /// <summary>From this response rate (respondents / staff headcount) raising the response cannot reach the threshold.</summary>
    private const double HighResponseRate = 0.8;

    public void Run(ValidationState state)
    {
        var threshold = state.Options.Comparison.SurveyPublicationThreshold;
        for (var column = 0; column < state.ColumnCount; column++)
        {
            if (state.Definitions[column] is not { Kind: Catalog.IndicatorKind.Survey, Survey: { } survey } indicator)
            {
                continue;
            }

            var respondents = state.Column(survey.Respondents);
            var population = survey.Population is { } p ? state.Column(p) : -1;
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
                    var message = LocalizedText.Format(
                        "{0}: {1} is opgegeven zonder (geldig) aantal respondenten in {2}; zonder n is niet vast te stellen of het cijfer publiceerbaar is (drempel {3}).",
                        "{0}: {1} is given without a (valid) number of respondents in {2}; without n it cannot be told whether the score is publishable (threshold {3}).",
                        state.Describe(row), name, survey.Respondents, threshold);
                    message = LocalizedText.Format("{0} Het cijfer wordt niet gepubliceerd.", "{0} The score will not be published.", message);
                    var hint = LocalizedText.Format(
                        "Lever het aantal respondenten aan in kolom {0} (en de standaardafwijking in {1}).",
                        "Deliver the number of respondents in column {0} (and the standard deviation in {1}).",
                        survey.Respondents, survey.StandardDeviation);
                    state.Report(mean, Severity.Warning, Rules.SurveyBelowThreshold, message, hint);
                }
                else if (n < threshold)
                {
                    var message = LocalizedText.Format(
                        "{0}: {1} berust op {2} respondenten, minder dan de publicatiedrempel van {3}. Het cijfer is behouden maar wordt niet gepubliceerd.",
                        "{0}: {1} rests on {2} respondents, fewer than the publication threshold of {3}. The score was kept but will not be published.",
                        state.Describe(row), name, FindingText.Num(n), threshold);
                    var headcount = population < 0 ? double.NaN : state.DirectValue(row, population);
                    state.Report(mean, Severity.Warning, Rules.SurveyBelowThreshold, message, Advice(n, headcount, threshold));
                }
            }
        }
    }

    /// <summary>What to do about too few respondents, by the response rate when the headcount is known.</summary>
    private static LocalizedText Advice(double n, double headcount, int threshold)
    {
        if (!double.IsFinite(headcount) || headcount <= 0)
        {
            return LocalizedText.Format(
                "Voeg de resultaten van meer jaren samen of verhoog de respons; lever ook het aantal medewerkers aan, dan is de respons als percentage te beoordelen. De drempel ({0}) is in te stellen (SurveyPublicationThreshold).",
                "Pool more years or raise the response; deliver the staff headcount too, so that the response rate can be judged. The threshold ({0}) is an option (SurveyPublicationThreshold).",
                threshold);
        }

        var rate = Math.Min(1, n / headcount);
        return headcount < threshold || rate >= HighResponseRate
            ? LocalizedText.Format(
                "De respons is al {0:P0} ({1} van {2} medewerkers): meer respons helpt niet{3}. Voeg de resultaten van meer jaren samen of bespreek het cijfer alleen intern.",
                "The response is already {0:P0} ({1} of {2} staff): more response cannot help{3}. Pool several years or discuss the score internally only.",
                rate,
                FindingText.Num(n),
                FindingText.Num(headcount),
                headcount < threshold ? LocalizedText.Format(", want de organisatie telt minder dan {0} medewerkers", ", as the organisation has fewer than {0} staff", threshold) : LocalizedText.Empty)
            : LocalizedText.Format(
                "De respons is {0:P0} ({1} van {2} medewerkers); met {3} respondenten wordt het cijfer publiceerbaar. Verhoog de respons of voeg meer jaren samen.",
                "The response is {0:P0} ({1} of {2} staff); with {3} respondents the score becomes publishable. Raise the response or pool several years.",
                rate,
                FindingText.Num(n),
                FindingText.Num(headcount),
                threshold);
    }
}
