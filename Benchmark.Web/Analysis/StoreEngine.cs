using Benchmark.Store;
using Benchmark.Store.Analysis;
using Benchmark.Store.Sharing;

namespace Benchmark.Web.Analysis;

/// <summary>
/// The site's engine: the library's <see cref="AnalysisSession"/> over the site's store (active data with derived and
/// survey indicators, as the CLI reads a store) with the store's learning circles as named groups. Built again only
/// when a dataset version or the circles change, so every page of one state of the store shows the same numbers.
/// </summary>
internal sealed class StoreEngine(IDatasetStore store)
{
    private readonly Lock _gate = new();
    private (string Key, AnalysisSession? Session) _cached = (string.Empty, null);

    /// <summary>The engine over the store's active data, or <see langword="null"/> when the store holds no data yet.</summary>
    public BenchmarkEngine? Current() => Session()?.Engine;

    /// <summary>The analysis session (engine, sources, anonymisation secret), or <see langword="null"/> when the store holds no data yet.</summary>
    public AnalysisSession? Session()
    {
        var versions = store.Versions();
        var circles = store.Circles();
        var key = $"{versions.Count}:{(versions.Count == 0 ? 0 : versions[^1].Id)}:{string.Join('|', circles.All.Select(c => c.Name + "=" + string.Join(',', c.Members)))}";
        lock (_gate)
        {
            if (_cached.Key == key)
            {
                return _cached.Session;
            }
        }

        AnalysisSession? session = null;
        if (versions.Any(v => v.Status != DatasetVersionStatus.Rejected))
        {
            session = AnalysisSession.Load(new AnalysisSessionOptions { Store = store, Groups = circles, ReadAnonymizationSecret = true });
        }

        lock (_gate)
        {
            _cached = (key, session);
        }

        return session;
    }
}
