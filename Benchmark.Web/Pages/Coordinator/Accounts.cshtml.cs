using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Coordinator;

/// <summary>Accounts: add (generated password shown once), disable/enable, reset a password, change a role, issue a researcher's token.</summary>
internal sealed class AccountsModel(IDatasetStore store, Ui ui) : PageModel
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<Store.Accounts.Account> Accounts { get; private set; } = [];

    /// <summary>A generated password or token to show once, with what it belongs to.</summary>
    public (string For, string Secret, bool IsToken)? Secret { get; private set; }

    /// <summary>What was wrong, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>The clock, for showing lock-outs.</summary>
    public DateTimeOffset Now => store.Now();

    /// <summary>Lists the accounts.</summary>
    public void OnGet() => Accounts = store.Accounts();

    /// <summary>Adds an account.</summary>
    public IActionResult OnPostAdd(string? userName, string? role, string? municipality)
    {
        if (!UserNames.TryNormalize(userName, out var name))
        {
            return Refuse(ui.T("Een gebruikersnaam heeft 3 tot 64 tekens: a–z, 0–9, punt, streepje, liggend streepje of @.", "A user name has 3 to 64 characters: a–z, 0–9, dot, hyphen, underscore or @."));
        }

        if (store.FindAccount(name) is not null)
        {
            return Refuse(ui.T($"De gebruikersnaam '{name}' bestaat al.", $"The user name '{name}' is taken."), StatusCodes.Status409Conflict);
        }

        if (!TryRole(role, municipality, out var r, out var m, out var problem))
        {
            return Refuse(problem);
        }

        var (account, password) = AccountAdmin.Add(store, Actor, name, r, m);
        return Show(account.UserName, password, isToken: false);
    }

    /// <summary>Disables (<paramref name="disabled"/> <c>true</c>) or enables an account.</summary>
    public IActionResult OnPostDisable(long id, bool disabled)
    {
        if (disabled && id == HttpContext.CurrentAccount()!.Id)
        {
            return Refuse(ui.T("U kunt uw eigen account niet uitschakelen.", "You cannot disable your own account."));
        }

        return AccountAdmin.SetDisabled(store, Actor, id, disabled) ? Redirect("/coordinator/accounts") : NotFound();
    }

    /// <summary>Sets a generated password (shown once) and lifts a lock-out.</summary>
    public IActionResult OnPostReset(long id) =>
        AccountAdmin.ResetPassword(store, Actor, id) is { } password ? Show(store.FindAccount(id)!.UserName, password, isToken: false) : NotFound();

    /// <summary>Changes an account's role and municipality.</summary>
    public IActionResult OnPostRole(long id, string? role, string? municipality)
    {
        if (store.FindAccount(id) is null)
        {
            return NotFound();
        }

        if (!TryRole(role, municipality, out var r, out var m, out var problem))
        {
            return Refuse(problem);
        }

        if (id == HttpContext.CurrentAccount()!.Id && r != Role.Coordinator)
        {
            return Refuse(ui.T("U kunt uw eigen rol als coördinator niet afnemen; laat een andere coördinator dat doen.", "You cannot take away your own coordinator role; let another coordinator do that."));
        }

        AccountAdmin.ChangeRole(store, Actor, id, r, m);
        return Redirect("/coordinator/accounts");
    }

    /// <summary>Issues an API token to a researcher (shown once).</summary>
    public IActionResult OnPostToken(long id)
    {
        if (store.FindAccount(id) is not { } account)
        {
            return NotFound();
        }

        if (account.Role != Role.Researcher)
        {
            return Refuse(ui.T($"Alleen onderzoekers krijgen een API-token; {account.UserName} is {RoleName.Of(account.Role, ui)}.", $"Only researchers get an API token; {account.UserName} is {RoleName.Of(account.Role, ui)}."));
        }

        return AccountAdmin.IssueToken(store, Actor, id) is { } token ? Show(account.UserName, token, isToken: true) : NotFound();
    }

    private string Actor => HttpContext.CurrentAccount()!.UserName;

    private bool TryRole(string? role, string? municipality, out Role r, out MunicipalityCode? m, out string problem)
    {
        m = null;
        problem = string.Empty;
        if (!Roles.TryParse(role, out r))
        {
            problem = ui.T("Kies een rol.", "Choose a role.");
            return false;
        }

        if (!r.NeedsMunicipality())
        {
            return true;
        }

        if (!MunicipalityCode.TryParse(municipality?.Trim(), out var code) || BuiltInMunicipalities.Registry.Find(code) is null)
        {
            problem = ui.T($"Een {RoleName.Of(r, ui)} hoort bij een gemeente: geef een bestaande CBS-code, zoals GM0193.", $"An {RoleName.Of(r, ui)} belongs to a municipality: give an existing CBS code, such as GM0193.");
            return false;
        }

        m = code;
        return true;
    }

    private PageResult Show(string userName, string secret, bool isToken)
    {
        Accounts = store.Accounts();
        Secret = (userName, secret, isToken);
        return Page();
    }

    private PageResult Refuse(string problem, int status = StatusCodes.Status400BadRequest)
    {
        Accounts = store.Accounts();
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
