using System.Collections.Concurrent;

namespace Benchmark.Web.Reading;

/// <summary>
/// Composed views (a dashboard's report, a league table, a circle report) kept for a short while: a view depends only on
/// the reader's engine (<see cref="ReaderEngine"/>: rebuilt when a dataset version or the circles change, and one per
/// visibility — the published years and the reader's own municipality), and on what the key names (municipality, year,
/// peer group, language, names or labels) — so the same view is not composed again for every reader, reload and chart
/// image. Entries live at most <see cref="Lifetime"/> (explanations and agenda items, which do not rebuild the engine,
/// show within that time — at once on the node where they were written, which calls <see cref="Clear"/>) and the cache
/// holds at most <see cref="Capacity"/>.
/// </summary>
internal sealed class ReportCache(WebOptions options)
{
    /// <summary>How long a composed view is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>The most views kept.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(BenchmarkEngine Engine, Type Kind, string Key), (DateTimeOffset At, object? Value)> _entries = new();

    /// <summary>The view for <paramref name="key"/> over <paramref name="engine"/>, composed by <paramref name="compose"/> when absent or old.</summary>
    public T Get<T>(BenchmarkEngine engine, string key, Func<T> compose)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(compose);
        var now = (options.Clock ?? TimeProvider.System).GetUtcNow();
        if (_entries.TryGetValue((engine, typeof(T), key), out var entry) && now - entry.At < Lifetime)
        {
            return (T)entry.Value!;
        }

        var value = compose();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[(engine, typeof(T), key)] = (now, value);
        return value;
    }

    /// <summary>Forgets every composed view: after an explanation or agenda action is stored, the next view shows it.</summary>
    public void Clear() => _entries.Clear();
}
