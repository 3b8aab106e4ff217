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
            dto = JsonSerializer.Deserialize<CatalogDto>(json, Options) ?? throw new InvalidDataException("The survey catalogue is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The survey catalogue is not valid JSON: {ex.Message}", ex);
        }

        var themes = (dto.Themes ?? []).Select(t => new SurveyTheme(
            t.Code ?? throw new InvalidDataException("A theme has no code."),
            Kind(t.Survey, t.Code),
            Text(t.Name, t.Code))).ToList();
        var items = (dto.Items ?? []).Select(Item).ToList();
        if (items.Count == 0)
        {
            throw new InvalidDataException("The survey catalogue has no items.");
        }

        try
        {
            return new SurveyCatalog(themes, items, dto.Versions ?? [], dto.MissingAnswers ?? [""]);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"The survey catalogue is inconsistent: {ex.Message}", ex);
        }
    }

    private static SurveyItem Item(ItemDto d)
    {
        var code = d.Code ?? throw new InvalidDataException("An item has no code.");
        if (d.Scale is not [var min, var max] || min >= max)
        {
            throw new InvalidDataException($"Item {code}: 'scale' must be [min, max] with min < max, e.g. [1, 5].");
        }

        return new SurveyItem(code, Kind(d.Survey, code), d.Theme ?? throw new InvalidDataException($"Item {code} has no theme."), Text(d.Text, code), min, max, d.Reversed, d.Overall);
    }

    private static SurveyKind Kind(string? text, string? owner) =>
        SurveyKinds.TryParse(text, out var kind) ? kind : throw new InvalidDataException($"{owner}: survey '{text}' is neither mto nor ktv.");

    private static LocalizedText Text(TextDto? text, string? owner) =>
        text is { Nl: { } nl } ? new LocalizedText(nl, text.En ?? nl) : throw new InvalidDataException($"{owner} has no Dutch text.");

    private sealed record CatalogDto(string? Questionnaire, List<string>? Versions, List<string>? MissingAnswers, List<ThemeDto>? Themes, List<ItemDto>? Items);

    private sealed record ThemeDto(string? Code, string? Survey, TextDto? Name);

    private sealed record ItemDto(string? Code, string? Survey, string? Theme, int[]? Scale, bool Reversed, bool Overall, TextDto? Text);

    private sealed record TextDto(string? Nl, string? En);
}
