using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Finds an indicator by code or alias, or names the nearest one ("did you mean").</summary>
internal static class IndicatorLookup
{
    public static Indicator Find(BenchmarkEngine engine, string text)
    {
        if (engine.Catalog.FindByHeader(text) is { } found)
        {
            return found;
        }

        var candidates = engine.ComparableIndicators.SelectMany(i => i.Aliases.Prepend(i.Code).Append(i.Name.Nl).Append(i.Name.En)).ToList();
        var nearest = NearestName.Find(text, candidates) is { } name ? engine.Catalog.FindByHeader(name) : null;
        var codes = string.Join(", ", engine.ComparableIndicators.Select(i => i.Code));
        throw nearest is not null
            ? new UsageException(
                $"Onbekende indicator '{text}'. Bedoelt u '{nearest.Code}' ({nearest.Name.Nl})?",
                $"Unknown indicator '{text}'. Did you mean '{nearest.Code}' ({nearest.Name.En})?")
            : new UsageException(
                $"Onbekende indicator '{text}'. Vergelijkbare indicatoren: {codes}.",
                $"Unknown indicator '{text}'. Comparable indicators: {codes}.");
    }
}
