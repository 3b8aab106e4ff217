using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages;

/// <summary>The page for every error status: what happened in plain words, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status shown.</summary>
    public int Code { get; private set; }

    /// <summary>Shows the page for <paramref name="code"/> (500 when the exception handler came here).</summary>
    public void OnGet(int? code) => Show(code);

    /// <summary>The same for a failed POST (re-executed here with its method).</summary>
    public void OnPost(int? code) => Show(code);

    /// <summary>The heading.</summary>
    public string Title(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return Code switch
        {
            400 => ui.T("Dit verzoek klopt niet", "This request is not right"),
            403 => ui.T("Geen toegang", "No access"),
            404 => ui.T("Niet gevonden", "Not found"),
            413 => ui.T("Bestand te groot", "File too large"),
            429 => ui.T("Even wachten", "Please wait"),
            _ => ui.T("Er ging iets mis", "Something went wrong"),
        };
    }

    /// <summary>What to do.</summary>
    public string Explanation(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return Code switch
        {
            400 => ui.T("Het formulier was niet volledig of verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.", "The form was incomplete or expired. Go back, reload the page and try again."),
            403 => ui.T("Deze pagina of dit gegeven hoort niet bij uw rol.", "This page or figure is not part of your role."),
            404 => ui.T("Deze pagina of dit gegeven bestaat niet (meer).", "This page or item does not exist (any more)."),
            413 => ui.T("Het bestand is groter dan de site aanneemt. Lever kleinere bestanden aan, bijvoorbeeld één jaar per bestand.", "The file is larger than the site accepts. Upload smaller files, for example one year per file."),
            429 => ui.T("Te veel pogingen in korte tijd. Wacht een minuut en probeer het opnieuw.", "Too many attempts in a short time. Wait a minute and try again."),
            _ => ui.T("De site kon dit niet afmaken; er is niets half opgeslagen. Probeer het later opnieuw of meld het bij de coördinator.", "The site could not finish this; nothing was half stored. Try again later or tell the coordinator."),
        };
    }

    private void Show(int? code)
    {
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = Code is >= 400 and <= 599 ? Code : StatusCodes.Status500InternalServerError;
    }
}
