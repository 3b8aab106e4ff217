using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Statistics;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>Composes the circle report's survey page: per survey the theme means of every member, with the circle's median.</summary>
internal static class CircleSurveyComposer
{
    /// <summary>The page, or <see langword="null"/> when no member has respondent data in <paramref name="year"/>.</summary>
    public static CircleSurveySection? Compose(IReadOnlyList<MunicipalityCode> members, int year, ReportOptions options, Language w, NameMask mask)
    {
        var conversation = options.Conversation;
        var cells = conversation.SurveyCells.Where(c => c.Year == year && members.Contains(c.Municipality)).ToList();
        var surveys = SurveyKinds.All.Where(s => cells.Any(c => c.Survey == s)).ToList();
        if (surveys.Count == 0)
        {
            return null;
        }

        var withData = members.Where(m => cells.Any(c => c.Municipality == m)).ToList();
        var tables = surveys.Select(s => Table(s, cells, withData, conversation.SurveyCatalog, w, mask)).ToList();
        return new CircleSurveySection(
            w.Pick("Belevingsonderzoek", "Experience survey"),
            w.Format(
                "Gemiddelde per thema van elke gemeente met respondentdata in {0} (hoger is beter), naast de mediaan van de kring. Onder elke naam: het aantal respondenten.",
                "Mean per theme of every municipality with respondent data in {0} (higher is better), beside the circle's median. Under each name: the number of respondents.",
                year),
            [.. surveys.Select(s => s == SurveyKind.Mto ? w.Pick("Medewerkersonderzoek (MTO)", "Employee survey (MTO)") : w.Pick("Interne klanttevredenheid (KTV)", "Internal customer survey (KTV)"))],
            tables,
            [
                w.Format(
                    "– : minder dan {0} respondenten (geen uitkomst) of geen respondentdata. De mediaan vraagt minstens 5 gemeenten met een uitkomst. Alleen geaggregeerde cijfers; geen antwoorden van respondenten.",
                    "– : fewer than {0} respondents (no result) or no respondent data. The median needs at least 5 municipalities with a result. Aggregates only; no respondent's answers.",
                    SurveyCell.MinimumRespondents),
            ]);
    }

    private static TextTable Table(SurveyKind survey, List<SurveyCell> cells, List<MunicipalityCode> members, SurveyCatalog catalog, Language w, NameMask mask)
    {
        string Number(double v) => double.IsFinite(v) ? v.ToString("N2", w.Culture) : "–";
        var header = new List<string> { w.Pick("Thema", "Theme") };
        header.AddRange(members.Select(m => mask.Name(m) + " (n " + (cells.FirstOrDefault(c => c.Municipality == m && c.Survey == survey && c.Level == SurveyLevel.Survey)?.Respondents.ToString("N0", w.Culture) ?? "–") + ")"));
        header.Add(w.Pick("Mediaan", "Median"));
        var rows = catalog.Themes.Where(t => t.Survey == survey).Select(theme =>
        {
            var means = members.Select(m => cells.FirstOrDefault(c => c.Municipality == m && c.Survey == survey && c.Level == SurveyLevel.Theme && c.Key == theme.Code) is { IsSuppressed: false } cell ? cell.Mean : double.NaN).ToList();
            var present = means.Where(double.IsFinite).Order().ToArray();
            var median = present.Length >= PeerGroups.PeerGroup.DefaultMinimumSize ? Quantiles.FromSorted(present, 0.5) : double.NaN;
            var scale = catalog.Items.First(i => i.Survey == survey && i.Theme == theme.Code);
            return (IReadOnlyList<string>)[$"{w.Pick(theme.Name)} ({scale.ScaleMin}–{scale.ScaleMax})", .. means.Select(Number), Number(median)];
        }).ToList();
        return new TextTable(header, rows, [.. Enumerable.Range(1, members.Count + 1)]);
    }
}
