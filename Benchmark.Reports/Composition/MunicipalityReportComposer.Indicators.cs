using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <content>The indicator sections.</content>
public static partial class MunicipalityReportComposer
{
    private static IndicatorSection Section(ReportContext c, IndicatorPosition p)
    {
        var w = c.Language;
        var num = c.Numbers;
        var indicator = p.Indicator;
        var unit = indicator.Unit;
        var s = p.Group.Values;
        var subheading = num.UnitLabel(unit) + " · " + Tones.DirectionWords(indicator.Direction, w);
        var facts = new List<Fact>
        {
            new(w.Format("Waarde {0}", "Value {0}", p.Year), num.Value(p.Value, unit)),
            new(w.Pick("Mediaan", "Median"), s is null ? "–" : num.Value(s.Median, unit)),
            new("Q1–Q3", s is null ? "–" : num.Value(s.Q1, unit) + " – " + num.Value(s.Q3, unit)),
            new(w.Pick("Rang", "Rank"), p.Rank > 0 ? $"{p.Rank}/{p.RankedCount}" : "–"),
        };
        if (p.Survey is { } survey && double.IsFinite(survey.MarginOfError))
        {
            facts.Add(new(w.Pick("95%-interval", "95% interval"), num.Value(survey.Lower, unit) + " – " + num.Value(survey.Upper, unit)));
        }

        string? notice = null;
        if (p.Has(PositionFlags.BelowPublicationThreshold))
        {
            notice = p.Survey is { } unpublished
                ? w.Format(
                    "Niet gepubliceerd (n = {0}): de score berust op minder dan {1} respondenten. Alleen u ziet hem; hij telt niet mee in de rangorde, de groepscijfers of andermans rapport.",
                    "Not published (n = {0}): the score rests on fewer than {1} respondents. Only you see it; it is left out of the ranking, the group figures and anyone else's report.",
                    unpublished.Respondents,
                    c.Engine.Options.SurveyPublicationThreshold)
                : w.Pick(
                    "Niet gepubliceerd: het aantal respondenten is niet aangeleverd, dus niet vast te stellen of de score publiceerbaar is. Alleen u ziet hem.",
                    "Not published: the number of respondents was not delivered, so it cannot be told whether the score is publishable. Only you see it.");
        }
        else if (p.Group.SuppressionReason is { } reason)
        {
            notice = w.Pick(reason);
        }
        else if (p.Has(PositionFlags.SeriesBreak))
        {
            notice = w.Format("Trendbreuk: de definitie is vanaf {0} gewijzigd. {1}", "Series break: the definition changed from {0} on. {1}", p.Year, w.Pick(indicator.DefinitionFor(p.Year)?.Description ?? Text.LocalizedText.Empty)).Trim();
        }

        return new IndicatorSection(
            indicator.Code,
            w.Pick(indicator.Name),
            subheading,
            Narrative.For(p, c.FocusName, num, CostNoun(c, indicator)),
            facts,
            s is null ? null : Ranking(c, p),
            c.Engine.Years.Count >= 2 ? Trend(c, p) : null,
            PartnerList(c, p),
            notice);
    }

    private static RankedBarChart Ranking(ReportContext c, IndicatorPosition p)
    {
        var w = c.Language;
        var table = c.Engine.Rank(p.Indicator.Code, c.Year, ComparisonGroup.From(c.Group), c.Focus);
        var bars = table.Entries
            .Where(e => e.Rank > 0)
            .Select(e => e.IsFocus && p.Survey is { } survey && double.IsFinite(survey.MarginOfError)
                ? new RankedBar(c.Mask.Name(e.Municipality), e.Value, true, survey.Lower, survey.Upper)
                : new RankedBar(c.Mask.Name(e.Municipality), e.Value, e.IsFocus))
            .ToList();
        var s = p.Group.Values!;
        var labels = p.Indicator.Direction == Direction.Neutral ? c.Labels with { Rank = w.Pick("plaats (1 = laagst)", "place (1 = lowest)") } : c.Labels;
        return new RankedBarChart(
            w.Format("Rangorde in de vergelijkingsgroep ({0} met een waarde)", "Ranking in the peer group ({0} with a value)", w.Counted(bars.Count, "gemeente", "gemeenten", "municipality", "municipalities")),
            c.Numbers.UnitLabel(p.Indicator.Unit),
            c.Numbers.Format(p.Indicator.Unit),
            bars,
            s.Median,
            s.Q1,
            s.Q3,
            labels);
    }

