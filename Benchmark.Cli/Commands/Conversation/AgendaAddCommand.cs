using Benchmark.Cli.Infrastructure;
using Benchmark.Conversation;
using Benchmark.Store;
using Benchmark.Store.Conversation;
using Benchmark.Store.Survey;
using Benchmark.Text;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark agenda add GM0193 …</c>: records an agreed action with the baseline value from the store.</summary>
internal sealed class AgendaAddCommand(CliEnvironment env) : Command<AgendaAddSettings>
{
    public override int Execute(CommandContext context, AgendaAddSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var code = ConversationLookup.Municipality(settings.Municipality);
            var indicator = ConversationLookup.Indicator(settings.Indicator!);
            using var store = StoreAccess.Open(settings.Db, env);
            var data = store.WithSurveyIndicators(ActiveData.Load(store));
            var year = settings.BaselineYear ?? (data.Years.Count > 0 ? data.Years[^1] : throw new UsageException("De opslag bevat geen jaargegevens: lees eerst de jaarbestanden in.", "The store holds no yearly data: import the yearly files first."));
            var baseline = data.ValueOrNaN(code, year, indicator.Code);
            if (double.IsNaN(baseline))
            {
                throw new UsageException($"De opslag heeft geen waarde van {indicator.Code} voor {code} in {year} om van uit te gaan; geef een ander --baseline-year.", $"The store has no value of {indicator.Code} for {code} in {year} to start from; give another --baseline-year.");
            }

            var saved = store.SaveAgendaItem(new AgendaItem(code, settings.Text!.Trim(), settings.Owner!.Trim(), settings.DueDate, indicator.Code, year, baseline) { Circle = settings.Circle });
            var language = settings.Lang;
            env.Out.WriteLine(LocalizedText.Format(
                "Actie {0} vastgelegd: {1} — basis {2} = {3} in {4}; de rapporten van latere jaren tonen de opvolging.",
                "Action {0} recorded: {1} — baseline {2} = {3} in {4}; reports of later years show the follow-up.",
                saved.Id,
                saved.Text,
                indicator.Code,
                baseline.ToString("0.###", language.Culture),
                year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Get(language));
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException)
        {
            env.Error.WriteLine($"benchmark agenda add: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
