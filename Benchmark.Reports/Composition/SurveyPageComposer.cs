using Benchmark.Reports.Model;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Composes the experience-survey page of a municipality report from the survey aggregates in
/// <see cref="ReportOptions.Conversation"/>: per survey the themes against the peer median with the 95 % interval and
/// its verdict, the strongest and weakest items and the departments with at least 10 respondents.
/// </summary>
internal static class SurveyPageComposer
{
    private const int Extremes = 3;

    /// <summary>The page, or <see langword="null"/> when the municipality has no respondent data in the report's year.</summary>
    public static SurveySection? Compose(ReportContext c)
    {
        var w = c.Language;
        var all = c.Options.Conversation.SurveyCells;
        var blocks = SurveyKinds.All
            .Where(s => all.Any(x => x.Municipality == c.Focus && x.Year == c.Year && x.Survey == s && x.Level == SurveyLevel.Survey))
            .Select(s => Block(c, s, all))
            .ToList();
        if (blocks.Count == 0)
        {
            return null;
        }

        return new SurveySection(
            w.Pick("Belevingsonderzoek", "Experience survey"),
            w.Format(
                "Hoe medewerkers (MTO) en interne klanten (KTV) van {0} de organisatie beoordelen, per thema vergeleken met de mediaan van {1}. Hoger is steeds beter: omgekeerd geformuleerde vragen (zoals ‘te veel werkdruk’) zijn gespiegeld.",
                "How employees (MTO) and internal customers (KTV) of {0} rate the organisation, per theme against the median of {1}. Higher is always better: reverse-worded questions (such as ‘too much work pressure’) are mirrored.",
                c.FocusName,
                w.Pick(c.Group.Name)),
            blocks,
            [
                w.Pick(
                    "Balk: 95%-betrouwbaarheidsinterval van het gemiddelde (t-verdeling, met eindige-populatiecorrectie tegen het aantal medewerkers); stip: gemiddelde; streep: mediaan van de vergelijkingsgroep. Significant (* bij items): de mediaan ligt buiten het interval (5%).",
                    "Bar: 95% confidence interval of the mean (t distribution, finite-population correction against the headcount); dot: mean; tick: peer median. Significant (* for items): the median lies outside the interval (5%)."),
                w.Format(
                    "Cellen met minder dan {0} respondenten geven geen uitkomst; afdelingen verschijnen pas vanaf {0} respondenten. De mediaan van de groep vraagt minstens 5 gemeenten met een uitkomst. Antwoorden van respondenten staan nergens in dit rapport; alleen geaggregeerde cijfers.",
                    "Cells with fewer than {0} respondents give no result; departments appear from {0} respondents. The peer median needs at least 5 municipalities with a result. No respondent's answers appear anywhere in this report; only aggregates.",
                    SurveyCell.MinimumRespondents),
            ]);
    }

