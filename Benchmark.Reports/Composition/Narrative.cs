using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The generated text of an indicator: the position in plain, neutral language with the numbers ("Met 11,2% zit Zwolle
/// 1,3 procentpunt boven de mediaan (9,9%) van de vergelijkingsgroep; …"). Neutral indicators get position words only.
/// </summary>
internal static class Narrative
{
    /// <summary>The paragraphs for <paramref name="p"/>; <paramref name="costNoun"/> names the euros of a euro ratio ("overheadkosten").</summary>
    public static IReadOnlyList<string> For(IndicatorPosition p, string name, NumberText num, string? costNoun)
    {
        var w = num.Language;
        var unit = p.Indicator.Unit;
        var stats = p.Group.Values;
        if (p.Has(PositionFlags.Missing))
        {
            return [w.Format("Voor {0} is er van {1} geen waarde voor deze indicator.", "There is no value for {1} on this indicator in {0}.", p.Year, name)];
        }

        var value = num.Value(p.Value, unit);
        if (p.Has(PositionFlags.BelowPublicationThreshold))
        {
            return
            [
                p.Survey is { } few
                    ? w.Format("De score van {0} is {1}, op {2} respondenten: te weinig om te publiceren. Hij is daarom niet met de groep vergeleken en alleen voor u zichtbaar.", "The score for {0} is {1}, on {2} respondents: too few to publish. It is therefore not compared with the group and visible to you only.", name, value, few.Respondents)
                    : w.Format("De score van {0} is {1}, zonder aantal respondenten: niet te publiceren. Hij is daarom niet met de groep vergeleken en alleen voor u zichtbaar.", "The score for {0} is {1}, without a number of respondents: not publishable. It is therefore not compared with the group and visible to you only.", name, value),
            ];
        }

        if (stats is null)
        {
            return
            [
                w.Format("De waarde van {0} is {1}. ", "The value for {0} is {1}. ", name, value) + w.Pick(p.Group.SuppressionReason ?? Text.LocalizedText.Empty),
            ];
        }

        var paragraphs = new List<string> { Position(p, name, num, costNoun, value) + " " + Rank(p, name, num) };
        var more = new List<string>();
        if (Gap(p, num) is { } gap)
        {
            more.Add(gap);
        }

        if (p.Has(PositionFlags.SeriesBreak))
        {
            more.Add(w.Format("De definitie is in {0} gewijzigd (trendbreuk): vergelijk de waarde niet met eerdere jaren.", "The definition changed in {0} (series break): do not compare the value with earlier years.", p.Year));
        }
        else if (double.IsFinite(p.YearOnYearChange))
        {
            more.Add(Change(p, num));
        }

        if (p.Survey is { } survey)
        {
            more.Add(Survey(p, survey, num));
        }

        if (p.Has(PositionFlags.Outlier))
        {
            more.Add(w.Format(
                "De waarde wijkt sterk af van de groep (robuuste z = {0:N1}); ga na of de aanlevering klopt voordat u conclusies trekt.",
                "The value is far from the group (robust z = {0:N1}); check the delivered figures before drawing conclusions.",
                p.RobustZ));
        }

        if (more.Count > 0)
        {
            paragraphs.Add(string.Join(" ", more));
        }

        return paragraphs;
    }

    private static string Position(IndicatorPosition p, string name, NumberText num, string? costNoun, string value)
    {
        var w = num.Language;
        var unit = p.Indicator.Unit;
        var median = num.Value(p.Group.Values!.Median, unit);
        var decimals = NumberText.Decimals(unit);
        var difference = Math.Round(p.DifferenceToMedian, decimals);
        if (difference == 0)
        {
            return w.Format("Met {0} zit {1} op de mediaan van de vergelijkingsgroep.", "At {0}, {1} is at the peer-group median.", value, name);
        }

        var above = difference > 0;
        var size = num.Difference(p.DifferenceToMedian, unit);
        var sentence = w.Format(
            "Met {0} zit {1} {2} {3} de mediaan ({4}) van de vergelijkingsgroep",
            "At {0}, {1} is {2} {3} the peer-group median ({4})",
            value,
            name,
            size,
            above ? w.Pick("boven", "above") : w.Pick("onder", "below"),
            median);
        var euros = Math.Abs(p.DifferenceToMedianEuros);
        if (costNoun is not null && double.IsFinite(euros) && euros >= 500 && p.Indicator.Direction == Direction.LowerIsBetter)
        {
            sentence += above
                ? w.Format("; op de mediaan zou dat {0} lagere {1} betekenen", "; at the median that would mean {0} less in {1}", num.Money(euros), costNoun)
                : w.Format("; op de mediaan zou dat {0} hogere {1} betekenen", "; at the median that would mean {0} more in {1}", num.Money(euros), costNoun);
        }

        return sentence + ".";
    }

    private static string Rank(IndicatorPosition p, string name, NumberText num)
    {
        var w = num.Language;
        if (p.Rank <= 0)
        {
            return string.Empty;
        }

        var quartile = Tones.Quartile(p.Indicator.Direction, p.Quartile, w);
        return p.Indicator.Direction == Direction.Neutral
            ? w.Format(
                "Van laag naar hoog is dat plaats {0} van {1}, in {2}; bij deze indicator is hoger of lager niet beter of slechter.",
                "From low to high that is place {0} of {1}, in {2}; for this indicator higher or lower is neither better nor worse.",
                p.Rank,
                p.RankedCount,
                quartile)
            : w.Format("Dat is rang {0} van {1}: {2} ligt in {3}.", "That is rank {0} of {1}: {2} is in {3}.", p.Rank, p.RankedCount, name, quartile);
    }

    private static string? Gap(IndicatorPosition p, NumberText num)
    {
        var w = num.Language;
        var stats = p.Group.Values!;
        if (p.Indicator.Direction == Direction.Neutral || !double.IsFinite(p.GapToBestQuartile) || p.GapToBestQuartile <= 0 || p.Quartile <= 1)
        {
            return null;
        }

        var lower = p.Indicator.Direction == Direction.LowerIsBetter;
        var boundary = num.Value(lower ? stats.Q1 : stats.Q3, p.Indicator.Unit);
        var gap = num.Difference(p.GapToBestQuartile, p.Indicator.Unit);
        var euros = double.IsFinite(p.GapToBestQuartileEuros) && p.GapToBestQuartileEuros >= 500
            ? w.Format(" (ongeveer {0})", " (about {0})", num.Money(p.GapToBestQuartileEuros))
            : string.Empty;
        return w.Format(
            "De grens van het beste kwartiel ligt op {0}; het verschil daarmee is {1}{2}.",
            "The best-quartile boundary is {0}; the difference to it is {1}{2}.",
            boundary,
            gap,
            euros);
    }

    private static string Change(IndicatorPosition p, NumberText num)
    {
        var w = num.Language;
        var unit = p.Indicator.Unit;
        var decimals = NumberText.Decimals(unit);
        var change = Math.Round(p.YearOnYearChange, decimals);
        var previous = num.Value(p.PreviousValue, unit);
        if (change == 0)
        {
            return w.Format("Ten opzichte van {0} is de waarde gelijk gebleven ({1}).", "Compared with {0} the value is unchanged ({1}).", p.Year - 1, previous);
        }

        return w.Format(
            "Ten opzichte van {0} is de waarde {1} met {2} (van {3}).",
            "Compared with {0} the value {1} by {2} (from {3}).",
            p.Year - 1,
            change > 0 ? w.Pick("gestegen", "rose") : w.Pick("gedaald", "fell"),
            num.Difference(p.YearOnYearChange, unit),
            previous);
    }

    private static string Survey(IndicatorPosition p, Statistics.SurveyEstimate survey, NumberText num)
    {
        var w = num.Language;
        var unit = p.Indicator.Unit;
        if (survey.IsSuppressed)
        {
            return w.Format(
                "De score rust op {0} respondenten, minder dan de publicatiedrempel van {1}: lees hem als indicatie.",
                "The score rests on {0} respondents, fewer than the publication threshold of {1}: read it as an indication.",
                survey.Respondents,
                survey.PublicationThreshold);
        }

        var interval = double.IsFinite(survey.MarginOfError)
            ? w.Format(
                "Het 95%-betrouwbaarheidsinterval loopt van {0} tot {1} ({2} respondenten). ",
                "The 95% confidence interval runs from {0} to {1} ({2} respondents). ",
                num.Distinct(survey.Lower, survey.Upper, unit).Lower,
                num.Distinct(survey.Lower, survey.Upper, unit).Upper,
                w.WholeNumber(survey.Respondents))
            : string.Empty;
        var significance = p.SurveyDifference is { } d
            ? d.IsSignificant
                ? w.Pick("Het verschil met de mediaan is statistisch significant (5%).", "The difference from the median is statistically significant (5%).")
                : w.Pick("Het verschil met de mediaan is niet statistisch significant (5%): de score is niet aantoonbaar anders dan die van de groep.", "The difference from the median is not statistically significant (5%): the score is not demonstrably different from the group's.")
            : string.Empty;
        return (interval + significance).Trim();
    }
}
