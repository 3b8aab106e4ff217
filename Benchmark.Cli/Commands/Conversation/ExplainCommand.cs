using Benchmark.Cli.Infrastructure;
using Benchmark.Conversation;
using Benchmark.Store;
using Benchmark.Store.Conversation;
using Benchmark.Text;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark explain GM0193 --indicator overhead_pct --year 2024 --category bewuste-keuze --text "…"</c>: keeps an explanation with a value.</summary>
internal sealed class ExplainCommand(CliEnvironment env) : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var code = ConversationLookup.Municipality(settings.Municipality);
            var indicator = ConversationLookup.Indicator(settings.Indicator!);
            using var store = StoreAccess.Open(settings.Db, env);
            var value = Store.Survey.SurveyStore.WithSurveyIndicators(store, ActiveData.Load(store, year: settings.Year)).ValueOrNaN(code, settings.Year!.Value, indicator.Code);
            var saved = store.SaveExplanation(new Explanation(
                code, indicator.Code, settings.Year.Value, settings.ParsedCategory, settings.Text!.Trim(), settings.Author ?? Environment.UserName, env.Clock.GetUtcNow()));
            var language = settings.Lang;
            env.Out.WriteLine(LocalizedText.Format(
                "Duiding opgeslagen (revisie {0}): {1} {2} {3} = {4} — {5}.",
                "Explanation stored (revision {0}): {1} {2} {3} = {4} — {5}.",
                saved.Revision,
                code,
                indicator.Code,
                saved.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                double.IsNaN(value) ? "–" : value.ToString("0.###", language.Culture),
                saved.Category.Label().Get(language)).Get(language));
            if (double.IsNaN(value))
            {
                env.Error.WriteLine(settings.Lang.Pick(
                    $"let op: de store heeft geen waarde voor {code} {indicator.Code} {settings.Year}; de duiding is wel bewaard.",
                    $"note: the store has no value for {code} {indicator.Code} {settings.Year}; the explanation was kept anyway."));
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException)
        {
            env.Error.WriteLine($"benchmark explain: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
