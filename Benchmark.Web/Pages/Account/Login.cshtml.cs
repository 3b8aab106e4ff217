using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Account;

/// <summary>Sign-in with name and password: rate-limited per address, lock-out per account, every attempt in the audit log.</summary>
internal sealed class LoginModel(IDatasetStore store, WebOptions options, Ui ui) : PageModel
{
    /// <summary>The name typed (shown again after a failure; never the password).</summary>
    public string? UserName { get; private set; }

    /// <summary>Where to go after signing in (a local path only).</summary>
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>What went wrong, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>The form.</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>Checks name and password.</summary>
    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        UserName = userName?.Trim();
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 64 || password.Length > 200)
        {
            Problem = ui.T("Vul uw gebruikersnaam en wachtwoord in.", "Enter your user name and password.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var actor = UserNames.TryNormalize(userName, out var name) ? name : "?";
        var (result, account) = store.SignIn(userName, password, options.Lockout);
        if (result == SignInStatus.Success && account is not null)
        {
            store.Audit(account.UserName, AuditActions.Login);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme)).ConfigureAwait(false);
            return LocalRedirect(ReturnUrl);
        }

        store.Audit(actor, result == SignInStatus.LockedOut ? AuditActions.Lockout : AuditActions.LoginFailed, null, result.ToString().ToLowerInvariant());
        if (result == SignInStatus.LockedOut)
        {
            Problem = ui.T(
                $"Te veel mislukte pogingen: dit account is {options.Lockout.Duration.TotalMinutes:0} minuten geblokkeerd. Probeer het daarna opnieuw, of vraag de coördinator het wachtwoord opnieuw in te stellen.",
                $"Too many failed attempts: this account is locked for {options.Lockout.Duration.TotalMinutes:0} minutes. Try again then, or ask the coordinator to reset the password.");
        }
        else
        {
            Problem = ui.T("Gebruikersnaam of wachtwoord klopt niet.", "User name or password is not right.");
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
