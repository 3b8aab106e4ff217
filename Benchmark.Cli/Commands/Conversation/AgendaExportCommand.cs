using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Conversation;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark agenda export [--out FILE]</c>: the coordinator's export of the learning agenda as CSV.</summary>
internal sealed class AgendaExportCommand(CliEnvironment env) : Command<ConversationListSettings>
{
    public override int Execute(CommandContext context, ConversationListSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            var municipality = settings.Target is { } t ? ConversationLookup.Municipality(t) : (Municipalities.MunicipalityCode?)null;
            using var buffer = new MemoryStream();
            ConversationCsv.WriteAgenda(store.AgendaItems(municipality), buffer);
            CommandOutput.Emit(env, settings.Out, buffer.ToArray());
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UsageException or IOException)
        {
            env.Error.WriteLine($"benchmark agenda export: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
