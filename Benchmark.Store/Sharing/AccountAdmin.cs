using Benchmark.Municipalities;
using Benchmark.Store.Accounts;

namespace Benchmark.Store.Sharing;

/// <summary>
/// Account management as the coordinator's page and <c>benchmark users</c> do it: generated passwords and tokens
/// (returned once, stored only hashed), every change in the audit log under the name of who made it.
/// </summary>
public static class AccountAdmin
{
    /// <summary>Adds an account with a generated password.</summary>
    /// <returns>The account and its password (show it once).</returns>
    /// <exception cref="ArgumentException">See <see cref="AccountStore.AddAccount"/>.</exception>
    public static (Account Account, string Password) Add(IDatasetStore store, string actor, string userName, Role role, MunicipalityCode? municipality)
    {
        var password = Passwords.Generate();
        var account = store.AddAccount(userName, role, municipality, password);
        store.Audit(actor, AuditActions.AccountAdd, account.UserName, Describe(account.Role, account.Municipality));
        return (account, password);
    }

    /// <summary>Sets a generated password and lifts a lock-out; <see langword="null"/> when there is no such account.</summary>
    public static string? ResetPassword(IDatasetStore store, string actor, long id)
    {
        var password = Passwords.Generate();
        if (store.FindAccount(id) is not { } account || !store.SetPassword(id, password))
        {
            return null;
        }

        store.Audit(actor, AuditActions.PasswordReset, account.UserName);
        return password;
    }

    /// <summary>Disables or enables an account; <see langword="false"/> when there is no such account.</summary>
    public static bool SetDisabled(IDatasetStore store, string actor, long id, bool disabled)
    {
        if (store.FindAccount(id) is not { } account || !store.SetDisabled(id, disabled))
        {
            return false;
        }

        store.Audit(actor, AuditActions.AccountDisable, account.UserName, disabled ? "disabled" : "enabled");
        return true;
    }

    /// <summary>Changes a role; <see langword="false"/> when there is no such account.</summary>
    /// <exception cref="ArgumentException">When the municipality does not fit the role.</exception>
    public static bool ChangeRole(IDatasetStore store, string actor, long id, Role role, MunicipalityCode? municipality)
    {
        if (store.FindAccount(id) is not { } account || !store.SetRole(id, role, municipality))
        {
            return false;
        }

        store.Audit(actor, AuditActions.RoleChange, account.UserName, $"{Describe(account.Role, account.Municipality)} -> {Describe(role, municipality)}");
        return true;
    }

    /// <summary>Issues an API token to a researcher; <see langword="null"/> when there is no such researcher.</summary>
    public static string? IssueToken(IDatasetStore store, string actor, long id)
    {
        if (store.FindAccount(id) is not { Role: Role.Researcher } account)
        {
            return null;
        }

        var token = store.IssueToken(id);
        store.Audit(actor, AuditActions.TokenIssue, account.UserName);
        return token;
    }

    private static string Describe(Role role, MunicipalityCode? municipality) =>
        municipality is { } m ? $"{role.Code()} {m}" : role.Code();
}
