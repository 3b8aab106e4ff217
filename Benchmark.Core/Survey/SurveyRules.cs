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
}
