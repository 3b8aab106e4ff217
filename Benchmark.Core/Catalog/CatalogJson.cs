using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>Reads the catalogue's JSON format.</summary>
internal static partial class CatalogJson
{
    public static IndicatorCatalog Read(Stream json, IndicatorCatalog? builtIn)
    {
        CatalogDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.CatalogDto);
        }
        catch (JsonException ex)
        {
            throw ExplainedException.InvalidData(
                LocalizedText.Format(
                    "De catalogus is geen geldige JSON op regel {0}, positie {1}: controleer daar de haakjes, komma's en aanhalingstekens.",
                    "The catalogue is not valid JSON at line {0}, position {1}: {2}",
                    ex.LineNumber + 1,
                    ex.BytePositionInLine + 1,
                    ex.Message),
                ex);
        }

        if (dto?.Indicators is null || dto.Indicators.Count == 0)
        {
            throw ExplainedException.InvalidData(new(
                "De catalogus heeft geen lijst \"indicators\"; zie de ingebouwde Benchmark.Core/Catalog/indicators.json voor de vorm.",
                "The catalogue has no \"indicators\" array; see the built-in Benchmark.Core/Catalog/indicators.json for the format."));
        }

        var indicators = dto.Indicators.Select((d, i) => ToIndicator(d, i)).ToList();
        if (builtIn is not null)
        {
            AddReferencedBuiltIns(indicators, builtIn);
        }

        try
        {
            return new IndicatorCatalog(string.IsNullOrWhiteSpace(dto.Version) ? "custom" : dto.Version, indicators);
        }
        catch (ArgumentException ex)
        {
            var reason = ExplainedException.TextOf(ex) ?? new LocalizedText(ex.Message, ex.Message);
            throw ExplainedException.InvalidData(
                LocalizedText.Format("De catalogus is niet consistent: {0}", "The catalogue is inconsistent: {1}", reason.Nl, reason.En), ex);
        }
    }

    /// <summary>Adds the built-in indicators that formulas and survey fields name but the file does not define (transitively).</summary>
    private static void AddReferencedBuiltIns(List<Indicator> indicators, IndicatorCatalog builtIn)
    {
        var known = indicators.Select(i => i.Code.Value).ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < indicators.Count; k++)
        {
            var refs = (indicators[k].Formula?.Inputs ?? []).Concat(
                indicators[k].Survey is { } s ? new[] { s.Respondents, s.StandardDeviation, s.Population }.OfType<string>() : []);
            foreach (var code in refs)
            {
                if (!known.Contains(code) && builtIn.TryGet(code, out var indicator))
                {
                    indicators.Add(indicator);
                    known.Add(code);
                }
            }
        }
    }

    private static Indicator ToIndicator(IndicatorDto d, int index)
    {
        if (string.IsNullOrWhiteSpace(d.Code))
        {
            throw ExplainedException.InvalidData(LocalizedText.Format(
                "Indicator nr. {0} in de catalogus heeft geen \"code\".", "Indicator #{0} in the catalogue has no \"code\".", index + 1));
        }

        if (!IndicatorCode.TryParse(d.Code, out var code, out var malformed))
        {
            throw ExplainedException.InvalidData(LocalizedText.Format(
                "Indicator nr. {0} in de catalogus: {1}", "Indicator #{0} in the catalogue: {2}", index + 1, malformed.Nl, malformed.En));
        }

        InvalidDataException Where(string field) => ExplainedException.InvalidData(LocalizedText.Format(
            "Indicator '{0}' in de catalogus heeft geen \"{1}\".", "Indicator '{0}' in the catalogue has no \"{1}\".", d.Code, field));
        return new Indicator
        {
            Code = code,
            Name = Text(d.Name) ?? throw Where("name"),
            Description = Text(d.Description) ?? LocalizedText.Empty,
            Unit = d.Unit ?? throw Where("unit"),
            Direction = d.Direction ?? throw Where("direction"),
            Kind = d.Kind ?? throw Where("kind"),
            ValidRange = Range(d.ValidRange),
            PlausibleRange = Range(d.PlausibleRange),
            ZeroIsImplausible = d.ZeroIsImplausible,
            Formula = d.Formula is { } f
                ? new DerivedFormula(f.Numerator ?? [], f.Denominator ?? [], f.Scale ?? 1)
                : null,
            Survey = d.Survey is { } s
                ? new SurveyFields(s.Respondents ?? throw Where("survey.respondents"), s.StandardDeviation ?? throw Where("survey.standardDeviation"), s.Population)
                : null,
            Versions = [.. (d.Versions ?? []).OrderBy(v => v.ValidFrom).Select(v => new DefinitionVersion(v.ValidFrom, Text(v.Description) ?? LocalizedText.Empty))],
            Aliases = d.Aliases ?? [],
        };
    }

    private static LocalizedText? Text(TextDto? t) => t is null ? null : new LocalizedText(t.Nl ?? t.En ?? string.Empty, t.En ?? t.Nl ?? string.Empty);

    private static ValueRange Range(RangeDto? r) => r is null ? ValueRange.Unbounded : new ValueRange(r.Min, r.Max);

    private sealed record CatalogDto(string? Version, List<IndicatorDto>? Indicators);

    private sealed record IndicatorDto(
        string? Code,
        TextDto? Name,
        TextDto? Description,
        Unit? Unit,
        Direction? Direction,
        IndicatorKind? Kind,
        RangeDto? ValidRange,
        RangeDto? PlausibleRange,
        bool ZeroIsImplausible,
        FormulaDto? Formula,
        SurveyDto? Survey,
        List<VersionDto>? Versions,
        List<string>? Aliases);

    private sealed record TextDto(string? Nl, string? En);

    private sealed record RangeDto(double? Min, double? Max);

    private sealed record FormulaDto(List<string>? Numerator, List<string>? Denominator, double? Scale);

    private sealed record SurveyDto(string? Respondents, string? StandardDeviation, string? Population);

    private sealed record VersionDto(int ValidFrom, TextDto? Description);

    /// <summary>
    /// The catalogue's serializer, generated at compile time: every command reads the built-in catalogue at start-up, and
    /// the reflection-based serializer spent about a tenth of a one-report run building its metadata.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UseStringEnumConverter = true)]
    [JsonSerializable(typeof(CatalogDto))]
    private sealed partial class CatalogJsonContext : JsonSerializerContext;
}
