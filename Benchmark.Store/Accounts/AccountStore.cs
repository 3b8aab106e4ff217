using System.Data.Common;
using Benchmark.Municipalities;
using Benchmark.Store.Relational;

namespace Benchmark.Store.Accounts;

/// <summary>
/// Accounts of the shared learning environment in a dataset store (SQLite and PostgreSQL alike): sign-in with lock-out,
/// roles, disabling and password resets. Passwords are kept only as <see cref="Passwords"/> hashes.
/// </summary>
public static class AccountStore
{
    private const string Columns = "id, user_name, role, municipality, disabled, failed_logins, locked_until, created_at";

    /// <summary>A hash to verify against when the name is unknown, so that a wrong name costs as long as a wrong password.</summary>
    private static readonly Lazy<string> DummyHash = new(() => Passwords.Hash(Passwords.Generate()));

    /// <summary>Adds an account.</summary>
    /// <exception cref="ArgumentException">When the name breaks <see cref="UserNames"/>, is taken, the password is shorter than <see cref="Passwords.MinimumLength"/>, or the municipality does not fit the role.</exception>
    public static Account AddAccount(this IDatasetStore store, string userName, Role role, MunicipalityCode? municipality, string password)
    {
        var name = UserNames.Normalize(userName);
        CheckPassword(password);
        CheckMunicipality(role, municipality);
        var relational = Relational(store);
        return relational.Write(s =>
        {
            if (s.ScalarLong("SELECT COUNT(*) FROM accounts WHERE user_name = @n", ("n", name)) > 0)
            {
                throw new ArgumentException($"The user name '{name}' is taken.", nameof(userName));
            }

            var id = s.ScalarLong(
                "INSERT INTO accounts (user_name, password_hash, role, municipality, disabled, failed_logins, locked_until, created_at) VALUES (@n, @h, @r, @m, 0, 0, NULL, @at) RETURNING id",
                ("n", name), ("h", Passwords.Hash(password)), ("r", role.Code()), ("m", municipality?.Number), ("at", relational.TimestampValue(relational.Clock.GetUtcNow())))!.Value;
            return Read(s, "WHERE id = @id", ("id", id)).Single();
        });
    }

    /// <summary>Every account, by user name.</summary>
    public static IReadOnlyList<Account> Accounts(this IDatasetStore store) =>
        Relational(store).Read(s => (IReadOnlyList<Account>)Read(s, "ORDER BY user_name"));

    /// <summary>The account with <paramref name="userName"/> (case ignored), or <see langword="null"/>.</summary>
    public static Account? FindAccount(this IDatasetStore store, string userName) =>
        UserNames.TryNormalize(userName, out var name) ? Relational(store).Read(s => Read(s, "WHERE user_name = @n", ("n", name)).SingleOrDefault()) : null;

    /// <summary>The account with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Account? FindAccount(this IDatasetStore store, long id) =>
        Relational(store).Read(s => Read(s, "WHERE id = @id", ("id", id)).SingleOrDefault());

    /// <summary>
    /// Checks a sign-in: a success resets the failure count; a failure counts, and the <see cref="LockoutPolicy.MaxFailures"/>-th
    /// locks the account for <see cref="LockoutPolicy.Duration"/>. A locked or disabled account is refused before its
    /// password is looked at.
    /// </summary>
    /// <returns>The result, and the account on <see cref="SignInStatus.Success"/>.</returns>
    public static (SignInStatus Status, Account? Account) SignIn(this IDatasetStore store, string userName, string password, LockoutPolicy? policy = null)
    {
        policy ??= LockoutPolicy.Default;
        if (!UserNames.TryNormalize(userName, out var name) || string.IsNullOrEmpty(password))
        {
            Passwords.Verify(DummyHash.Value, password ?? string.Empty);
            return (SignInStatus.Failed, null);
        }

        var relational = Relational(store);
        return relational.Write(s =>
        {
            var now = relational.Clock.GetUtcNow();
            using var command = s.Command($"SELECT {Columns}, password_hash FROM accounts WHERE user_name = @n", ("n", name));
            Account? account = null;
            string? hash = null;
            using (var r = command.ExecuteReader())
            {
                if (r.Read())
                {
                    account = Read(r, relational);
                    hash = r.GetString(8);
                }
            }

            if (account is null || hash is null)
            {
                Passwords.Verify(DummyHash.Value, password);
                return (SignInStatus.Failed, (Account?)null);
            }

            if (account.Disabled)
            {
                return (SignInStatus.Disabled, null);
            }

            if (account.IsLockedAt(now))
            {
                return (SignInStatus.LockedOut, null);
            }

            if (Passwords.Verify(hash, password))
            {
                s.Execute("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = @id", ("id", account.Id));
                return (SignInStatus.Success, account with { FailedLogins = 0, LockedUntil = null });
            }

            var failures = account.FailedLogins + 1;
            var locks = failures >= policy.MaxFailures;
            s.Execute(
                "UPDATE accounts SET failed_logins = @f, locked_until = @u WHERE id = @id",
                ("f", locks ? 0 : failures), ("u", locks ? relational.TimestampValue(now + policy.Duration) : null), ("id", account.Id));
            return (locks ? SignInStatus.LockedOut : SignInStatus.Failed, null);
        });
    }

