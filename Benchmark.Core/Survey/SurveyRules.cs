using Benchmark.Validation;

namespace Benchmark.Survey;

/// <summary>The rule ids of respondent-file findings (the file-level rules <c>file.*</c> and <c>structure.*</c> are shared).</summary>
public static class SurveyRules
{
    /// <summary>Error: an answer that is neither a whole number on the item's scale nor a "no answer" code.</summary>
    public const string OutOfScale = "survey.out-of-scale";

    /// <summary>Error: the same respondent answers the same item twice (the later answer is rejected).</summary>
    public const string DuplicateAnswer = "survey.duplicate-answer";

    /// <summary>Error: an item code the catalogue does not know, or an item of the other survey.</summary>
    public const string UnknownItem = "survey.unknown-item";

    /// <summary>Error: a municipality code that is malformed, unknown, or without yearly data in that year (not in the delivery).</summary>
    public const string UnknownMunicipality = "survey.unknown-municipality";

    /// <summary>Error: a survey that is neither <c>mto</c> nor <c>ktv</c>, a missing respondent id, or a year outside 1990–2100.</summary>
    public const string InvalidKey = "survey.invalid-key";

    /// <summary>Warning: a questionnaire version the catalogue does not list.</summary>
    public const string UnknownVersion = "survey.unknown-version";

    /// <summary>Warning: a respondent who gave the same answer to every item of a scale (at least four items).</summary>
    public const string StraightLining = "survey.straight-lining";

    /// <summary>Every respondent-file rule with its severity and description.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(OutOfScale, Severity.Error, "survey", new("Antwoord buiten de schaal van het item.", "Answer outside the item's scale.")),
        new(DuplicateAnswer, Severity.Error, "survey", new("Respondent beantwoordt een item twee keer.", "Respondent answers an item twice.")),
        new(UnknownItem, Severity.Error, "survey", new("Item onbekend in de itemcatalogus.", "Item unknown to the item catalogue.")),
        new(UnknownMunicipality, Severity.Error, "survey", new("Gemeente niet in de jaarlevering.", "Municipality not in the yearly delivery.")),
        new(InvalidKey, Severity.Error, "survey", new("Onderzoek, respondent of jaar ontbreekt of is ongeldig.", "Survey, respondent or year missing or invalid.")),
        new(UnknownVersion, Severity.Warning, "survey", new("Onbekende vragenlijstversie.", "Unknown questionnaire version.")),
        new(StraightLining, Severity.Warning, "survey", new("Rechtlijnig ingevuld: alle antwoorden gelijk.", "Straight-lining: every answer the same.")),
    ];
}
