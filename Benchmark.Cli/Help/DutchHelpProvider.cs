using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Benchmark.Cli.Help;

/// <summary>
/// Spectre's help in Dutch by default: the descriptions come Dutch from <see cref="LocalizedDescriptionAttribute"/>, and
/// the fixed labels Spectre writes in English (USAGE, OPTIONS, "Prints help information" …) are translated as they are
/// rendered. With <c>--lang en</c> the help is Spectre's own.
/// </summary>
internal sealed class DutchHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <summary>Spectre's labels and their Dutch; a label inside a table keeps its width so the columns stay aligned.</summary>
    private static readonly (string English, string Dutch)[] Labels =
    [
        ("DESCRIPTION:", "BESCHRIJVING:"),
        ("USAGE:", "GEBRUIK:"),
        ("EXAMPLES:", "VOORBEELDEN:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("COMMANDS:", "OPDRACHTEN:"),
        ("DEFAULT", "NORMAAL"),
        ("[OPTIONS]", "[OPTIES]"),
        ("<COMMAND>", "<OPDRACHT>"),
    ];

    /// <summary>The words of Spectre's "Prints help/version information", as whole segments.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Prints"] = "Toont",
        ["help"] = "hulpinformatie",
        ["version"] = "versie-informatie",
        ["information"] = string.Empty,
    };

    /// <inheritdoc />
    public override IEnumerable<IRenderable> Write(ICommandModel model, ICommandInfo? command)
    {
        var written = base.Write(model, command);
        return HelpLanguage.IsEnglish ? written : written.Select(r => (IRenderable)new Translated(r));
    }

    /// <summary>A renderable whose text segments have Spectre's labels in Dutch.</summary>
    private sealed class Translated(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(Dutch(s.Text), s.Style));

        private static string Dutch(string text)
        {
            // Spectre writes "Prints help information" word by word: the words are translated one by one.
            if (Words.TryGetValue(text, out var word))
            {
                return word;
            }

            foreach (var (english, dutch) in Labels)
            {
                text = text.Replace(english, dutch, StringComparison.Ordinal);
            }

            return text;
        }
    }
}
