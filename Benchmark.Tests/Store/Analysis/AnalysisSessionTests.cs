using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Analysis;

namespace Benchmark.Tests.Store.Analysis;

/// <summary>The library's entry point for an analysis (the CLI, the sample scripts and a web server load through it).</summary>
public sealed class AnalysisSessionTests
{
    private static readonly string Sample2024 = StoreFiles.Sample("benchmark-2024.csv");

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-session-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void FromFiles_BuildsTheEngineOverTheValidatedData()
    {
        var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [Sample2024] });

        Assert.That(session.Engine.Years, Is.EqualTo(new[] { 2024 }));
        Assert.That(session.Engine.Data.Count, Is.EqualTo(session.Report.Dataset.Count).And.GreaterThan(0));
        Assert.That(session.Sources.Single().Name, Is.EqualTo("benchmark-2024.csv"));
        Assert.That(session.ResolveMunicipality("Zwolle"), Is.EqualTo(MunicipalityCode.Parse("GM0193")));
        Assert.That(session.ResolveYear(null), Is.EqualTo(2024));
    }

    [Test]
    public void FromStore_GivesTheSameDataAsFromTheFile()
    {
        var db = Path.Combine(_folder, "store.db");
        using (var store = DatasetStore.Open(db))
        {
            StoreImporter.Import(store, Sample2024);
        }

        var fromFile = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [Sample2024] });
        var fromStore = AnalysisSession.Load(new AnalysisSessionOptions { OpenStore = () => DatasetStore.OpenForReading(db) });

        Assert.That(fromStore.Engine.Data.Observations.Select(o => (o.Municipality, o.Year, o.Indicator, o.Value)), Is.EqualTo(fromFile.Engine.Data.Observations.Select(o => (o.Municipality, o.Year, o.Indicator, o.Value))));
        Assert.That(fromStore.Sources.Single().Name, Does.StartWith("v1 benchmark-2024.csv"));
    }

    [Test]
    public void UnknownYear_IsAnAnalysisExceptionInDutchAndEnglish()
    {
        var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [Sample2024] });

        var ex = Assert.Throws<AnalysisException>(() => session.ResolveYear(2030))!;
        Assert.That(ex.Text.Nl, Is.EqualTo("Geen gegevens voor 2030; de invoer bevat 2024."));
        Assert.That(ex.Text.En, Is.EqualTo("No data for 2030; the input covers 2024."));
    }

    [Test]
    public void NearMissName_SuggestsTheMunicipality()
    {
        var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = [Sample2024] });

        var ex = Assert.Throws<AnalysisException>(() => session.ResolveMunicipality("Zwole"))!;
        Assert.That(ex.Text.En, Does.EndWith("Did you mean 'Zwolle'?"));
    }

    [Test]
    public void NamedGroupWithoutGroupsFile_IsAnAnalysisException()
    {
        var options = new AnalysisSessionOptions { Inputs = [Sample2024], Peers = PeerGroupSpec.Group("Oost") };

        var ex = Assert.Throws<AnalysisException>(() => AnalysisSession.Load(options))!;
        Assert.That(ex.Text.Nl, Does.Contain("--groups BESTAND"));
    }

    [Test]
    public void EmptyStore_TellsHowToFillIt()
    {
        var db = Path.Combine(_folder, "empty.db");
        DatasetStore.Open(db).Dispose();

        var ex = Assert.Throws<AnalysisException>(() => AnalysisSession.Load(new AnalysisSessionOptions { OpenStore = () => DatasetStore.OpenForReading(db) }))!;
        Assert.That(ex.Text.En, Does.Contain("holds no data yet"));
    }
}
