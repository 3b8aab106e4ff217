using System.Text.Json;
using Benchmark.Text;

namespace Benchmark.Survey;

/// <summary>Reads <see cref="SurveyCatalog"/> JSON; every problem is an <see cref="InvalidDataException"/> naming the item.</summary>
internal static class SurveyCatalogJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SurveyCatalog Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        CatalogDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<CatalogDto>(json, Options) ?? throw Problem("De enquêtecatalogus is leeg.", "The survey catalogue is empty.");
        }
        catch (JsonException ex)
        {
            throw ExplainedException.InvalidData(
                LocalizedText.Format(
                    "De enquêtecatalogus is geen geldige JSON op regel {0}, positie {1}: controleer daar de haakjes, komma's en aanhalingstekens.",
                    "The survey catalogue is not valid JSON at line {0}, position {1}: {2}",
                    ex.LineNumber + 1,
                    ex.BytePositionInLine + 1,
                    ex.Message),
                ex);
        }

        var themes = (dto.Themes ?? []).Select(t => new SurveyTheme(
            t.Code ?? throw Problem("Een thema heeft geen code.", "A theme has no code."),
            Kind(t.Survey, t.Code),
            Text(t.Name, t.Code))).ToList();
        var items = (dto.Items ?? []).Select(Item).ToList();
        if (items.Count == 0)
        {
            throw Problem("De enquêtecatalogus heeft geen items.", "The survey catalogue has no items.");
        }

        try
        {
            return new SurveyCatalog(themes, items, dto.Versions ?? [], dto.MissingAnswers ?? [""]);
        }
        catch (ArgumentException ex)
        {
            var reason = ExplainedException.TextOf(ex) ?? new LocalizedText(ex.Message, ex.Message);
            throw ExplainedException.InvalidData(
                LocalizedText.Format("De enquêtecatalogus is niet consistent: {0}", "The survey catalogue is inconsistent: {1}", reason.Nl, reason.En), ex);
        }
    }

    private static SurveyItem Item(ItemDto d)
    {
        var code = d.Code ?? throw Problem("Een item heeft geen code.", "An item has no code.");
        if (d.Scale is not [var min, var max] || min >= max)
        {
            throw Problem($"Item {code}: 'scale' moet [min, max] zijn met min < max, bijv. [1, 5].", $"Item {code}: 'scale' must be [min, max] with min < max, e.g. [1, 5].");
        }

        return new SurveyItem(code, Kind(d.Survey, code), d.Theme ?? throw Problem($"Item {code} heeft geen thema.", $"Item {code} has no theme."), Text(d.Text, code), min, max, d.Reversed, d.Overall);
    }

    private static SurveyKind Kind(string? text, string? owner) =>
        SurveyKinds.TryParse(text, out var kind) ? kind : throw Problem($"{owner}: enquête '{text}' is mto noch ktv.", $"{owner}: survey '{text}' is neither mto nor ktv.");

    private static LocalizedText Text(TextDto? text, string? owner) =>
        text is { Nl: { } nl } ? new LocalizedText(nl, text.En ?? nl) : throw Problem($"{owner} heeft geen Nederlandse tekst.", $"{owner} has no Dutch text.");

    private static InvalidDataException Problem(string nl, string en) => ExplainedException.InvalidData(new LocalizedText(nl, en));

    private sealed record CatalogDto(string? Questionnaire, List<string>? Versions, List<string>? MissingAnswers, List<ThemeDto>? Themes, List<ItemDto>? Items);

    private sealed record ThemeDto(string? Code, string? Survey, TextDto? Name);

    private sealed record ItemDto(string? Code, string? Survey, string? Theme, int[]? Scale, bool Reversed, bool Overall, TextDto? Text);

    private sealed record TextDto(string? Nl, string? En);
}
