using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Conversation;
using Benchmark.Text;

namespace Benchmark.Web.Conversation;

/// <summary>
/// The explanation form as posted (indicator, year, category, text), checked field by field: every problem names the
/// field, says what was expected and is in both languages. Nothing is stored from a form with a problem.
/// </summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Year">The year as typed.</param>
/// <param name="Category">The category code (<c>bewuste-keuze</c>, …).</param>
/// <param name="Text">The explanation.</param>
internal sealed record ExplanationInput(string? Indicator, string? Year, string? Category, string? Text)
{
    /// <summary>The longest explanation accepted, in characters.</summary>
    public const int MaxText = 2000;

    /// <summary>Checks every field against the indicators and years the writer may explain.</summary>
    /// <param name="indicators">The indicators that may be explained (the engine's comparable indicators).</param>
    /// <param name="years">The years whose figures the writer may see.</param>
    /// <param name="checkedInput">The checked fields; meaningful only without problems.</param>
    /// <returns>The problems, empty when the form is good.</returns>
    public IReadOnlyList<LocalizedText> Check(IReadOnlyList<Indicator> indicators, IReadOnlyCollection<int> years, out (string Indicator, int Year, ExplanationCategory Category, string Text) checkedInput)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(years);
        var problems = new List<LocalizedText>();
        var indicator = indicators.FirstOrDefault(i => string.Equals(i.Code, Indicator?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            problems.Add(string.IsNullOrWhiteSpace(Indicator)
                ? new("Indicator: kies de indicator waarvan u de waarde toelicht.", "Indicator: choose the indicator whose value you explain.")
                : LocalizedText.Format("Indicator: ‘{0}’ is geen indicator van de benchmark; kies er een uit de lijst.", "Indicator: ‘{0}’ is not a benchmark indicator; choose one from the list.", Clip(Indicator)));
        }

        var yearOk = int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && years.Contains(year);
        if (!yearOk)
        {
            problems.Add(LocalizedText.Format(
                "Jaar: ‘{0}’ is geen jaar met cijfers die u mag zien; kies een van {1}.",
                "Year: ‘{0}’ is not a year with figures you may see; choose one of {1}.",
                Clip(Year),
                string.Join(", ", years.Order())));
        }

        if (!ExplanationCategories.TryParse(Category, out var category))
        {
            problems.Add(LocalizedText.Format(
                "Categorie: ‘{0}’ is geen categorie; kies bewuste keuze, definitieverschil, incidenteel, datafout of onbekend.",
                "Category: ‘{0}’ is not a category; choose deliberate choice, definition difference, one-off, data error or unknown.",
                Clip(Category)));
        }

        var text = Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            problems.Add(new("Toelichting: schrijf in een paar zinnen waarom de waarde afwijkt.", "Explanation: write in a few sentences why the value differs."));
        }
        else if (text.Length > MaxText)
        {
            problems.Add(LocalizedText.Format(
                "Toelichting: {0:N0} tekens is te lang; hooguit {1:N0}.",
                "Explanation: {0:N0} characters is too long; at most {1:N0}.",
                text.Length,
                MaxText));
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            problems.Add(new("Toelichting: de tekst bevat stuurtekens; typ of plak gewone tekst.", "Explanation: the text contains control characters; type or paste plain text."));
        }

        checkedInput = (indicator?.Code ?? string.Empty, year, category, text);
        return problems;
    }

    /// <summary>A value as typed, shortened for a message.</summary>
    internal static string Clip(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
