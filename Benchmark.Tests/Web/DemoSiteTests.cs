using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Demo;

namespace Benchmark.Tests.Web;

/// <summary><c>serve --demo</c>: the samples, circles and year states, and one account per role with a working random password.</summary>
[TestFixture]
[Category(TestCategories.Slow)]
public sealed class DemoSiteTests
{
    [Test]
    public void Seed_OneAccountPerRoleSamplesCirclesAndTheNewestYearOpen()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var store = DatasetStore.Open(Path.Combine(folder, "demo.db"));

        var accounts = DemoSite.Seed(store, TestPaths.Samples);

        Assert.Multiple(() =>
        {
            Assert.That(accounts.Select(a => a.Account.Role), Is.EqualTo(Roles.All));
            Assert.That(accounts.Select(a => a.Password).Distinct().Count(), Is.EqualTo(4));
            Assert.That(accounts.All(a => store.SignIn(a.Account.UserName, a.Password).Status == SignInStatus.Success), Is.True);
            Assert.That(store.FindByToken(accounts[^1].Token!)?.Role, Is.EqualTo(Role.Researcher));
            Assert.That(store.Versions().Select(v => v.FileName), Has.All.Match("^benchmark-[0-9]{4}\\.csv$"), "no machine paths");
            Assert.That(store.Circles().Names, Does.Contain("Leerkring Oost"));
            Assert.That(store.YearStates().Single(y => y.State == YearState.Open).Year, Is.EqualTo(store.YearStates().Max(y => y.Year)));
            Assert.That(() => DemoSite.Seed(store, TestPaths.Samples), Throws.ArgumentException, "only a fresh store");
        });
    }
}
