using Benchmark.Text;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages;

/// <summary>The page for every error status: what happened in plain words, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    /// <summary>The key under which a filter or page puts a <see cref="LocalizedText"/> saying exactly what was wrong.</summary>
    public static readonly object DetailKey = new();

    /// <summary>The status shown.</summary>
    public int Code { get; private set; }

    /// <summary>
    /// Takes the status from the route (500 when the exception handler came here), for every method the failed request
    /// had. There are no handlers with parameters: binding them would read the failed request's form again (e.g. one
    /// with too many fields) and fail once more.
    /// </summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        int? code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = Code is >= 400 and <= 599 ? Code : StatusCodes.Status500InternalServerError;
    }

    /// <summary>The heading.</summary>
    public string Title(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return Code switch
        {
            400 => ui.T("Dit verzoek klopt niet", "This request is not right"),
            405 => ui.T("Dat kan hier niet", "Not possible here"),
            403 => ui.T("Geen toegang", "No access"),
            404 => ui.T("Niet gevonden", "Not found"),
            413 => ui.T("Bestand te groot", "File too large"),
            415 => ui.T("Dit soort bestand of verzoek wordt niet gelezen", "This kind of file or request is not read"),
            429 => ui.T("Even wachten", "Please wait"),
            _ => ui.T("Er ging iets mis", "Something went wrong"),
        };
    }

    /// <summary>What to do.</summary>
    public string Explanation(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        if (HttpContext.Items[DetailKey] is LocalizedText detail)
        {
            return ui.T(detail);
        }

        return Code switch
        {
            405 => ui.T("Deze pagina kan niet op deze manier worden aangeroepen. Gebruik de links en formulieren van de site.", "This page cannot be called this way. Use the site's links and forms."),
            415 => ui.T("De site leest formulieren en CSV- of Excel-bestanden; dit verzoek had een ander soort inhoud.", "The site reads forms and CSV or Excel files; this request had another kind of content."),
            400 => ui.T("Het formulier was niet volledig of verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.", "The form was incomplete or expired. Go back, reload the page and try again."),
            403 => ui.T("Deze pagina of dit gegeven hoort niet bij uw rol.", "This page or figure is not part of your role."),
            404 => ui.T("Deze pagina of dit gegeven bestaat niet (meer).", "This page or item does not exist (any more)."),
            413 => ui.T("Het bestand is groter dan de site aanneemt. Lever kleinere bestanden aan, bijvoorbeeld één jaar per bestand.", "The file is larger than the site accepts. Upload smaller files, for example one year per file."),
            429 => ui.T("Te veel pogingen in korte tijd. Wacht een minuut en probeer het opnieuw.", "Too many attempts in a short time. Wait a minute and try again."),
            _ => ui.T("De site kon dit niet afmaken; er is niets half opgeslagen. Probeer het later opnieuw of meld het bij de coördinator.", "The site could not finish this; nothing was half stored. Try again later or tell the coordinator."),
        };
    }
}
