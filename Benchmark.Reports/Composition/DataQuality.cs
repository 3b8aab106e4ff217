using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The data-quality page of a director's report: per indicator, in plain words, what the validation flagged in the
/// municipality's own delivery for the report year and what it means for reading the figure. Rule ids, formulas and
/// column codes stay in the analyst's output (<c>benchmark validate</c>).
/// </summary>
/// <remarks>
/// A robust-z outlier among all municipalities that is no outlier within the report's peer group only restates a
/// structural difference (a G4 city among small towns): it is not a data problem here and is left out.
/// </remarks>
internal static class DataQuality
{
    public static AppendixBlock For(ReportContext c)
    {
        var w = c.Language;
        var title = w.Pick("Datakwaliteit", "Data quality");
        var catalog = c.Engine.Catalog;
        var positions = c.Comparison.Positions.ToDictionary(p => p.Indicator.Code.Value, StringComparer.Ordinal);
        var years = FocusLineYears(c.Engine.Data, c.Focus);
        var notes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var f in c.Options.Findings)
        {
            if (f.File is null || f.Line <= 0 || !years.TryGetValue((Path.GetFileName(f.File), f.Line), out var year) || year != c.Year
                || f.Column is null || (catalog.FindByHeader(f.Column) ?? Find(catalog, f.Column)) is not { } indicator)
            {
                continue;
            }

            foreach (var code in Affected(indicator, positions.Keys, catalog))
            {
                if (Plain(f, positions[code], w) is { } sentence)
                {
                    (notes.TryGetValue(code, out var set) ? set : notes[code] = new SortedSet<string>(StringComparer.Ordinal)).Add(sentence);
                }
            }
        }

        if (notes.Count == 0)
        {
            return new AppendixBlock(title, [w.Format(
                "De controle van de aanlevering van {0} over {1} gaf niets dat het lezen van de cijfers in dit rapport beïnvloedt.",
                "Validation of {0}'s delivery for {1} found nothing that affects reading the figures in this report.",
                c.FocusName,
                c.Year)]);
        }

