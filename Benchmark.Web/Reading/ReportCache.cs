using System.Collections.Concurrent;
using Benchmark.Reports.Model;

namespace Benchmark.Web.Reading;

/// <summary>
/// Composed dashboards kept for a short while: a report depends only on the engine (rebuilt when a dataset version or
/// the circles change), the municipality, year, peer group, language and whether names are shown — so the same view is
/// not composed again for every reader and reload. Entries live at most <see cref="Lifetime"/> (explanations and agenda
/// items, which do not rebuild the engine, show within that time — at once on the node where they were written, which
/// calls <see cref="Clear"/>) and the cache holds at most <see cref="Capacity"/>.
/// </summary>
internal sealed class ReportCache(WebOptions options)
{
    /// <summary>How long a composed report is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>The most reports kept.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(BenchmarkEngine Engine, string Key), (DateTimeOffset At, MunicipalityReport Report, IReadOnlyDictionary<string, IReadOnlyList<int>> Ranks)> _entries = new();

    /// <summary>The report for <paramref name="key"/> over <paramref name="engine"/>, composed by <paramref name="compose"/> when absent or old.</summary>
    public (MunicipalityReport Report, IReadOnlyDictionary<string, IReadOnlyList<int>> Ranks) Get(
        BenchmarkEngine engine,
        string key,
        Func<(MunicipalityReport, IReadOnlyDictionary<string, IReadOnlyList<int>>)> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var now = (options.Clock ?? TimeProvider.System).GetUtcNow();
        if (_entries.TryGetValue((engine, key), out var entry) && now - entry.At < Lifetime)
        {
            return (entry.Report, entry.Ranks);
        }

        var (report, ranks) = compose();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[(engine, key)] = (now, report, ranks);
        return (report, ranks);
    }

    /// <summary>Forgets every composed report: after an explanation or agenda action is stored, the next view shows it.</summary>
    public void Clear() => _entries.Clear();
}
