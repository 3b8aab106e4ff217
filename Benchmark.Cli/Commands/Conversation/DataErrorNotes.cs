using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Conversation;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>
/// Flags, in every analysis output on the store, the values explained as <c>datafout</c> that no corrected data have
/// replaced yet: a fact (machine output) and a note (text).
/// </summary>
internal static class DataErrorNotes
{
    public static ResultTable Add(ResultTable table, AnalysisSettings settings, CliEnvironment env)
    {
        if (settings.Input.Length > 0)
        {
            return table;
        }

        using var store = StoreAccess.Open(settings.Db, env);
        var flagged = store.Explanations().Where(e => e.FlagsDataError).ToList();
        if (flagged.Count == 0)
        {
            return table;
        }

        var list = string.Join("; ", flagged.Select(e => $"{e.Municipality} {e.Indicator} {e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return table with
        {
            Facts = [.. table.Facts, ("dataErrors", "Datafouten", "Data errors", list)],
            Notes =
            [
                .. table.Notes,
                ($"Let op: als datafout gemeld en nog niet gecorrigeerd: {list}. Deze waarden zijn volgens de gemeente onjuist (benchmark explain list).",
                 $"Note: reported as data errors and not yet corrected: {list}. The municipality says these values are wrong (benchmark explain list)."),
            ],
        };
    }
}
