using System.Globalization;

namespace Benchmark.Text;

/// <summary>A text for people, in Dutch and English.</summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>An empty text in both languages.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Returns the text in <paramref name="language"/>.</summary>
    public string Get(Language language) => language == Language.Dutch ? Nl : En;

    /// <summary>Returns the culture used to format numbers for <paramref name="language"/>.</summary>
    public static CultureInfo CultureOf(Language language) =>
        language == Language.Dutch ? DutchCulture : EnglishCulture;

    /// <summary>Formats a Dutch and an English template with the same arguments, each in its own culture.</summary>
    /// <param name="nl">Composite format string in Dutch.</param>
    /// <param name="en">Composite format string in English.</param>
    /// <param name="args">The arguments; numbers are formatted in the culture of each language.</param>
    public static LocalizedText Format(string nl, string en, params object?[] args) =>
        new(string.Format(DutchCulture, nl, args), string.Format(EnglishCulture, en, args));

    /// <inheritdoc />
    public override string ToString() => En;

    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");
}
