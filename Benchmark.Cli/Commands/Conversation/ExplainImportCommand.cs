using Benchmark.Cli.Infrastructure;
using Benchmark.Conversation;
using Benchmark.Store.Conversation;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark explain import FILE</c>: adds the revisions of an explanations export (already present ones are skipped).</summary>
internal sealed class ExplainImportCommand(CliEnvironment env) : Command<ConversationListSettings>
{
    public override int Execute(CommandContext context, ConversationListSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var file = settings.Target ?? throw new UsageException("Geef het bestand om in te lezen: benchmark explain import duidingen.csv.", "Give the file to import: benchmark explain import explanations.csv.");
            IReadOnlyList<Explanation> read;
            using (var stream = File.OpenRead(env.ForReading(file)))
            {
                read = ConversationCsv.ReadExplanations(stream);
            }

            using var store = StoreAccess.Open(settings.Db, env, create: true);
            var added = store.ImportExplanations(read);
            env.Out.WriteLine(settings.Lang.Pick($"{added} van {read.Count} duidingen toegevoegd (de rest stond er al).", $"{added} of {read.Count} explanations added (the others were there already)."));
            return ExitCodes.Ok;
        }
        catch (InvalidDataException ex)
        {
            env.Error.WriteLine($"benchmark explain import: {settings.Target}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.DataErrors;
        }
        catch (Exception ex) when (ex is UsageException or IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"benchmark explain import: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
