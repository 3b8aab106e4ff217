using System.Security.Cryptography;
using Benchmark.Store.Accounts;

namespace Benchmark.Store.Sharing;

/// <summary>Uploads waiting for confirmation, and the web nodes' Data Protection keys (so that two nodes share sign-in).</summary>
public static class StagingStore
{
    /// <summary>How long an unconfirmed upload is kept; older ones are removed when a new one is staged.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromDays(1);

    /// <summary>Keeps an uploaded file until it is confirmed or dropped.</summary>
    /// <returns>The staged upload with its random id.</returns>
    public static StagedUpload Stage(this IDatasetStore store, long accountId, string fileName, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var relational = AccountStore.Relational(store);
        var now = relational.Clock.GetUtcNow();
        var upload = new StagedUpload(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), accountId, fileName, content, now);
        relational.Write(s =>
        {
            s.Execute("DELETE FROM staged_uploads WHERE staged_at < @old", ("old", relational.TimestampValue(now - Lifetime)));
            return s.Execute(
                "INSERT INTO staged_uploads (id, account_id, file_name, content, staged_at) VALUES (@id, @a, @f, @c, @at)",
                ("id", upload.Id), ("a", accountId), ("f", fileName), ("c", content), ("at", relational.TimestampValue(now)));
        });
        return upload;
    }

    /// <summary>The staged upload <paramref name="id"/> of <paramref name="accountId"/>, or <see langword="null"/> (unknown, someone else's, expired).</summary>
    public static StagedUpload? FindStaged(this IDatasetStore store, string id, long accountId)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        var relational = AccountStore.Relational(store);
        var oldest = relational.Clock.GetUtcNow() - Lifetime;
        return relational.Read(s =>
        {
            using var command = s.Command("SELECT id, account_id, file_name, content, staged_at FROM staged_uploads WHERE id = @id AND account_id = @a", ("id", id), ("a", accountId));
            using var r = command.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            var upload = new StagedUpload(r.GetString(0), r.GetInt64(1), r.GetString(2), (byte[])r.GetValue(3), relational.ReadTimestamp(r, 4));
            return upload.StagedAt < oldest ? null : upload;
        });
    }

    /// <summary>Removes a staged upload (after confirmation or when dropped).</summary>
    public static bool DropStaged(this IDatasetStore store, string id) =>
        AccountStore.Relational(store).Write(s => s.Execute("DELETE FROM staged_uploads WHERE id = @id", ("id", id)) > 0);

    /// <summary>Every stored Data Protection key, as the XML ASP.NET Core wrote it.</summary>
    public static IReadOnlyList<string> DataProtectionKeys(this IDatasetStore store) =>
        AccountStore.Relational(store).Read(s =>
        {
            using var command = s.Command("SELECT xml FROM data_protection_keys ORDER BY name");
            using var r = command.ExecuteReader();
            var result = new List<string>();
            while (r.Read())
            {
                result.Add(r.GetString(0));
            }

            return (IReadOnlyList<string>)result;
        });

    /// <summary>
    /// Deletes every stored Data Protection key (when their encryption secret is lost): cookies and forms signed with
    /// them stop working, so everyone signs in again. Returns how many were deleted.
    /// </summary>
    public static int ForgetDataProtectionKeys(this IDatasetStore store) =>
        AccountStore.Relational(store).Write(s => s.Execute("DELETE FROM data_protection_keys"));

    /// <summary>Stores a Data Protection key (a key of the same name is kept as it is).</summary>
    public static void SaveDataProtectionKey(this IDatasetStore store, string name, string xml)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        AccountStore.Relational(store).Write(s => s.Execute(
            "INSERT INTO data_protection_keys (name, xml) VALUES (@n, @x) ON CONFLICT (name) DO NOTHING", ("n", name), ("x", xml)));
    }
}
