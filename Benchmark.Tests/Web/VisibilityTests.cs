using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Text;
using Benchmark.Web.Visibility;

namespace Benchmark.Tests.Web;

/// <summary>Who sees whose figures and names: the one rule behind every page, download and API call.</summary>
[TestFixture]
public sealed class VisibilityTests
{
    private static readonly MunicipalityCode Zwolle = MunicipalityCode.Parse("GM0193");
    private static readonly MunicipalityCode Deventer = MunicipalityCode.Parse("GM0150");
    private static readonly MunicipalityCode Amsterdam = MunicipalityCode.Parse("GM0363");
    private static readonly NamedGroups Circles = new([new NamedGroup("Leerkring Oost", [Zwolle, Deventer])]);
    private static readonly IReadOnlySet<int> Published = new HashSet<int> { 2023 };

    private static Account Of(Role role, MunicipalityCode? m = null, bool disabled = false) =>
        new(1, role.Code(), role, m, disabled, 0, null, DateTimeOffset.UnixEpoch);

    [TestCase(Role.Coordinator, null, 2024, true, TestName = "Coordinator sees an unpublished year of anyone")]
    [TestCase(Role.Analyst, "GM0193", 2024, true, TestName = "Analyst sees their own municipality's unpublished year")]
    [TestCase(Role.Director, "GM0193", 2024, true, TestName = "Director sees their own municipality's unpublished year")]
    [TestCase(Role.Director, "GM0150", 2024, false, TestName = "Director of another municipality, even a circle member, does not see an unpublished year")]
    [TestCase(Role.Researcher, null, 2024, false, TestName = "Researcher does not see an unpublished year")]
    [TestCase(Role.Director, "GM0363", 2023, true, TestName = "Everyone sees a published year")]
    [TestCase(Role.Researcher, null, 2023, true, TestName = "Researcher sees a published year")]
    public void MaySeeFigures_OfZwolle(Role role, string? municipality, int year, bool expected) =>
        Assert.That(Visibility.MaySeeFigures(Of(role, municipality is null ? null : MunicipalityCode.Parse(municipality)), Zwolle, year, Published), Is.EqualTo(expected));

    [Test]
    public void MaySeeFigures_AnonymousAndDisabledSeeNothing() => Assert.Multiple(() =>
    {
        Assert.That(Visibility.MaySeeFigures(null, Zwolle, 2023, Published), Is.False);
        Assert.That(Visibility.MaySeeFigures(Of(Role.Coordinator, disabled: true), Zwolle, 2023, Published), Is.False);
    });

    [Test]
    public void SeesName_OnlyOwnAndCircleMembersExceptForTheCoordinator() => Assert.Multiple(() =>
    {
        var zwolle = Of(Role.Director, Zwolle);
        Assert.That(Visibility.SeesName(zwolle, Zwolle, Circles), Is.True, "own");
        Assert.That(Visibility.SeesName(zwolle, Deventer, Circles), Is.True, "same circle");
        Assert.That(Visibility.SeesName(zwolle, Amsterdam, Circles), Is.False, "not in a circle with Zwolle");
        Assert.That(Visibility.SeesName(Of(Role.Analyst, Amsterdam), Zwolle, Circles), Is.False, "Amsterdam is in no circle");
        Assert.That(Visibility.SeesName(Of(Role.Researcher), Zwolle, Circles), Is.False);
        Assert.That(Visibility.SeesName(Of(Role.Coordinator), Amsterdam, Circles), Is.True);
        Assert.That(Visibility.SeesName(null, Zwolle, Circles), Is.False);
    });

    [Test]
    public void NameDisplay_LabelsFromTheStoreSecretLikeTheReports()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var store = DatasetStore.Open(Path.Combine(folder, "v.db"));
        store.ReplaceCircles(Circles);
        var director = store.AddAccount("director", Role.Director, Zwolle, "correct horse battery");
        var expected = Benchmark.Reports.Composition.AnonymousLabels.Letters(Benchmark.Import.BuiltInMunicipalities.Registry, [], store.Secret("anonymize"))[Amsterdam];

        var nl = new NameDisplay(store, director, Language.Dutch);
        var en = new NameDisplay(store, director, Language.English);
        var researcher = new NameDisplay(store, store.AddAccount("researcher", Role.Researcher, null, "correct horse battery"), Language.Dutch);

        Assert.Multiple(() =>
        {
            Assert.That(nl.Name(Deventer), Is.EqualTo("Deventer"));
            Assert.That(nl.Name(Amsterdam), Is.EqualTo("Gemeente " + expected));
            Assert.That(en.Name(Amsterdam), Is.EqualTo("Municipality " + expected));
            Assert.That(researcher.Name(Zwolle), Does.StartWith("Gemeente ").And.Not.Contain("Zwolle"));
        });
    }
}