        var rows = c.Comparison.Positions.Where(p => notes.ContainsKey(p.Indicator.Code))
            .Select(p => (IReadOnlyList<string>)[w.Pick(p.Indicator.Name), string.Join(" ", notes[p.Indicator.Code])])
            .ToList();
        var intro = w.Format(
            "Wat de controle van de aanlevering van {0} over {1} opmerkte, en wat het betekent voor het lezen van het cijfer. Verschillen die alleen uit de omvang of structuur van de gemeente volgen, staan hier niet: die zijn geen fout. De technische details staan in de controle-uitvoer voor de analist (benchmark validate).",
            "What validation noticed in {0}'s delivery for {1}, and what it means for reading the figure. Differences that only follow from the municipality's size or structure are not listed: they are no error. The technical details are in the analyst's validation output (benchmark validate).",
            c.FocusName,
            c.Year);
        return new AppendixBlock(title, [intro], new TextTable([w.Pick("Indicator", "Indicator"), w.Pick("Wat opviel en wat het betekent", "What was noticed and what it means")], rows, []));
    }

    /// <summary>The report's indicators a finding on <paramref name="indicator"/> bears on: itself, or the ratios computed from it.</summary>
    private static IEnumerable<string> Affected(Indicator indicator, IEnumerable<string> shown, IndicatorCatalog catalog)
    {
        var set = shown.ToHashSet(StringComparer.Ordinal);
        if (set.Contains(indicator.Code))
        {
            return [indicator.Code.Value];
        }

        var survey = catalog.All.Where(i => i.Survey is { } s && (s.Respondents == indicator.Code || s.StandardDeviation == indicator.Code)).Select(i => i.Code.Value);
        var ratios = catalog.All.Where(i => i.Formula is { } f && (f.Numerator.Contains(indicator.Code) || f.Denominator.Contains(indicator.Code))).Select(i => i.Code.Value);
        return survey.Concat(ratios).Where(set.Contains).Distinct();
    }

    /// <summary>One plain sentence for a finding, or <see langword="null"/> when it is no data problem for this report.</summary>
    private static string? Plain(Finding f, IndicatorPosition p, Language w) => f.Rule switch
    {
        Rules.Outlier when !p.Has(PositionFlags.Outlier) => null,
        Rules.Outlier => w.Pick(
            "De waarde wijkt sterk af, ook binnen de vergelijkingsgroep. Ga na of de aanlevering klopt voordat u er conclusies aan verbindt.",
            "The value is far from the others, within the peer group too. Check the delivery before drawing conclusions."),
        Rules.SurveyBelowThreshold => p.Survey is { } s
            ? w.Format("De score berust op {0} respondenten: te weinig om te publiceren. U ziet hem zelf; hij telt nergens mee.", "The score rests on {0} respondents: too few to publish. You see it yourself; it counts nowhere.", s.Respondents)
            : w.Pick("Het aantal respondenten ontbreekt: de score wordt niet gepubliceerd.", "The number of respondents is missing: the score is not published."),
        Rules.Implausible => w.Pick(
            "De waarde ligt buiten wat bij gemeenten gebruikelijk is. Lees het cijfer met voorzichtigheid.",
            "The value lies outside what is usual for municipalities. Read the figure with care."),
        Rules.YearOnYearJump => w.Pick(
            "De waarde veranderde meer dan de helft ten opzichte van vorig jaar. Ga na of de definitie of de aanlevering veranderde voordat u de ontwikkeling duidt.",
            "The value changed by more than half since last year. Check whether the definition or the delivery changed before interpreting the trend."),
        Rules.DerivedMismatch => w.Pick(
            "Het aangeleverde cijfer komt niet overeen met de aangeleverde onderdelen; het aangeleverde cijfer is gebruikt.",
            "The figure as delivered does not match its delivered parts; the delivered figure is used."),
        Rules.StaffedAboveEstablishment => w.Pick(
            "De bezetting ligt ruim boven de formatie. Dat kan kloppen (tijdelijke uitbreiding), maar ga het na.",
            "Staffed FTE is well above the establishment. That can be right (a temporary expansion), but check it."),
        Rules.PlaceholderZero => w.Pick(
            "Er staat een nul waar een nul onwaarschijnlijk is; mogelijk is ‘onbekend’ als 0 aangeleverd.",
            "There is a zero where a zero is unlikely; ‘unknown’ may have been delivered as 0."),
        Rules.DuplicateConflict or Rules.DuplicateRepeat => w.Pick(
            "Het cijfer is meer dan eens aangeleverd; bij tegenstrijdige waarden telt het niet mee.",
            "The figure was delivered more than once; conflicting values are left out."),
        Rules.Coverage or Rules.NameMismatch or Rules.UnknownColumn => null,
        _ when f.IsError => w.Pick(
            "Een aangeleverde waarde is afgewezen; het cijfer ontbreekt daardoor of is uit de andere cijfers berekend.",
            "A delivered value was rejected; the figure is therefore missing or computed from the other figures."),
        _ => w.Pick("De controle plaatste een kanttekening bij dit cijfer; de analist heeft de details.", "Validation made a note on this figure; the analyst has the details."),
    };

    private static Indicator? Find(IndicatorCatalog catalog, string code) => catalog.TryGet(code, out var i) ? i : null;

    /// <summary>The year of every (file, line) that holds one of <paramref name="focus"/>'s observations.</summary>
    private static Dictionary<(string File, int Line), int> FocusLineYears(Dataset data, MunicipalityCode focus)
    {
        var lines = new Dictionary<(string, int), int>();
        foreach (var o in data.Observations)
        {
            if (o.Municipality == focus && o.Source.File is { } file && o.Source.Line > 0)
            {
                lines[(Path.GetFileName(file), o.Source.Line)] = o.Year;
            }
        }

        return lines;
    }
}