    private static SurveyBlock Block(ReportContext c, SurveyKind survey, IReadOnlyList<SurveyCell> all)
    {
        var w = c.Language;
        var catalog = c.Options.Conversation.SurveyCatalog;
        var rows = SurveyComparison.Compare(all, c.Focus, c.Year, survey, c.Group.Members, catalog);
        var total = all.First(x => x.Municipality == c.Focus && x.Year == c.Year && x.Survey == survey && x.Level == SurveyLevel.Survey);
        var withData = all.Where(x => x.Year == c.Year && x.Survey == survey && x.Level == SurveyLevel.Survey && c.Group.Members.Contains(x.Municipality)).Count();
        var facts = w.Format("{0:N0} respondenten", "{0:N0} respondents", total.Respondents)
            + (total.Population is { } headcount ? w.Format(" van {0:N0} medewerkers (respons {1:P0})", " of {0:N0} staff (response {1:P0})", headcount, total.ResponseRate) : string.Empty)
            + w.Format(" · {0} van de {1} in de vergelijkingsgroep {2} respondentdata", " · {0} of the {1} in the peer group {2} respondent data", withData, w.Counted(c.Group.Count, "gemeente", "gemeenten", "municipality", "municipalities"), w.Pick(withData == 1 ? "heeft" : "hebben", withData == 1 ? "has" : "have"));
        var themes = rows.Where(r => r.Level == SurveyLevel.Theme).Select(r => Theme(c, r, catalog)).ToList();
        var visible = rows.Where(r => r.Difference is null || Math.Abs(r.Difference.Difference) >= 0.005).ToList();
        var (strongest, weakest) = SurveyComparison.Extremes(visible, catalog, Extremes);
        var departments = all.Where(x => x.Municipality == c.Focus && x.Year == c.Year && x.Survey == survey && x.Level == SurveyLevel.Department).ToList();
        var shown = departments.Where(d => !d.IsSuppressed).ToList();
        var departmentRows = shown.Select(d => (IReadOnlyList<string>)[d.Key, w.WholeNumber(d.Respondents), Number(c, d.Mean), d.Estimate is { } e ? Number(c, e.Lower) + " – " + Number(c, e.Upper) : "–"]).ToList();
        if (departments.Count > shown.Count)
        {
            departmentRows.Add([w.Format("{0} afdeling(en) met minder dan {1} respondenten", "{0} department(s) with fewer than {1} respondents", departments.Count - shown.Count, SurveyCell.MinimumRespondents), "< " + SurveyCell.MinimumRespondents, "–", "–"]);
        }

        var overall = catalog.Overall(survey);
        return new SurveyBlock(
            survey == SurveyKind.Mto ? w.Pick("Medewerkersonderzoek (MTO)", "Employee survey (MTO)") : w.Pick("Interne klanttevredenheid (KTV)", "Internal customer survey (KTV)"),
            facts,
            [w.Pick("Thema", "Theme"), "n", w.Pick("Gemiddelde", "Mean"), w.Pick("95%-interval", "95% interval"), w.Pick("Mediaan groep", "Peer median"), w.Pick("Oordeel", "Verdict"), w.Pick("Interval en mediaan", "Interval and median")],
            themes,
            ItemTable(c, catalog, strongest, w.Pick("Sterkste items (boven de mediaan)", "Strongest items (above the median)")),
            ItemTable(c, catalog, weakest, w.Pick("Zwakste items (onder de mediaan)", "Weakest items (below the median)")),
            new TextTable(
                [w.Format("Afdeling ({0})", "Department ({0})", overall is null ? string.Empty : w.Pick(overall.Text)), "n", w.Pick("Gemiddelde", "Mean"), w.Pick("95%-interval", "95% interval")],
                departmentRows,
                [1, 2, 3]));
    }

    private static SurveyIntervalRow Theme(ReportContext c, SurveyComparisonRow r, SurveyCatalog catalog)
    {
        var w = c.Language;
        var scale = catalog.Items.First(i => i.Survey == r.Focus.Survey && i.Theme == r.Key);
        var estimate = r.Focus.Estimate;
        var (verdict, tone) = r.Focus.IsSuppressed ? (w.Format("geen uitkomst (< {0})", "no result (< {0})", SurveyCell.MinimumRespondents), Tone.None)
            : !r.IsCompared ? (w.Pick("te weinig gemeenten", "too few municipalities"), Tone.None)
            : !r.Difference!.IsSignificant ? (w.Pick("geen significant verschil", "no significant difference"), Tone.None)
            : r.Difference.Difference > 0 ? (w.Pick("significant hoger", "significantly higher"), Tone.Good)
            : (w.Pick("significant lager", "significantly lower"), Tone.Weak);
        return new SurveyIntervalRow(
            w.Pick(r.Label),
            w.WholeNumber(r.Focus.Respondents),
            Number(c, r.Focus.Mean),
            estimate is null ? "–" : Number(c, estimate.Lower) + " – " + Number(c, estimate.Upper),
            Number(c, r.PeerMedian),
            verdict,
            tone,
            (scale.ScaleMin, scale.ScaleMax),
            (estimate?.Lower ?? double.NaN, r.Focus.Mean, estimate?.Upper ?? double.NaN, r.PeerMedian));
    }

    private static TextTable ItemTable(ReportContext c, SurveyCatalog catalog, IReadOnlyList<SurveyComparisonRow> rows, string heading)
    {
        var w = c.Language;
        string Label(SurveyComparisonRow r) =>
            w.Pick(r.Label) + (catalog.Find(r.Key) is { Reversed: true } ? w.Pick(" (omgekeerd gescoord: hoger = minder)", " (reverse-scored: higher = less)") : string.Empty);
        return new TextTable(
            [heading, w.Pick("Gemiddelde", "Mean"), w.Pick("Mediaan groep", "Peer median"), w.Pick("Verschil", "Difference")],
            [.. rows.Select(r => (IReadOnlyList<string>)[Label(r), Number(c, r.Focus.Mean), Number(c, r.PeerMedian), Signed(c, r.Difference!.Difference) + (r.Difference.IsSignificant ? " *" : string.Empty)])],
            [1, 2, 3]);
    }

    private static string Signed(ReportContext c, double value) =>
        (value > 0 ? "+" : value < 0 ? "−" : string.Empty) + Number(c, Math.Abs(value));

    private static string Number(ReportContext c, double value) => double.IsFinite(value) ? value.ToString("N2", c.Language.Culture) : "–";
}
