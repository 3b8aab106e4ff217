using Benchmark.Text;

namespace Benchmark.Survey;

/// <summary>
/// The item catalogue of the experience surveys: items with their theme, scale, reverse coding and which item is the
/// overall mark, the questionnaire versions and the answers that mean "no answer" (missing, never a score).
/// <see cref="Default"/> is the shipped standard questionnaire (<c>Survey/survey-items.json</c>); <see cref="Load"/>
/// reads a replacement in the same JSON shape.
/// </summary>
public sealed class SurveyCatalog
{
    private static readonly Lazy<SurveyCatalog> BuiltIn = new(() =>
    {
        using var stream = typeof(SurveyCatalog).Assembly.GetManifestResourceStream("Benchmark.Survey.survey-items.json")
            ?? throw new InvalidOperationException("The embedded survey catalogue is missing.");
        return Load(stream);
    });

    private readonly Dictionary<string, SurveyItem> _items;
    private readonly HashSet<string> _missing;

    internal SurveyCatalog(IReadOnlyList<SurveyTheme> themes, IReadOnlyList<SurveyItem> items, IReadOnlyList<string> versions, IEnumerable<string> missingAnswers)
    {
        Themes = themes;
        Items = items;
        Versions = versions;
        var duplicate = items.GroupBy(i => i.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        Require(duplicate is null, LocalizedText.Format("item {0} staat er meer dan eens in.", "item {0} appears more than once.", duplicate?.Key));
        _items = items.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        _missing = missingAnswers.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var survey in SurveyKinds.All)
        {
            var overall = items.Count(i => i.Survey == survey && i.IsOverall);
            Require(overall <= 1, LocalizedText.Format("de enquête {0} heeft {1} algemene items; hooguit één.", "the survey {0} has {1} overall items; at most one.", survey.Code(), overall));
        }

        foreach (var theme in items.GroupBy(i => (i.Survey, i.Theme)))
        {
            Require(
                themes.Any(t => t.Code == theme.Key.Theme && t.Survey == theme.Key.Survey),
                LocalizedText.Format("item {0} noemt het onbekende thema '{1}'.", "item {0} names the unknown theme '{1}'.", theme.First().Code, theme.Key.Theme));
            Require(
                theme.Select(i => (i.ScaleMin, i.ScaleMax)).Distinct().Count() == 1,
                LocalizedText.Format(
                    "de items van thema '{0}' gebruiken verschillende schalen; een themascore heeft er één nodig.",
                    "the items of theme '{0}' use different scales; a theme score needs one.",
                    theme.Key.Theme));
        }
    }

    private static void Require(bool condition, LocalizedText problem)
    {
        if (!condition)
        {
            throw ExplainedException.With(new ArgumentException(problem.En), problem);
        }
    }

    /// <summary>The shipped standard questionnaire.</summary>
    public static SurveyCatalog Default => BuiltIn.Value;

    /// <summary>The themes, in questionnaire order.</summary>
    public IReadOnlyList<SurveyTheme> Themes { get; }

    /// <summary>The items, in questionnaire order.</summary>
    public IReadOnlyList<SurveyItem> Items { get; }

    /// <summary>The known questionnaire versions.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The item with this code (case-insensitive), or <see langword="null"/>.</summary>
    public SurveyItem? Find(string code) => _items.GetValueOrDefault(code.Trim());

    /// <summary>The theme with this code in this survey, or <see langword="null"/>.</summary>
    public SurveyTheme? Theme(SurveyKind survey, string code) => Themes.FirstOrDefault(t => t.Survey == survey && t.Code == code);

    /// <summary>The overall-mark item of a survey, or <see langword="null"/> when the questionnaire has none.</summary>
    public SurveyItem? Overall(SurveyKind survey) => Items.FirstOrDefault(i => i.Survey == survey && i.IsOverall);

    /// <summary>Whether the answer as written means "no answer" (<c>weet niet</c>, empty, …).</summary>
    public bool IsMissingAnswer(string text) => _missing.Contains(Normalize(text));

    /// <summary>Reads a catalogue in the JSON shape of the shipped one.</summary>
    /// <exception cref="InvalidDataException">When the JSON is malformed or inconsistent.</exception>
    public static SurveyCatalog Load(Stream json) => SurveyCatalogJson.Read(json);

    private static string Normalize(string text) => text.Trim().ToLowerInvariant();
}
