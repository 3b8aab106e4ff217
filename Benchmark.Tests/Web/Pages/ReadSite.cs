using Benchmark.Import;
using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;
using Benchmark.Tests.Store;

namespace Benchmark.Tests.Web.Pages;

/// <summary>
/// A site with figures: the samples of 2023 (published) and 2024 (open: only Zwolle's own people and the coordinator see
/// it), the sample learning circles plus a three-member circle "Klein" (below the minimum group size), and the accounts of
/// <see cref="WebSite"/>.
/// </summary>
internal static class ReadSite
{
    public static readonly MunicipalityCode Groningen = MunicipalityCode.Parse("GM0014");

    public static async Task<WebSite> StartAsync()
    {
        var site = await WebSite.StartAsync().ConfigureAwait(false);
        foreach (var year in new[] { 2023, 2024 })
        {
            StoreImporter.Import(site.Store, StoreFiles.Sample($"benchmark-{year}.csv"), new StoreImportOptions { ImportedBy = "coordinator" });
        }

        var circles = GroupFileReader.Read(StoreFiles.Sample("groups.csv")).Groups;
        site.Store.ReplaceCircles(circles.Merge(new NamedGroups([new NamedGroup("Klein", [WebSite.Zwolle, WebSite.Deventer, MunicipalityCode.Parse("GM0200")])])));
        site.Store.SetYearState(2023, YearState.Published, "coordinator");
        site.Store.SetYearState(2024, YearState.Open, "coordinator");
        return site;
    }

    /// <summary>The engine as <c>benchmark compare --db</c> builds it from the same store.</summary>
    public static BenchmarkEngine CliEngine(IDatasetStore store)
    {
        var options = ImportOptions.Default;
        var data = store.WithSurveyIndicators(ActiveData.Load(store, options: options), options.Catalog);
        return new BenchmarkEngine(data, options.Municipalities, options.Catalog, BenchmarkOptions.Default with { Groups = store.Circles() });
    }
}
