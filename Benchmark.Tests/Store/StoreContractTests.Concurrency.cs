using Benchmark.Store;

namespace Benchmark.Tests.Store;

/// <summary>Two stores on one database importing at the same time: both succeed, one waits, nothing is lost or doubled.</summary>
public abstract partial class StoreContractTests
{
    [Test]
    public void Import_TwoStoresOnOneDatabaseAtOnce_BothSucceedWithoutLossOrDoubles()
    {
        var one = Open();
        var two = Open();
        using var start = new Barrier(2);
        ImportOutcome? first = null;
        ImportOutcome? second = null;

        var a = Task.Run(() =>
        {
            start.SignalAndWait();
            first = StoreImporter.Import(one, StoreFiles.Sample("benchmark-2023.csv"));
        });
        var b = Task.Run(() =>
        {
            start.SignalAndWait();
            second = StoreImporter.Import(two, StoreFiles.Sample("benchmark-2024.csv"));
        });
        Task.WaitAll(a, b);

        Assert.That((first!.Kind, second!.Kind), Is.EqualTo((ImportOutcomeKind.Stored, ImportOutcomeKind.Stored)));
        Assert.That(first.Version.Id, Is.Not.EqualTo(second.Version.Id));
        var data = Open().LoadActive();
        Assert.That(data.Years, Is.EqualTo(new[] { 2023, 2024 }));
        Assert.That(data.Count, Is.EqualTo(first.Version.ValuesStored + second.Version.ValuesStored));
        Assert.That(Count(one, "observations"), Is.EqualTo(2 * 342 * 22));
    }

    [Test]
    public void Import_SameFileFromTwoStoresAtOnce_StoresItOnce()
    {
        var one = Open();
        var two = Open();
        using var start = new Barrier(2);
        var path = StoreFiles.Sample("benchmark-2024.csv");

        var outcomes = new ImportOutcome[2];
        var tasks = new[] { one, two }.Select((store, i) => Task.Run(() =>
        {
            start.SignalAndWait();
            outcomes[i] = StoreImporter.Import(store, path);
        })).ToArray();
        Task.WaitAll(tasks);

        Assert.That(outcomes.Select(o => o.Kind), Is.EquivalentTo(new[] { ImportOutcomeKind.Stored, ImportOutcomeKind.AlreadyImported }));
        Assert.That(outcomes[0].Version.Id, Is.EqualTo(outcomes[1].Version.Id));
        Assert.That(Count(one, "observations"), Is.EqualTo(342 * 22));
    }
}
