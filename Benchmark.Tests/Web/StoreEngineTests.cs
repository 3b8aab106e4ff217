using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Web.Analysis;

namespace Benchmark.Tests.Web;

/// <summary>The site's engine: the library's analysis session over the site's own store, rebuilt only when the store changes.</summary>
[TestFixture]
public sealed class StoreEngineTests
{
    [Test]
    public void Current_SameEngineUntilTheStoreChangesAndTheStoreStaysOpen()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var store = DatasetStore.Open(Path.Combine(folder, "e.db"));
        var engines = new StoreEngine(store);
        var empty = engines.Current();
        StoreImporter.Import(store, Path.Combine(TestPaths.Samples, "benchmark-2024.csv"));

        var first = engines.Current();
        var again = engines.Current();
        store.ReplaceCircles(new NamedGroups([new NamedGroup("Oost", [MunicipalityCode.Parse("GM0193"), MunicipalityCode.Parse("GM0150")])]));
        var withCircle = engines.Current();

        Assert.Multiple(() =>
        {
            Assert.That(empty, Is.Null, "no data yet");
            Assert.That(first!.LatestYear, Is.EqualTo(2024));
            Assert.That(again, Is.SameAs(first));
            Assert.That(withCircle, Is.Not.SameAs(first));
            Assert.That(withCircle!.Options.Groups.Find("Oost")!.Members, Has.Count.EqualTo(2));
            Assert.That(store.Versions(), Has.Count.EqualTo(1), "the site's store is still open");
        });
    }
}
