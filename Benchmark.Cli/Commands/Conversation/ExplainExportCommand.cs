using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Conversation;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark explain export [--history] [--out FILE]</c>: explanations as CSV that <c>explain import</c> reads back.</summary>
internal sealed class ExplainExportCommand(CliEnvironment env) : Command<ConversationListSettings>
{
    public override int Execute(CommandContext context, ConversationListSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            using var buffer = new MemoryStream();
            ConversationCsv.WriteExplanations(ExplanationSelection.Select(store, settings.Target, settings.Year, history: true), buffer);
            CommandOutput.Emit(env, settings.Out, buffer.ToArray());
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UsageException or IOException)
        {
            env.Error.WriteLine($"benchmark explain export: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
