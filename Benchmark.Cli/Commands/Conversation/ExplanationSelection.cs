using Benchmark.Conversation;
using Benchmark.Store;
using Benchmark.Store.Conversation;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>The explanations a list or export shows.</summary>
internal static class ExplanationSelection
{
    /// <summary>The explanations the settings ask for: current ones, or every revision with --history.</summary>
    public static IEnumerable<Explanation> Select(IDatasetStore store, string? target, int? year, bool history)
    {
        var municipality = target is { } t ? ConversationLookup.Municipality(t) : (Municipalities.MunicipalityCode?)null;
        var current = store.Explanations(municipality, year);
        return history
            ? current.SelectMany(e => store.ExplanationHistory(e.Municipality, e.Indicator, e.Year).Select(h => h with { IsCorrected = e.IsCorrected }))
            : current;
    }
}
