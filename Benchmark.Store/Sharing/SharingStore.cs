using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store.Accounts;

namespace Benchmark.Store.Sharing;

/// <summary>
/// What the shared learning environment keeps besides accounts: the learning circles, each year's publication state
/// and the audit log (SQLite and PostgreSQL alike).
/// </summary>
public static class SharingStore
{
    /// <summary>Replaces every learning circle by <paramref name="circles"/> (one transaction).</summary>
    public static void ReplaceCircles(this IDatasetStore store, NamedGroups circles)
    {
        ArgumentNullException.ThrowIfNull(circles);
        AccountStore.Relational(store).Write(s =>
        {
            s.Execute("DELETE FROM circles");
            foreach (var circle in circles.All)
            {
                foreach (var member in circle.Members)
                {
                    s.Execute("INSERT INTO circles (name, municipality) VALUES (@n, @m)", ("n", circle.Name), ("m", member.Number));
                }
            }

            return 0;
        });
    }

    /// <summary>The learning circles, by name.</summary>
    public static NamedGroups Circles(this IDatasetStore store) =>
        AccountStore.Relational(store).Read(s =>
        {
            using var command = s.Command("SELECT name, municipality FROM circles ORDER BY name, municipality");
            using var r = command.ExecuteReader();
            var rows = new List<(string Name, MunicipalityCode Code)>();
            while (r.Read())
            {
                rows.Add((r.GetString(0), new MunicipalityCode(r.GetInt32(1))));
            }

            return new NamedGroups(rows.GroupBy(x => x.Name, StringComparer.Ordinal).Select(g => new NamedGroup(g.Key, g.Select(x => x.Code))));
        });

    /// <summary>Sets a year's state (open or published) and logs who did it.</summary>
    /// <exception cref="ArgumentException">When <paramref name="state"/> is <see cref="YearState.NotOpened"/>.</exception>
    public static YearStatus SetYearState(this IDatasetStore store, int year, YearState state, string by)
    {
        if (state == YearState.NotOpened)
        {
            throw new ArgumentException("A year can be opened or published, not un-opened.", nameof(state));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var relational = AccountStore.Relational(store);
        var now = relational.Clock.GetUtcNow();
        relational.Write(s =>
        {
            var p = new (string, object?)[] { ("y", year), ("s", Code(state)), ("at", relational.TimestampValue(now)), ("by", by) };
            return s.Execute("UPDATE year_states SET state = @s, changed_at = @at, changed_by = @by WHERE year = @y", p) > 0
                || s.Execute("INSERT INTO year_states (year, state, changed_at, changed_by) VALUES (@y, @s, @at, @by)", p) > 0;
        });
        store.Audit(new AuditEntry(now, by, AuditActions.YearState, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Code(state)));
        return new YearStatus(year, state, now, by);
    }

    /// <summary>The years a coordinator opened or published, by year.</summary>
    public static IReadOnlyList<YearStatus> YearStates(this IDatasetStore store)
    {
        var relational = AccountStore.Relational(store);
        return relational.Read(s =>
        {
            using var command = s.Command("SELECT year, state, changed_at, changed_by FROM year_states ORDER BY year");
            using var r = command.ExecuteReader();
            var result = new List<YearStatus>();
            while (r.Read())
            {
                result.Add(new YearStatus(r.GetInt32(0), r.GetString(1) == "published" ? YearState.Published : YearState.Open, relational.ReadTimestamp(r, 2), r.GetString(3)));
            }

            return (IReadOnlyList<YearStatus>)result;
        });
    }

    /// <summary>The years whose figures every member may see.</summary>
    public static IReadOnlySet<int> PublishedYears(this IDatasetStore store) =>
        store.YearStates().Where(y => y.State == YearState.Published).Select(y => y.Year).ToHashSet();

    /// <summary>Adds a line to the audit log.</summary>
    public static void Audit(this IDatasetStore store, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var relational = AccountStore.Relational(store);
        relational.Write(s => s.Execute(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @a, @x, @s, @d)",
            ("at", relational.TimestampValue(entry.At)), ("a", entry.Actor), ("x", entry.Action), ("s", entry.Subject), ("d", entry.Detail)));
    }

    /// <summary>Adds a line to the audit log, stamped with the store's clock.</summary>
    public static void Audit(this IDatasetStore store, string actor, string action, string? subject = null, string? detail = null) =>
        store.Audit(new AuditEntry(store.Now(), actor, action, subject, detail));

    /// <summary>The time by the store's clock (the one that stamps imports).</summary>
    public static DateTimeOffset Now(this IDatasetStore store) => AccountStore.Relational(store).Clock.GetUtcNow();

    /// <summary>The newest <paramref name="limit"/> lines of the audit log, newest first.</summary>
    public static IReadOnlyList<AuditEntry> AuditLog(this IDatasetStore store, int limit = 500)
    {
        var relational = AccountStore.Relational(store);
        return relational.Read(s =>
        {
            using var command = s.Command("SELECT id, at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT @l", ("l", limit));
            using var r = command.ExecuteReader();
            var result = new List<AuditEntry>();
            while (r.Read())
            {
                result.Add(new AuditEntry(relational.ReadTimestamp(r, 1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)) { Id = r.GetInt64(0) });
            }

            return (IReadOnlyList<AuditEntry>)result;
        });
    }

    private static string Code(YearState state) => state == YearState.Published ? "published" : "open";
}
