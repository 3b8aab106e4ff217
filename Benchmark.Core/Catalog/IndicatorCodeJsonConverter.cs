using System.Text.Json;
using System.Text.Json.Serialization;

namespace Benchmark.Catalog;

/// <summary>Writes an <see cref="IndicatorCode"/> as its string and reads one back through <see cref="IndicatorCode.Parse"/>.</summary>
internal sealed class IndicatorCodeJsonConverter : JsonConverter<IndicatorCode>
{
    public override IndicatorCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return IndicatorCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error.En);
    }

    public override void Write(Utf8JsonWriter writer, IndicatorCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
