using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;
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
            Assert.That(store.SurveyCells(2024), Is.Not.Empty, "the respondent sample for the survey page");
            Assert.That(store.Explanations().Select(e => e.Category), Does.Contain(Benchmark.Conversation.ExplanationCategory.DataError), "explanations, one a data error");
            Assert.That(store.AgendaItems(), Has.Count.EqualTo(3), "agenda actions");
            Assert.That(store.AgendaItems().Select(a => a.BaselineValue), Has.All.Matches<double>(double.IsFinite), "baselines from the store");
            Assert.That(() => DemoSite.Seed(store, TestPaths.Samples), Throws.ArgumentException, "only a fresh store");
        });
    }
}
