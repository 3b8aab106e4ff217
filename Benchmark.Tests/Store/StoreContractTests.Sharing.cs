using System.Text;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store.Sharing;

namespace Benchmark.Tests.Store;

/// <content>Circles, year states, audit log, staged uploads and Data Protection keys of the shared learning environment.</content>
public abstract partial class StoreContractTests
{
    [Test]
    public void Circles_ReplacedAsAWhole()
    {
        var store = Open();
        store.ReplaceCircles(new NamedGroups([new NamedGroup("Oost", [MunicipalityCode.Parse("GM0193"), MunicipalityCode.Parse("GM0150")]), new NamedGroup("West", [MunicipalityCode.Parse("GM0363")])]));
        store.ReplaceCircles(new NamedGroups([new NamedGroup("Oost", [MunicipalityCode.Parse("GM0193")])]));

        var circles = store.Circles();
        Assert.Multiple(() =>
        {
            Assert.That(circles.Names, Is.EqualTo(new[] { "Oost" }));
            Assert.That(circles.Find("Oost")!.Members, Is.EqualTo(new[] { MunicipalityCode.Parse("GM0193") }));
        });
    }

    [Test]
    public void YearState_OpenThenPublishedAndAudited()
    {
        var store = Open();
        store.SetYearState(2024, YearState.Open, "coordinator");
        Clock.Advance(TimeSpan.FromHours(1));
        store.SetYearState(2024, YearState.Published, "coordinator");
        store.SetYearState(2025, YearState.Open, "coordinator");

        Assert.Multiple(() =>
        {
            Assert.That(store.YearStates().Select(y => (y.Year, y.State)), Is.EqualTo(new[] { (2024, YearState.Published), (2025, YearState.Open) }));
            Assert.That(store.YearStates()[0].ChangedAt, Is.EqualTo(Start + TimeSpan.FromHours(1)));
            Assert.That(store.PublishedYears(), Is.EquivalentTo(new[] { 2024 }));
            Assert.That(store.AuditLog().Select(a => (a.Action, a.Subject, a.Detail)), Is.EqualTo(new[]
            {
                (AuditActions.YearState, "2025", "open"), (AuditActions.YearState, "2024", "published"), (AuditActions.YearState, "2024", "open"),
            }), "newest first");
        });
    }

    [Test]
    public void StagedUpload_OnlyForItsAccountAndNotAfterADay()
    {
        var store = Open();
        var bytes = Encoding.UTF8.GetBytes("gemeentecode;jaar\nGM0193;2024\n");
        var staged = store.Stage(7, "benchmark-2024.csv", bytes);

        Assert.Multiple(() =>
        {
            Assert.That(store.FindStaged(staged.Id, 7)!.Content, Is.EqualTo(bytes));
            Assert.That(store.FindStaged(staged.Id, 8), Is.Null, "someone else's upload");
            Assert.That(store.FindStaged("nope", 7), Is.Null);
        });
        Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.That(store.FindStaged(staged.Id, 7), Is.Null);
    }

    [Test]
    public void DataProtectionKeys_KeptOncePerName()
    {
        var store = Open();
        store.SaveDataProtectionKey("key-1", "<key id=\"1\"/>");
        store.SaveDataProtectionKey("key-1", "<key id=\"other\"/>");
        store.SaveDataProtectionKey("key-2", "<key id=\"2\"/>");

        Assert.That(store.DataProtectionKeys(), Is.EqualTo(new[] { "<key id=\"1\"/>", "<key id=\"2\"/>" }));
    }
}
