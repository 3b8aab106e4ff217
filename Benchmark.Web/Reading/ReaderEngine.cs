using Benchmark.Data;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Store.Accounts;
using Benchmark.Web.Analysis;

namespace Benchmark.Web.Reading;

/// <summary>
/// The engine one reader may compute with: the store's engine (<see cref="StoreEngine"/>) over only the figures the
/// visibility rule lets the reader see — every published year, and an unpublished year only for the coordinator and for
/// the delivering municipality itself. So group statistics, ranks and partners of an unpublished year are never made
/// from other municipalities' figures for a reader who may not see them (the group is then too small and suppressed).
/// </summary>
internal sealed class ReaderEngine(IDatasetStore store, StoreEngine engines)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BenchmarkEngine?> _cache = new(StringComparer.Ordinal);
    private BenchmarkEngine? _base;

    /// <summary>The store's analysis session (its dataset sources and findings, as the CLI reads a store), or <see langword="null"/>.</summary>
    public Store.Analysis.AnalysisSession? Session => engines.Session();

    /// <summary>The engine for <paramref name="viewer"/>; <see langword="null"/> when there is nothing the reader may see.</summary>
    public BenchmarkEngine? For(Account? viewer)
    {
        if (viewer is null || viewer.Disabled || engines.Current() is not { } full)
        {
            return null;
        }

        if (viewer.Role == Role.Coordinator)
        {
            return full;
        }

        var published = store.PublishedYears();
        if (full.Years.All(published.Contains))
        {
            return full;
        }

        var own = viewer.Role.NeedsMunicipality() ? viewer.Municipality : null;
        var key = string.Join(',', published.Order()) + "|" + own;
        lock (_gate)
        {
            if (!ReferenceEquals(_base, full))
            {
                _cache.Clear();
                _base = full;
            }

            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var data = new DatasetBuilder()
            .AddRange(full.Data.Observations.Where(o => published.Contains(o.Year) || (own is { } m && o.Municipality == m)))
            .Build();
        var engine = data.Years.Count == 0 ? null : new BenchmarkEngine(data, full.Municipalities, full.Catalog, full.Options);
        lock (_gate)
        {
            if (ReferenceEquals(_base, full))
            {
                _cache[key] = engine;
            }
        }

        return engine;
    }
}
