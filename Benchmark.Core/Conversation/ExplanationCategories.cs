using Benchmark.Text;

namespace Benchmark.Conversation;

/// <summary>The codes and labels of <see cref="ExplanationCategory"/>.</summary>
public static class ExplanationCategories
{
    private static readonly (ExplanationCategory Category, string Code, LocalizedText Label)[] All =
    [
        (ExplanationCategory.DeliberateChoice, "bewuste-keuze", new("bewuste keuze", "deliberate choice")),
        (ExplanationCategory.DefinitionDifference, "definitieverschil", new("definitieverschil", "definition difference")),
        (ExplanationCategory.Incidental, "incidenteel", new("incidenteel", "one-off")),
        (ExplanationCategory.DataError, "datafout", new("datafout", "data error")),
        (ExplanationCategory.Unknown, "onbekend", new("onbekend", "unknown")),
    ];

    /// <summary>The codes as written on the command line and in files, in order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(c => c.Code)];

    /// <summary>The code (<c>bewuste-keuze</c>, …).</summary>
    public static string Code(this ExplanationCategory category) => All.First(c => c.Category == category).Code;

    /// <summary>The label for people, in Dutch and English.</summary>
    public static LocalizedText Label(this ExplanationCategory category) => All.First(c => c.Category == category).Label;

    /// <summary>Reads a code; spaces and underscores count as hyphens, case is ignored, English labels are accepted.</summary>
    public static bool TryParse(string? text, out ExplanationCategory category)
    {
        var key = (text ?? string.Empty).Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        foreach (var (c, code, label) in All)
        {
            if (key == code || key == label.En.Replace(' ', '-') || key == label.Nl.Replace(' ', '-'))
            {
                category = c;
                return true;
            }
        }

        category = default;
        return false;
    }
}