    private static TrendChart Trend(ReportContext c, IndicatorPosition p)
    {
        var w = c.Language;
        var trend = c.Engine.Trend(p.Indicator.Code, c.Options.Peers, c.Focus);
        var points = trend.Points.Select(t => t.Year == c.Year && p.Survey is { } survey && double.IsFinite(survey.MarginOfError)
                ? new TrendChartPoint(t.Year, t.Value, t.PeerMedian, t.PeerQ1, t.PeerQ3, t.SeriesBreak, survey.Lower, survey.Upper)
                : new TrendChartPoint(t.Year, t.Value, t.PeerMedian, t.PeerQ1, t.PeerQ3, t.SeriesBreak))
            .ToList();
        var first = points.Count > 0 ? points[0].Year : c.Year;
        var last = points.Count > 0 ? points[^1].Year : c.Year;
        return new TrendChart(
            w.Format("Ontwikkeling {0}–{1}", "Trend {0}–{1}", first, last),
            c.Numbers.UnitLabel(p.Indicator.Unit),
            c.Numbers.Format(p.Indicator.Unit),
            c.FocusName,
            points,
            c.Labels with { Median = w.Pick("mediaan groep", "group median") });
    }

    private static PartnerList PartnerList(ReportContext c, IndicatorPosition p)
    {
        var w = c.Language;
        var unit = p.Indicator.Unit;
        var partners = c.Partners[p.Indicator.Code].ToList();
        var rows = partners
            .Select(x => (IReadOnlyList<string>)
            [
                c.Mask.Name(x.Municipality),
                c.Numbers.Value(x.Value, unit),
                x.Rank.ToString(w.Culture),
                double.IsFinite(x.Distance) ? x.Distance.ToString("N2", w.Culture) : "–",
            ])
            .ToList();
        var table = new TextTable([w.Pick("Gemeente", "Municipality"), w.Pick("Waarde", "Value"), w.Pick("Rang", "Rank"), w.Pick("Afstand", "Distance")], rows, [1, 2, 3]);
        var empty = p.Indicator.Direction == Direction.Neutral
            ? w.Pick("Geen leerpartners: bij een neutrale indicator is geen waarde ‘beter’.", "No learning partners: a neutral indicator has no ‘better’ value.")
            : p.Has(PositionFlags.BelowPublicationThreshold)
                ? w.Pick("Geen leerpartners: de eigen score is niet gepubliceerd (te weinig respondenten).", "No learning partners: the own score is not published (too few respondents).")
                : p.Group.IsSuppressed
                    ? w.Pick("Geen leerpartners: de groep is te klein voor een vergelijking.", "No learning partners: the group is too small to compare.")
                    : p.Quartile == 1
                        ? w.Format("{0} hoort bij de besten en geen gemeente in de groep doet aantoonbaar beter.", "{0} is among the best and no municipality in the group does measurably better.", c.FocusName)
                        : w.Pick("Geen gemeente in de vergelijkingsgroep doet aantoonbaar beter (strikt beter, in het beste kwartiel, bij enquêtes significant).", "No municipality in the peer group does measurably better (strictly better, in the best quartile, for surveys significantly).");
        var heading = partners.Count > 0 && partners.All(x => x.Role == PartnerRole.LearnsFromYou)
            ? w.Pick(
                "U hoort bij de besten; deze vergelijkbare gemeenten kunnen van u leren (laagste kwartiel, structureel dichtbij, afstand 0–1)",
                "You are among the best; these comparable municipalities can learn from you (worst quartile, structurally close, distance 0–1)")
            : w.Pick(
                "Leerpartners: aantoonbaar beter, in het beste kwartiel, structureel dichtbij (afstand 0–1)",
                "Learning partners: measurably better, in the best quartile, structurally close (distance 0–1)");
        return new PartnerList(heading, table, empty);
    }

    /// <summary>For a ratio of euros: the euros it is about, e.g. "overheadkosten"; otherwise <see langword="null"/>.</summary>
    private static string? CostNoun(ReportContext c, Indicator indicator)
    {
        if (indicator.Formula is not { } formula)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var code in formula.Numerator)
        {
            if (!c.Engine.Catalog.TryGet(code, out var part) || part.Unit != Unit.Euro)
            {
                return null;
            }

            names.Add(LowerFirst(c.Language.Pick(part.Name)));
        }

        return string.Join(c.Language.Pick(" en ", " and "), names);
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
