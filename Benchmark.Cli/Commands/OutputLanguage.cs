using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>The language of text for people, as given with <c>--lang</c>.</summary>
public enum OutputLanguage
{
    /// <summary>Dutch (default).</summary>
    Nl,

    /// <summary>English.</summary>
    En,
}

/// <summary>Conversions for <see cref="OutputLanguage"/>.</summary>
public static class OutputLanguageExtensions
{
    /// <summary>The domain language for <paramref name="language"/>.</summary>
    public static Language ToLanguage(this OutputLanguage language) =>
        language == OutputLanguage.En ? Language.English : Language.Dutch;
}
