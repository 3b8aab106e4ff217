using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages;

/// <summary>The language switch: keeps <c>nl</c> or <c>en</c> in a cookie and goes back to the page it came from.</summary>
internal sealed class LanguageModel : PageModel
{
    /// <summary>No page of its own: back home.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Sets the language.</summary>
    public IActionResult OnPost(string? lang, string? returnUrl)
    {
        Response.Cookies.Append(Ui.LanguageCookie, lang == "en" ? "en" : "nl", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, MaxAge = TimeSpan.FromDays(365), Secure = Request.IsHttps,
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
