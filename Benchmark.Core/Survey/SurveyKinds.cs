namespace Benchmark.Survey;

/// <summary>Codes of <see cref="SurveyKind"/> in files and the indicators a survey's overall mark feeds.</summary>
public static class SurveyKinds
{
    /// <summary>Every survey, MTO first.</summary>
    public static IReadOnlyList<SurveyKind> All { get; } = [SurveyKind.Mto, SurveyKind.Ktv];

    /// <summary>The code in files: <c>mto</c> or <c>ktv</c>.</summary>
    public static string Code(this SurveyKind kind) => kind == SurveyKind.Mto ? "mto" : "ktv";

    /// <summary>Reads <c>mto</c>/<c>ktv</c> (also <c>medewerkers</c>, <c>klanten</c>; case and spaces ignored).</summary>
    public static bool TryParse(string? text, out SurveyKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "mto" or "medewerkers" or "medewerkersonderzoek" or "employees":
                kind = SurveyKind.Mto;
                return true;
            case "ktv" or "klanten" or "interne klanten" or "internal customers":
                kind = SurveyKind.Ktv;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The survey indicator of the catalogue the overall mark becomes (its <c>_n</c> and <c>_sd</c> companions follow).</summary>
    public static string Indicator(this SurveyKind kind) =>
        kind == SurveyKind.Mto ? "employee_satisfaction" : "internal_customer_satisfaction";
}
