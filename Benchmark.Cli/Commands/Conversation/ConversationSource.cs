using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Composition;
using Benchmark.Store.Conversation;
using Benchmark.Store.Survey;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>What reports add from the store: survey aggregates, explanations and the learning agenda (only when reading the store).</summary>
internal static class ConversationSource
{
    public static ReportConversation Load(AnalysisSettings settings, CliEnvironment env)
    {
        if (settings.Input.Length > 0)
        {
            return ReportConversation.Empty;
        }

        using var store = StoreAccess.Open(settings.Db, env);
        return new ReportConversation
        {
            SurveyCells = store.SurveyCells(),
            Explanations = store.Explanations(),
            Agenda = store.AgendaItems(),
        };
    }
}
