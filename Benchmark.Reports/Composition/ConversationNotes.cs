using Benchmark.Conversation;
using Benchmark.Reports.Model;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Puts an explanation beside the value it explains: in the indicator section's notice and in the summary's notes column;
/// an uncorrected <c>datafout</c> is flagged in both.
/// </summary>
internal static class ConversationNotes
{
    /// <summary>The report with explanations beside their values and the survey and conversation pages added.</summary>
    public static MunicipalityReport Extend(MunicipalityReport report, ReportContext c)
    {
        var w = c.Language;
        var explained = c.Options.Conversation.Explanations
            .Where(e => e.Municipality == c.Focus && e.Year == c.Year)
            .ToDictionary(e => e.Indicator, StringComparer.Ordinal);
        var sections = report.Indicators.Select(s => explained.TryGetValue(s.Code, out var e)
            ? s with { Notice = string.Join("\n", new[] { FreeTextMask.Apply(Beside(e, w), c.Engine, c.Mask, w), s.Notice }.OfType<string>()) }
            : s).Select(s => Provenance(c, s.Code) is { } source ? s with { Notice = string.Join("\n", new[] { s.Notice, source }.OfType<string>()) } : s).ToList();
        var rows = report.Summary.Rows.Select(r => explained.TryGetValue(r.Code, out var e)
            ? r with { Flags = string.Join(", ", new[] { r.Flags, e.FlagsDataError ? w.Pick("datafout!", "data error!") : w.Pick("duiding", "explained") }.Where(t => t.Length > 0)) }
            : r).ToList();
        return report with
        {
            Summary = explained.Count == 0 ? report.Summary : report.Summary with
            {
                Rows = rows,
                Legend =
                [
                    .. report.Summary.Legend,
                    w.Pick(
                        "Duiding: de gemeente heeft deze waarde toegelicht (zie de indicatorpagina en ‘Duiding en leeragenda’). Datafout!: volgens de gemeente onjuist en nog niet gecorrigeerd.",
                        "Explained: the municipality explained this value (see the indicator page and ‘Explanations and learning agenda’). Data error!: wrong according to the municipality and not yet corrected."),
                ],
            },
            Indicators = sections,
            Survey = SurveyPageComposer.Compose(c),
            Duiding = ConversationComposer.ForMunicipality(c),
        };
    }

    /// <summary>For a survey indicator derived from respondent data: where it came from.</summary>
    private static string? Provenance(ReportContext c, string indicator)
    {
        var derived = c.Engine.Data.Observations.FirstOrDefault(o => o.Municipality == c.Focus && o.Year == c.Year && o.Indicator == indicator && SurveyIndicators.IsDerived(o));
        return derived.Indicator is null ? null : c.Language.Format(
            "Afgeleid uit respondentdata ({0}: gemiddelde, n en standaardafwijking van {1}), niet ingetypt.",
            "Derived from respondent data ({0}: mean, n and standard deviation of {1}), not typed in.",
            derived.Source.File,
            derived.Source.Column![SurveyIndicators.ProvenancePrefix.Length..]);
    }

    private static string Beside(Explanation e, Language w) =>
        (e.FlagsDataError
            ? w.Pick("DATAFOUT gemeld — deze waarde is volgens de gemeente onjuist en nog niet gecorrigeerd. ", "DATA ERROR reported — the municipality says this value is wrong and not yet corrected. ")
            : string.Empty)
        + w.Format("Duiding ({0}): {1} — {2}, {3}.", "Explanation ({0}): {1} — {2}, {3}.", w.Pick(e.Category.Label()), e.Text.TrimEnd('.'), e.Author, w.Date(e.WrittenAt));
}
