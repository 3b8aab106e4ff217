using Benchmark.Import;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;

namespace Benchmark.Web.Analysis;

/// <summary>
/// The one adapter between the site and the engine: the store's active data (with derived and survey indicators) and
/// its learning circles as a <see cref="BenchmarkEngine"/>, as the CLI builds it from a store. Built again only when a
/// dataset version or the circles change (so every page of one state of the store shows the same numbers).
/// </summary>
/// <remarks>To be replaced by the library's shared analysis session when it lands (see the README of this project).</remarks>
public sealed class StoreEngine(IDatasetStore store)
{
    private readonly Lock _gate = new();
    private (string Key, BenchmarkEngine? Engine) _cached = (string.Empty, null);

    /// <summary>The engine over the store's active data, or <see langword="null"/> when the store holds no data yet.</summary>
    public BenchmarkEngine? Current()
    {
        var versions = store.Versions();
        var circles = store.Circles();
        var key = $"{versions.Count}:{(versions.Count == 0 ? 0 : versions[^1].Id)}:{string.Join('|', circles.All.Select(c => c.Name + "=" + string.Join(',', c.Members)))}";
        lock (_gate)
        {
            if (_cached.Key == key)
            {
                return _cached.Engine;
            }
        }

        BenchmarkEngine? engine = null;
        if (versions.Any(v => v.Status != DatasetVersionStatus.Rejected))
        {
            var options = ImportOptions.Default;
            var data = store.WithSurveyIndicators(ActiveData.Load(store, options: options), options.Catalog);
            engine = new BenchmarkEngine(data, options.Municipalities, options.Catalog, BenchmarkOptions.Default with { Groups = circles });
        }

        lock (_gate)
        {
            _cached = (key, engine);
        }

        return engine;
    }
}
