using Benchmark.Text;

namespace Benchmark.Cli.Help;

/// <summary>
/// The language of the help texts of the current run (from <c>--lang</c>, read before parsing): Dutch by default. Kept
/// per asynchronous flow, so parallel runs in one process (tests) do not mix languages.
/// </summary>
internal static class HelpLanguage
{
    private static readonly AsyncLocal<Language> Current = new();

    /// <summary>Sets the language of the help texts for the rest of this run.</summary>
    public static void Use(Language language) => Current.Value = language;

    /// <summary>Whether this run's help is English (<c>--lang en</c>).</summary>
    public static bool IsEnglish => Current.Value == Language.English;

    /// <summary>A help text in the current language: the Dutch of <paramref name="english"/>, or itself with <c>--lang en</c>.</summary>
    public static string Of(string english) =>
        Current.Value == Language.English ? english : DutchHelp.Texts.GetValueOrDefault(english, english);

    /// <summary>
    /// The arguments without <c>--lang</c> when help is asked for: the language is read before parsing (<see cref="Use"/>),
    /// and a group command (<c>survey</c>, <c>datasets</c>, …) has no <c>--lang</c> of its own, so the parser would
    /// refuse it after (or instead of) printing the help.
    /// </summary>
    public static string[] WithoutLanguageWhenHelp(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Any(a => a is "--help" or "-h" or "-?"))
        {
            return args;
        }

        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                i++;
                continue;
            }

            if (!args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                result.Add(args[i]);
            }
        }

        return [.. result];
    }
}
