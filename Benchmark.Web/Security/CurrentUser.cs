using System.Security.Claims;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Microsoft.AspNetCore.Http;

namespace Benchmark.Web.Security;

/// <summary>
/// The signed-in account of a request: <c>HttpContext.CurrentAccount()</c> in page models and endpoints. It is read
/// from the store once per request (by the cookie check), so a disabled account or a changed role counts at once.
/// </summary>
internal static class CurrentUser
{
    private static readonly object Key = new();

    /// <summary>The signed-in account, or <see langword="null"/> for an anonymous visitor.</summary>
    public static Account? CurrentAccount(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var cached))
        {
            return cached as Account;
        }

        return Resolve(context, context.User);
    }

    /// <summary>Reads the account of <paramref name="principal"/> from the store (once per request) and remembers it.</summary>
    internal static Account? Resolve(HttpContext context, ClaimsPrincipal? principal)
    {
        Account? account = null;
        if (principal?.Identity?.IsAuthenticated == true && AccountClaims.AccountId(principal) is { } id)
        {
            var store = (IDatasetStore)context.RequestServices.GetService(typeof(IDatasetStore))!;
            account = store.FindAccount(id) is { Disabled: false } found && AccountClaims.Matches(principal, found) ? found : null;
        }

        context.Items[Key] = account;
        return account;
    }
}
