using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store.Accounts;

namespace Benchmark.Store.Sharing;

/// <summary>
/// Who sees what in the shared learning environment — one rule for every page, download and API call.
/// </summary>
/// <remarks>
/// <para>Figures: a published year's figures are seen by every account; an unpublished year's (open or not opened) only
/// by the coordinator and by the analysts and directors of the delivering municipality. Researchers see published years only.</para>
/// <para>Names: the coordinator sees every name; an analyst or director sees their own municipality's name and the names
/// of the members of their own learning circles; every other municipality, and every municipality for a researcher, is
/// shown by its anonymised label (the keyed permutation of the anonymity rule).</para>
/// </remarks>
public static class Visibility
{
    /// <summary>Whether <paramref name="viewer"/> may see the figures of <paramref name="municipality"/> in <paramref name="year"/>.</summary>
    /// <param name="viewer">The signed-in account; <see langword="null"/> for anonymous visitors, who see no figures.</param>
    /// <param name="municipality">Whose figures.</param>
    /// <param name="year">Of which year.</param>
    /// <param name="publishedYears">The published years (<see cref="SharingStore.PublishedYears"/>).</param>
    public static bool MaySeeFigures(Account? viewer, MunicipalityCode municipality, int year, IReadOnlySet<int> publishedYears)
    {
        ArgumentNullException.ThrowIfNull(publishedYears);
        if (viewer is null || viewer.Disabled)
        {
            return false;
        }

        return viewer.Role == Role.Coordinator || publishedYears.Contains(year) || (viewer.Role.NeedsMunicipality() && viewer.Municipality == municipality);
    }

    /// <summary>Whether <paramref name="viewer"/> sees the real name of <paramref name="municipality"/> (otherwise its anonymised label).</summary>
    /// <param name="viewer">The signed-in account; <see langword="null"/> sees no names.</param>
    /// <param name="municipality">The municipality shown.</param>
    /// <param name="circles">The learning circles (<see cref="SharingStore.Circles"/>).</param>
    public static bool SeesName(Account? viewer, MunicipalityCode municipality, NamedGroups circles)
    {
        ArgumentNullException.ThrowIfNull(circles);
        if (viewer is null || viewer.Disabled)
        {
            return false;
        }

        if (viewer.Role == Role.Coordinator)
        {
            return true;
        }

        if (!viewer.Role.NeedsMunicipality() || viewer.Municipality is not { } own)
        {
            return false;
        }

        return own == municipality || circles.All.Any(c => c.Contains(own) && c.Contains(municipality));
    }

    /// <summary>
    /// Whether <paramref name="viewer"/> may see a dataset version's details (findings quote values; the quarantine holds
    /// rows): the coordinator always; analysts and directors when an account of their own municipality uploaded it.
    /// </summary>
    /// <param name="viewer">The signed-in account.</param>
    /// <param name="version">The version.</param>
    /// <param name="accounts">Every account (<see cref="AccountStore.Accounts"/>), to find the uploader's municipality.</param>
    public static bool MaySeeVersion(Account? viewer, DatasetVersion version, IReadOnlyList<Account> accounts)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(accounts);
        if (viewer is null || viewer.Disabled)
        {
            return false;
        }

        if (viewer.Role == Role.Coordinator)
        {
            return true;
        }

        return viewer.Role.NeedsMunicipality()
            && accounts.FirstOrDefault(a => a.UserName == version.ImportedBy) is { Municipality: { } m }
            && m == viewer.Municipality;
    }
}
