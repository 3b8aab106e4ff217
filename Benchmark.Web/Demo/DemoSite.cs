using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;

namespace Benchmark.Web.Demo;

/// <summary>
/// Fills a fresh store for <c>benchmark serve --demo</c>: every sample year, the sample learning circles, every year but
/// the newest published (the newest is open, so its figures show only to Zwolle and the coordinator), the respondent
/// sample with a few explanations and agenda items (<see cref="DemoConversation"/>), and one account per role with a
/// random password.
/// </summary>
public static class DemoSite
{
    /// <summary>The municipality of the demo analyst and director (Zwolle, member of "Leerkring Oost").</summary>
    public static MunicipalityCode Municipality { get; } = MunicipalityCode.Parse("GM0193");

    /// <summary>Imports the samples and makes the demo accounts.</summary>
    /// <param name="store">A fresh store.</param>
    /// <param name="samples">The samples folder (benchmark-YYYY.csv and groups.csv).</param>
    /// <returns>The demo accounts with their passwords, coordinator first.</returns>
    /// <exception cref="ArgumentException">When the store already holds accounts or data.</exception>
    public static IReadOnlyList<DemoAccount> Seed(IDatasetStore store, string samples)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(samples);
        if (store.Accounts().Count > 0 || store.Versions().Count > 0)
        {
            throw new ArgumentException("The demo needs a fresh store.", nameof(store));
        }

        var coordinator = "coordinator";
        var years = new List<int>();
        foreach (var file in Directory.EnumerateFiles(samples, "benchmark-????.csv").Order(StringComparer.Ordinal))
        {
            var outcome = StoreImporter.Import(store, file, new StoreImportOptions { ImportedBy = coordinator, FileName = Path.GetFileName(file) });
            years.AddRange(outcome.Version.Years);
        }

        var groups = Path.Combine(samples, "groups.csv");
        if (File.Exists(groups))
        {
            store.ReplaceCircles(GroupFileReader.Read(groups).Groups);
        }

        foreach (var year in years.Distinct().Order())
        {
            store.SetYearState(year, year == years.Max() ? YearState.Open : YearState.Published, coordinator);
        }

        DemoConversation.Seed(store, samples, coordinator, TimeProvider.System);
        var accounts = new List<DemoAccount>
        {
            Add(store, coordinator, Role.Coordinator, null),
            Add(store, "analist.zwolle", Role.Analyst, Municipality),
            Add(store, "directeur.zwolle", Role.Director, Municipality),
        };
        var researcher = Add(store, "onderzoeker", Role.Researcher, null);
        accounts.Add(researcher with { Token = store.IssueToken(researcher.Account.Id) });
        return accounts;
    }

    private static DemoAccount Add(IDatasetStore store, string name, Role role, MunicipalityCode? municipality)
    {
        var password = Passwords.Generate();
        return new DemoAccount(store.AddAccount(name, role, municipality, password), password, null);
    }
}
