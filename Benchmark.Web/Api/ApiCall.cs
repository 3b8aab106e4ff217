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
            _ => new LocalizedText("Fout", "Error"),
        };
        return Results.Problem(detail: message.Get(language), statusCode: status, title: title.Get(language));
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
