using System.Globalization;

namespace Benchmark.Text;

/// <summary>
/// The one localisation helper: what a <see cref="Language"/> says — the Dutch or the English text, numbers and dates
/// in its culture. Texts that must keep both languages (findings, messages stored or written as JSON) are a
/// <see cref="LocalizedText"/>, built with <see cref="LocalizedText.Format"/>, which formats through here.
/// </summary>
public static class LanguageText
{
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The language named by an ISO 639-1 code as typed with <c>--lang</c>: <c>nl</c> or <c>en</c> (any case).</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language; <see cref="Language.Dutch"/> when the code is not known.</param>
    /// <returns>Whether the code names a language.</returns>
    public static bool TryParse(string? code, out Language language)
    {
        var english = string.Equals(code, "en", StringComparison.OrdinalIgnoreCase);
        language = english ? Language.English : Language.Dutch;
        return english || string.Equals(code, "nl", StringComparison.OrdinalIgnoreCase);
    }

    extension(Language language)
    {
        /// <summary>The culture numbers and dates are formatted in: nl-NL or en-GB.</summary>
        public CultureInfo Culture => language == Language.Dutch ? DutchCulture : EnglishCulture;

        /// <summary>Whether the language is Dutch (the default).</summary>
        public bool IsDutch => language == Language.Dutch;

        /// <summary>The ISO 639-1 code: <c>nl</c> or <c>en</c>.</summary>
        public string Code => language == Language.Dutch ? "nl" : "en";

        /// <summary>The Dutch or the English text.</summary>
        /// <param name="nl">The Dutch text.</param>
        /// <param name="en">The English text.</param>
        /// <returns>The text in this language.</returns>
        public string Pick(string nl, string en) => language == Language.Dutch ? nl : en;

        /// <summary>The text of <paramref name="text"/> in this language.</summary>
        /// <param name="text">A text in both languages.</param>
        /// <returns>The text in this language.</returns>
        public string Pick(LocalizedText text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return text.Get(language);
        }

        /// <summary>
        /// Formats the Dutch or the English template in this language's culture; an argument that is a
        /// <see cref="LocalizedText"/> is replaced by its text in this language.
        /// </summary>
        /// <param name="nl">Composite format string in Dutch.</param>
        /// <param name="en">Composite format string in English.</param>
        /// <param name="args">The arguments.</param>
        /// <returns>The formatted text.</returns>
        public string Format(string nl, string en, params object?[] args) =>
            string.Format(language.Culture, language.Pick(nl, en), Resolve(args, language));

        /// <summary>A date as people write it: "7 december 2026" or "7 December 2026".</summary>
        /// <param name="time">The moment.</param>
        /// <returns>The date in this language.</returns>
        public string Date(DateTimeOffset time) => time.ToString("d MMMM yyyy", language.Culture);

        /// <summary>A count with its noun in the singular for one and the plural otherwise: "1 gemeente", "32 gemeenten".</summary>
        /// <param name="count">The number of things.</param>
        /// <param name="nlOne">The Dutch singular.</param>
        /// <param name="nlMany">The Dutch plural.</param>
        /// <param name="enOne">The English singular.</param>
        /// <param name="enMany">The English plural.</param>
        /// <returns>The count with thousands separators and the noun, in this language.</returns>
        public string Counted(int count, string nlOne, string nlMany, string enOne, string enMany) =>
            string.Format(language.Culture, "{0:N0} {1}", count, count == 1 ? language.Pick(nlOne, enOne) : language.Pick(nlMany, enMany));

        /// <summary>A whole number with thousands separators: "1.234" or "1,234".</summary>
        /// <param name="n">The number.</param>
        /// <returns>The number in this language.</returns>
        public string WholeNumber(int n) => n.ToString("N0", language.Culture);
    }

    private static object?[] Resolve(object?[] args, Language language)
    {
        if (!Array.Exists(args, a => a is LocalizedText))
        {
            return args;
        }

        var result = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            result[i] = args[i] is LocalizedText text ? text.Get(language) : args[i];
        }

        return result;
    }
}