    /// <summary>Disables or enables an account; <see langword="false"/> when there is none with <paramref name="id"/>.</summary>
    public static bool SetDisabled(this IDatasetStore store, long id, bool disabled) =>
        Relational(store).Write(s => s.Execute("UPDATE accounts SET disabled = @d WHERE id = @id", ("d", disabled ? 1 : 0), ("id", id)) > 0);

    /// <summary>Sets a new password and lifts a lock-out; <see langword="false"/> when there is no such account.</summary>
    /// <exception cref="ArgumentException">When the password is shorter than <see cref="Passwords.MinimumLength"/>.</exception>
    public static bool SetPassword(this IDatasetStore store, long id, string password)
    {
        CheckPassword(password);
        return Relational(store).Write(s => s.Execute(
            "UPDATE accounts SET password_hash = @h, failed_logins = 0, locked_until = NULL WHERE id = @id", ("h", Passwords.Hash(password)), ("id", id)) > 0);
    }

    /// <summary>Changes an account's role (and municipality); <see langword="false"/> when there is no such account.</summary>
    /// <exception cref="ArgumentException">When the municipality does not fit the role.</exception>
    public static bool SetRole(this IDatasetStore store, long id, Role role, MunicipalityCode? municipality)
    {
        CheckMunicipality(role, municipality);
        return Relational(store).Write(s => s.Execute(
            "UPDATE accounts SET role = @r, municipality = @m WHERE id = @id", ("r", role.Code()), ("m", municipality?.Number), ("id", id)) > 0);
    }

    /// <summary>Issues a new API token for an account; only its hash is stored, so this is the one time it can be shown.</summary>
    /// <exception cref="ArgumentException">When there is no account with <paramref name="accountId"/>.</exception>
    public static string IssueToken(this IDatasetStore store, long accountId)
    {
        var token = Passwords.GenerateToken();
        var relational = Relational(store);
        relational.Write(s =>
        {
            if (s.ScalarLong("SELECT COUNT(*) FROM accounts WHERE id = @id", ("id", accountId)) == 0)
            {
                throw new ArgumentException($"There is no account {accountId}.", nameof(accountId));
            }

            return s.Execute(
                "INSERT INTO api_tokens (account_id, token_hash, issued_at) VALUES (@a, @h, @at)",
                ("a", accountId), ("h", Passwords.TokenHash(token)), ("at", relational.TimestampValue(relational.Clock.GetUtcNow())));
        });
        return token;
    }

    /// <summary>The enabled account a token belongs to, or <see langword="null"/> (unknown token, disabled account).</summary>
    public static Account? FindByToken(this IDatasetStore store, string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = Passwords.TokenHash(token.Trim());
        return Relational(store).Read(s => Read(s, "WHERE disabled = 0 AND id IN (SELECT account_id FROM api_tokens WHERE token_hash = @h)", ("h", hash)).SingleOrDefault());
    }

    private static List<Account> Read(StoreSession s, string where, params (string Name, object? Value)[] parameters)
    {
        using var command = s.Command($"SELECT {Columns} FROM accounts {where}", parameters);
        using var r = command.ExecuteReader();
        var result = new List<Account>();
        while (r.Read())
        {
            result.Add(Read(r, s.Store));
        }

        return result;
    }

    private static Account Read(DbDataReader r, RelationalStore store) => new(
        r.GetInt64(0),
        r.GetString(1),
        Roles.TryParse(r.GetString(2), out var role) ? role : throw new InvalidDataException($"Unknown role '{r.GetString(2)}' in the store."),
        r.IsDBNull(3) ? null : new MunicipalityCode(r.GetInt32(3)),
        r.GetInt32(4) != 0,
        r.GetInt32(5),
        r.IsDBNull(6) ? null : store.ReadTimestamp(r, 6),
        store.ReadTimestamp(r, 7));

    private static void CheckPassword(string password)
    {
        if (password is null || password.Length < Passwords.MinimumLength)
        {
            throw new ArgumentException($"A password has at least {Passwords.MinimumLength} characters.", nameof(password));
        }
    }

    private static void CheckMunicipality(Role role, MunicipalityCode? municipality)
    {
        if (role.NeedsMunicipality() != municipality.HasValue)
        {
            throw new ArgumentException(role.NeedsMunicipality() ? $"A {role.Code()} belongs to a municipality." : $"A {role.Code()} belongs to no municipality.", nameof(municipality));
        }
    }

    internal static RelationalStore Relational(IDatasetStore store) =>
        store as RelationalStore ?? throw new ArgumentException("Only the SQLite and PostgreSQL stores hold accounts.", nameof(store));
}
