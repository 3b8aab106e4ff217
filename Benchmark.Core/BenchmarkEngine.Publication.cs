using Benchmark.Catalog;
using Benchmark.Municipalities;

namespace Benchmark;

/// <content>
/// What may be published about other municipalities: a survey score resting on fewer respondents than
/// <see cref="BenchmarkOptions.SurveyPublicationThreshold"/>, or on an unknown number, is not published — not ranked, not in any group statistic,
/// league table, chart or machine output; only the municipality itself sees it, marked as not published.
/// </content>
public sealed partial class BenchmarkEngine
{
    /// <summary>
    /// Whether <paramref name="municipality"/>'s score on survey indicator <paramref name="indicator"/> in
    /// <paramref name="year"/> is not published: its number of respondents is smaller than
    /// <see cref="BenchmarkOptions.SurveyPublicationThreshold"/> or unknown (then nobody can tell whether it may be
    /// published). Always <see langword="false"/> for other indicators.
    /// </summary>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    public bool IsUnpublished(IndicatorCode indicator, int year, MunicipalityCode municipality) =>
        Catalog.Get(indicator).Survey is { } survey && IsBelowThreshold(Data.ValueOrNaN(municipality, year, survey.Respondents));

    /// <summary>
    /// The members' values of <paramref name="indicator"/> in <paramref name="year"/> as they may be published: NaN when
    /// missing or when a survey score is below the publication threshold (<see cref="IsUnpublished"/>).
    /// </summary>
    internal double[] GroupValues(string indicator, int year, IReadOnlyList<MunicipalityCode> members)
    {
        var values = MemberValues(indicator, year, members);
        if (Catalog.TryGet(indicator, out var definition) && definition.Survey is { } survey)
        {
            var respondents = MemberValues(survey.Respondents, year, members);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = IsBelowThreshold(respondents[i]) ? double.NaN : values[i];
            }
        }

        return values;
    }

    private bool IsBelowThreshold(double respondents) => Publication.IsBelowThreshold(respondents, Options.SurveyPublicationThreshold);

    /// <summary>The published value of one municipality (see <see cref="GroupValues"/>).</summary>
    internal double PublishedValue(Indicator definition, int year, MunicipalityCode municipality) =>
        definition.Survey is { } survey && IsBelowThreshold(Data.ValueOrNaN(municipality, year, survey.Respondents))
            ? double.NaN
            : Data.ValueOrNaN(municipality, year, definition.Code);
}
