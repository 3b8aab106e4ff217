using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>A consistency relation Σ parts ≤ whole within one municipality-year, with the hint shown when it fails.</summary>
/// <param name="Parts">The codes of the parts (summed).</param>
/// <param name="Whole">The code of the whole.</param>
/// <param name="Hint">How to fix a violation.</param>
internal sealed record PartWholeRelation(IReadOnlyList<string> Parts, string Whole, LocalizedText Hint)
{
    private static readonly LocalizedText CostHint = new(
        "Controleer of beide bedragen over hetzelfde jaar en dezelfde afbakening gaan (de totale lasten van de hele gemeente, niet van één programma) en in dezelfde eenheid staan (euro's, geen duizenden euro's).",
        "Check that both amounts cover the same year and scope (total expenditure of the whole municipality, not of one programme) and use the same unit (euros, not thousands of euros).");

    private static readonly LocalizedText SurveyHint = new(
        "Er kunnen niet meer respondenten zijn dan medewerkers: controleer het aantal respondenten en het aantal medewerkers (personen, niet fte) op de peildatum.",
        "There cannot be more respondents than staff: check the number of respondents and the staff headcount (persons, not FTE) on the reference date.");

    /// <summary>The cost relations: parts of the municipality's expenditure cannot exceed its total.</summary>
    public static IReadOnlyList<PartWholeRelation> CostRelations { get; } =
    [
        new(["overhead_costs"], "total_expenditure", CostHint),
        new(["running_costs"], "total_expenditure", CostHint),
        new(["ict_costs"], "total_expenditure", CostHint),
        new(["wage_bill", "external_hire_costs"], "total_expenditure", CostHint),
    ];

    /// <summary>The cost relations plus, for every survey with a population, respondents ≤ population.</summary>
    public static IReadOnlyList<PartWholeRelation> For(IndicatorCatalog catalog)
    {
        var relations = new List<PartWholeRelation>(CostRelations);
        foreach (var indicator in catalog.All)
        {
            if (indicator.Survey is { Population: { } population } survey
                && !relations.Exists(r => r.Whole == population && r.Parts.Count == 1 && r.Parts[0] == survey.Respondents))
            {
                relations.Add(new PartWholeRelation([survey.Respondents], population, SurveyHint));
            }
        }

        return relations;
    }
}
