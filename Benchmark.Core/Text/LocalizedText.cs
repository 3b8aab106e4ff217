namespace Benchmark.Text;

/// <summary>A text for people, in Dutch and English; <see cref="LanguageText"/> picks and formats one language.</summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>An empty text in both languages.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Returns the text in <paramref name="language"/>.</summary>
    public string Get(Language language) => language == Language.Dutch ? Nl : En;

    /// <summary>
    /// Formats a Dutch and an English template with the same arguments, each in its own culture; an argument that is a
    /// <see cref="LocalizedText"/> is replaced by its text in that language.
    /// </summary>
    /// <param name="nl">Composite format string in Dutch.</param>
    /// <param name="en">Composite format string in English.</param>
    /// <param name="args">The arguments; numbers are formatted in the culture of each language.</param>
    public static LocalizedText Format(string nl, string en, params object?[] args) =>
        new(Language.Dutch.Format(nl, en, args), Language.English.Format(nl, en, args));

    /// <summary>Joins texts per language with a separator.</summary>
    /// <param name="nlSeparator">The Dutch separator.</param>
    /// <param name="enSeparator">The English separator.</param>
    /// <param name="parts">The texts.</param>
    public static LocalizedText Join(string nlSeparator, string enSeparator, IEnumerable<LocalizedText> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        return new LocalizedText(string.Join(nlSeparator, list.Select(p => p.Nl)), string.Join(enSeparator, list.Select(p => p.En)));
    }

    /// <inheritdoc />
    public override string ToString() => En;
}
