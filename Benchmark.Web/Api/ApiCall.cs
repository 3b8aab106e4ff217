using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Text;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmark.Web.Api;

/// <summary>
/// One API call: the caller (an <c>Authorization: Bearer</c> token, else the sign-in cookie), the language
/// (<c>Accept-Language</c>, else the <c>lang</c> cookie, else Dutch), and every problem as problem+json in that language
/// with its 4xx status — never a stack trace.
/// </summary>
internal static class ApiCall
{
    public static IResult Run(HttpContext context, Func<Reader, object> handle)
    {
        var language = LanguageOf(context);
        context.Items[Reader.ApiLanguageKey] = language;
        var header = context.Request.Headers.Authorization.ToString();
        Account? account;
        if (header.Length > 0)
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Unauthorized(context, language, new("Gebruik de kop Authorization: Bearer <token>.", "Use the header Authorization: Bearer <token>."));
            }

            account = context.RequestServices.GetRequiredService<IDatasetStore>().FindByToken(header["Bearer ".Length..]);
            if (account is null)
            {
                return Unauthorized(context, language, new("Dit token is onbekend of het account is uitgeschakeld.", "This token is unknown or its account is disabled."));
            }

            context.Items[Reader.ApiAccountKey] = account;
        }
        else
        {
            account = context.CurrentAccount();
            if (account is null)
            {
                return Unauthorized(context, language, new("Log in of geef een token: Authorization: Bearer <token>.", "Sign in or give a token: Authorization: Bearer <token>."));
            }
        }

        try
        {
            return Results.Json(handle(context.RequestServices.GetRequiredService<Reader>()));
        }
        catch (ApiProblemException ex)
        {
            return Problem(ex.Problem.Status, language, ex.Problem.Message);
        }
    }

    public static IResult Problem(int status, Language language, LocalizedText message)
    {
        var title = status switch
        {
            400 => new LocalizedText("Ongeldig verzoek", "Bad request"),
            401 => new LocalizedText("Niet ingelogd", "Not signed in"),
            403 => new LocalizedText("Geen toegang", "Forbidden"),
            404 => new LocalizedText("Niet gevonden", "Not found"),
            405 => new LocalizedText("Methode niet toegestaan", "Method not allowed"),
            _ => new LocalizedText("Fout", "Error"),
        };
        return Results.Problem(detail: message.Get(language), statusCode: status, title: title.Get(language));
    }

    /// <summary>The problem+json of an API error status that no endpoint explained (written by the status-code pages).</summary>
    public static Task StatusProblem(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var message = status switch
        {
            400 => new LocalizedText("Een parameter heeft niet de goede vorm: year is een jaartal zoals 2023. Zie /api.", "A parameter does not have the right form: year is a year such as 2023. See /api."),
            404 => new LocalizedText("Deze API-aanroep bestaat niet; zie /api.", "This API call does not exist; see /api."),
            405 => new LocalizedText("De API leest alleen: gebruik GET. Zie /api.", "The API only reads: use GET. See /api."),
            _ => new LocalizedText("Deze API-aanroep kon niet worden beantwoord. Zie /api.", "This API call could not be answered. See /api."),
        };
        return Problem(status, LanguageOf(context), message).ExecuteAsync(context);
    }

    private static IResult Unauthorized(HttpContext context, Language language, LocalizedText message)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, language, message);
    }

    public static Language LanguageOf(HttpContext context)
    {
        var accept = context.Request.Headers.AcceptLanguage.ToString().TrimStart();
        return accept.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English
            : accept.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Language.Dutch
            : Ui.LanguageOf(context);
    }
}
