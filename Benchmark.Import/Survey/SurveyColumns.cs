using Benchmark.Catalog;

namespace Benchmark.Import.Survey;

/// <summary>Header aliases of <see cref="SurveyColumn"/> (case, spaces and punctuation ignored).</summary>
internal static class SurveyColumns
{
    /// <summary>The columns every respondent file needs (the department is optional).</summary>
    public static IReadOnlyList<SurveyColumn> Required { get; } =
        [SurveyColumn.Respondent, SurveyColumn.Municipality, SurveyColumn.Year, SurveyColumn.Survey, SurveyColumn.Version, SurveyColumn.Item, SurveyColumn.Answer];

    private static readonly Dictionary<string, SurveyColumn> ByKey = Build(
        (SurveyColumn.Respondent, ["respondent", "respondentnummer", "respondent id", "respondent_id", "respondentid", "pseudoniem"]),
        (SurveyColumn.Municipality, ["gemeentecode", "gm-code", "gemeente code", "municipality code", "code"]),
        (SurveyColumn.Year, ["jaar", "year", "onderzoeksjaar"]),
        (SurveyColumn.Survey, ["onderzoek", "survey", "enquete", "enquête"]),
        (SurveyColumn.Version, ["vragenlijstversie", "versie", "questionnaire version", "version"]),
        (SurveyColumn.Department, ["afdeling", "department", "organisatieonderdeel"]),
        (SurveyColumn.Item, ["item", "vraag", "itemcode", "vraagcode", "question"]),
        (SurveyColumn.Answer, ["antwoord", "answer", "score", "waarde"]));

    public static SurveyColumn Of(string header) => ByKey.GetValueOrDefault(HeaderName.Normalize(header), SurveyColumn.Unknown);

    /// <summary>The name to show in a hint, e.g. for a missing column.</summary>
    public static string Name(SurveyColumn column) => column switch
    {
        SurveyColumn.Respondent => "respondent",
        SurveyColumn.Municipality => "gemeentecode",
        SurveyColumn.Year => "jaar",
        SurveyColumn.Survey => "onderzoek",
        SurveyColumn.Version => "vragenlijstversie",
        SurveyColumn.Department => "afdeling",
        SurveyColumn.Item => "item",
        SurveyColumn.Answer => "antwoord",
        _ => "?",
    };

    private static Dictionary<string, SurveyColumn> Build(params (SurveyColumn Column, string[] Aliases)[] columns)
    {
        var byKey = new Dictionary<string, SurveyColumn>(StringComparer.Ordinal);
        foreach (var (column, aliases) in columns)
        {
            foreach (var alias in aliases)
            {
                byKey[HeaderName.Normalize(alias)] = column;
            }
        }

        return byKey;
    }
}
