using System.ComponentModel;
using System.Globalization;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Reads <c>--lang nl|en</c> into a <see cref="Language"/> (by its ISO 639-1 code, any case).</summary>
internal sealed class LanguageConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string code && LanguageText.TryParse(code, out var language)
            ? language
            : throw new FormatException($"Failed to convert '{value}' to Language. Valid values are 'nl', 'en'");
}
