using System.Reflection;
using System.Text.RegularExpressions;
using Benchmark.Text;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Turns the command-line parser's errors into one line in the reader's language, with the nearest command or option
/// ("bedoelt u 'compare'?"). The language is taken from <c>--lang</c> in the arguments, since parsing failed.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>The commands and sub-commands, for "did you mean".</summary>
    public static IReadOnlyList<string> Commands { get; } =
        ["demo", "serve", "validate", "import", "datasets", "show", "delete", "export", "compare", "rank", "stats", "peers", "partners",
            "efficiency", "index", "report", "chart", "survey", "purge", "explain", "list", "agenda", "add", "users", "disable",
            "reset-password", "generate", "samples", "template"];

    private static readonly Lazy<IReadOnlyList<string>> Options = new(() =>
        [.. typeof(UsageErrors).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(a => a.LongNames)
            .Append("help").Append("version")
            .Distinct(StringComparer.Ordinal)]);

    /// <summary>The language asked for with <c>--lang en</c> or <c>--lang=en</c>; Dutch otherwise.</summary>
    public static Language LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i][7..] : null;
            if (value is not null)
            {
                return value.Equals("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Dutch;
            }
        }

        return Language.Dutch;
    }

    /// <summary>
    /// The parser's error as one line for people. A text the parser did not write (<paramref name="fromParser"/> false:
    /// a settings check, already in the reader's language) stays as it is; a parser text not known here follows a
    /// Dutch sentence.
    /// </summary>
    public static LocalizedText Explain(string message, bool fromParser = true)
    {
        if (UnknownCommand().Match(message) is { Success: true } c)
        {
            var typed = c.Groups["x"].Value;
            return WithSuggestion(LocalizedText.Format("Onbekende opdracht '{0}'.", "Unknown command '{0}'.", typed), NearestName.Find(typed, Commands));
        }

        if (UnknownOption().Match(message) is { Success: true } o)
        {
            var typed = o.Groups["x"].Value;
            var nearest = NearestName.Find(typed, Options.Value);
            if (nearest is not null && "--" + nearest == Dashed(typed))
            {
                // An option of another command ("report --municipality"): suggesting itself would not help.
                return LocalizedText.Format(
                    "De optie '{0}' hoort niet bij deze opdracht; zie de opties met --help.",
                    "The option '{0}' does not belong to this command; see its options with --help.",
                    Dashed(typed));
            }

            return WithSuggestion(
                LocalizedText.Format("Onbekende optie '{0}'.", "Unknown option '{0}'.", Dashed(typed)),
                nearest is null ? null : "--" + nearest);
        }

        if (MissingArgument().Match(message) is { Success: true } m)
        {
            return LocalizedText.Format(
                "Bij '{0}' ontbreekt het argument {1}.", "'{0}' needs the argument {1}.", m.Groups["c"].Value, m.Groups["a"].Value);
        }

        if (FailedToConvert().Match(message) is { Success: true } f)
        {
            var value = f.Groups["v"].Value;
            if (value.StartsWith("__", StringComparison.Ordinal))
            {
                return new("Een optie mist haar waarde (bijv. --year 2024).", "An option lacks its value (e.g. --year 2024).");
            }

            var valid = f.Groups["valid"].Success ? f.Groups["valid"].Value.Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
                : f.Groups["t"].Value == nameof(Language) ? $"{Language.Dutch.Code}, {Language.English.Code}"
                : null;
            return valid is not null
                ? LocalizedText.Format("'{0}' is geen geldige waarde; kies uit: {1}.", "'{0}' is not a valid value; choose from: {1}.", value, valid)
                : LocalizedText.Format("'{0}' is geen geldige waarde; verwacht is {1}.", "'{0}' is not a valid value; expected {2}.", value, TypeName(f.Groups["t"].Value).Nl, TypeName(f.Groups["t"].Value).En);
        }

        if (NoArgument().Match(message) is { Success: true } n)
        {
            return LocalizedText.Format(
                "'{0}' hoort bij geen argument of optie. Zet een waarde met spaties tussen aanhalingstekens, bijv. --group \"Leerkring Oost\".",
                "'{0}' belongs to no argument or option. Quote a value with spaces, e.g. --group \"Leerkring Oost\".",
                n.Groups["v"].Value);
        }

        if (MissingRequired().Match(message) is { Success: true } r)
        {
            var what = r.Groups["o"].Value == "option" ? new LocalizedText("de optie", "the option") : new LocalizedText("het argument", "the argument");
            return LocalizedText.Format("Hier ontbreekt {0} {1}.", "{2} {1} is missing here.", what.Nl, r.Groups["a"].Value, Capital(what.En));
        }

        return message switch
        {
            "Flags cannot be assigned a value." => new(
                "Een schakelaar (zoals --yes of --all) krijgt geen waarde: laat '=…' weg.",
                "A flag (such as --yes or --all) takes no value: leave out '=…'."),
            "Expected an option value." or "No value provided." => new(
                "Een optie mist haar waarde (bijv. --year 2024).", "An option lacks its value (e.g. --year 2024)."),
            "Option does not have a name." or "Invalid long option name." or "Missing option name." or "Invalid option name."
                or "Short option does not have a valid name." or "Option names cannot start with a digit." => new(
                "Een optie zonder geldige naam: schrijf opties voluit met twee streepjes, bijv. --year 2024 (zie --help).",
                "An option without a valid name: write options in full with two dashes, e.g. --year 2024 (see --help)."),
            "Multiple option values are not supported." or "Too many option values." or "Multiple values are not supported." or "Too many values." => new(
                "Deze optie neemt één waarde; zet een waarde met spaties tussen aanhalingstekens.",
                "This option takes one value; quote a value with spaces."),
            _ when fromParser => LocalizedText.Format(
                "De opdrachtregel is niet te lezen (de lezer meldt: {0}); zie de voorbeelden met --help.",
                "The command line cannot be read: {0} See the examples with --help.",
                message),
            _ => new(message, message),
        };
    }

    /// <summary>The closing line that points to the help.</summary>
    public static LocalizedText SeeHelp { get; } = new(
        "Zie 'benchmark --help' of 'benchmark <opdracht> --help' voor het gebruik.",
        "Run 'benchmark --help' or 'benchmark <command> --help' for usage.");

    private static LocalizedText WithSuggestion(LocalizedText text, string? nearest) => nearest is null
        ? text
        : LocalizedText.Format("{0} Bedoelt u '{1}'?", "{2} Did you mean '{1}'?", text.Nl, nearest, text.En);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Dashed(string name) => name.StartsWith('-') ? name : (name.Length == 1 ? "-" : "--") + name;

    private static LocalizedText TypeName(string type) => type switch
    {
        "a whole number" or "Int32" or "Int64" or "Nullable`1" => new("een geheel getal", "a whole number"),
        _ => new(type, type),
    };

    [GeneratedRegex(@"^Unknown command '(?<x>[^']+)'")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^(Unknown|Unexpected) option '(?<x>[^']+)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Command '(?<c>[^']+)' is missing required argument '(?<a>[^']+)'")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Failed to convert '(?<v>[^']*)' to (?<t>[^.]+)\.(\s*Valid values are (?<valid>.+))?")]
    private static partial Regex FailedToConvert();

    [GeneratedRegex(@"^(Command '[^']+' is missing required|Missing required) (?<o>argument|option) '(?<a>[^']+)'")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^Could not match '(?<v>[^']+)' with an argument")]
    private static partial Regex NoArgument();
}
