using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Conversation;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary><c>benchmark explain list [MUNICIPALITY] [--year Y] [--history]</c>: the explanations in the store.</summary>
internal sealed class ExplainListCommand(CliEnvironment env) : Command<ConversationListSettings>
{
    private static readonly ResultColumn[] Columns =
    [
        new("municipality", "Gemeente", "Municipality", NoWrap: true),
        new("indicator", "Indicator", "Indicator"),
        new("year", "Jaar", "Year"),
        new("revision", "Rev.", "Rev.", CellKind.Integer),
        new("category", "Categorie", "Category"),
        new("text", "Duiding", "Explanation"),
        new("author", "Auteur", "Author"),
        new("writtenAt", "Geschreven", "Written"),
        new("flag", "Let op", "Notes"),
    ];

    public override int Execute(CommandContext context, ConversationListSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            var rows = ExplanationSelection.Select(store, settings.Target, settings.Year, settings.History).Select(e => new object?[]
            {
                e.Municipality.ToString(), e.Indicator, e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Revision, e.Category.Code(), e.Text, e.Author,
                e.WrittenAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                e.FlagsDataError ? settings.Lang.Pick("datafout, niet gecorrigeerd", "data error, not corrected")
                    : e.Category == ExplanationCategory.DataError ? settings.Lang.Pick("gecorrigeerd", "corrected") : null,
            }).ToList();
            ResultWriter.Write(new ResultTable("explanations", Columns, rows), settings.Format, settings.Lang, env.Console, env.Out);
            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark explain list: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
