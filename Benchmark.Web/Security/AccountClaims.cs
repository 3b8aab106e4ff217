using System.Globalization;
using System.Security.Claims;
using Benchmark.Municipalities;
using Benchmark.Store.Accounts;

namespace Benchmark.Web.Security;

/// <summary>The claims of a signed-in account (cookie or token), and the way back.</summary>
internal static class AccountClaims
{
    public const string IdType = "benchmark:account";
    public const string MunicipalityType = "benchmark:municipality";

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(IdType, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role.Code()),
        };
        if (account.Municipality is { } m)
        {
            claims.Add(new Claim(MunicipalityType, m.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static long? AccountId(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(IdType), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Whether the cookie still says what the store says (role and municipality), so that a change takes effect at once.</summary>
    public static bool Matches(ClaimsPrincipal principal, Account account) =>
        principal.FindFirstValue(ClaimTypes.Role) == account.Role.Code()
        && principal.FindFirstValue(MunicipalityType) == account.Municipality?.ToString();

    public static MunicipalityCode? Municipality(ClaimsPrincipal principal) =>
        MunicipalityCode.TryParse(principal.FindFirstValue(MunicipalityType), out var code) ? code : null;
}
